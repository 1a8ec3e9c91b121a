package dev.analyze.entities;

import dev.analyze.document.Document;
import dev.analyze.document.DocumentParser;
import java.nio.file.Files;
import java.nio.file.Path;

/** Dev harness: prints the entities and mentions of a file or of a text given on the command line. */
public final class EntityDebug {
    public static void main(String[] args) throws Exception {
        String text = Files.exists(Path.of(args[0])) ? Files.readString(Path.of(args[0])) : args[0];
        Document doc = DocumentParser.standard().parse("debug", "debug", text);
        EntityAnalysis a = new NewsEntityRecognizer().analyze(doc);
        for (Entity e : a.entities()) {
            System.out.printf("%-30s %-12s %2d %s %s %s%n", e.name(), e.type(), e.count(), e.aliases(), e.titles(),
                    e.gender());
            if (args.length > 1) {
                for (Mention m : e.mentions()) {
                    System.out.println("      " + m);
                }
            }
        }
    }
}
