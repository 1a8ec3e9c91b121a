package dev.analyze.entities;

import dev.analyze.document.Document;
import dev.analyze.document.DocumentParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Dev harness (not a test): writes the scorer's jsonl for the gold articles.
 * Usage: EntityGoldExport GOLD_DIR CORPUS_DIR OUT.jsonl [--print]
 */
public final class EntityGoldExport {

    private static final Pattern DOC = Pattern.compile("\"doc\"\\s*:\\s*\"([^\"]+)\"");

    public static void main(String[] args) throws IOException {
        Path gold = Path.of(args[0]);
        Path corpus = Path.of(args[1]);
        boolean print = args.length > 3 && args[3].equals("--print");
        NewsEntityRecognizer rec = new NewsEntityRecognizer();
        List<Path> golds;
        try (Stream<Path> s = Files.list(gold)) {
            golds = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))) {
            for (Path g : golds) {
                Matcher m = DOC.matcher(Files.readString(g));
                if (!m.find()) {
                    continue;
                }
                String name = m.group(1);
                Path file = corpus.resolve("wikinews").resolve(name);
                if (!Files.exists(file)) {
                    file = corpus.resolve(name);
                }
                String text = Files.readString(file);
                Document doc = DocumentParser.standard().parse(name, file.toString(), text);
                EntityAnalysis a = rec.analyze(doc);
                out.println(json(name, a.entities()));
                if (print) {
                    System.out.println("== " + name);
                    for (Entity e : a.entities()) {
                        System.out.printf("  %-35s %-12s %3d %s %s %s%n", e.name(), e.type(), e.count(), e.aliases(),
                                e.titles(), e.gender());
                    }
                }
            }
        }
    }

    static String json(String doc, List<Entity> entities) {
        StringBuilder b = new StringBuilder("{\"doc\": ").append(str(doc)).append(", \"entities\": [");
        List<String> items = new ArrayList<>();
        for (Entity e : entities) {
            StringBuilder i = new StringBuilder("{\"name\": ").append(str(e.name()))
                    .append(", \"type\": ").append(str(e.type().name()))
                    .append(", \"count\": ").append(e.count()).append(", \"aliases\": [");
            for (int k = 0; k < e.aliases().size(); k++) {
                i.append(k > 0 ? ", " : "").append(str(e.aliases().get(k)));
            }
            items.add(i.append("]}").toString());
        }
        return b.append(String.join(", ", items)).append("]}").toString();
    }

    private static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
