package dev.analyze.quotes;

import dev.analyze.document.Document;
import dev.analyze.document.DocumentParser;
import dev.analyze.entities.EntityAnalysis;
import dev.analyze.entities.EntityRecognizer;
import dev.analyze.entities.EntityType;
import dev.analyze.entities.Gender;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dev harness (not a test): writes the scorer's jsonl for the gold articles.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) dev.analyze.quotes.QuotesGoldExport \
 *     DOCS.tsv OUT.jsonl [ENTITIES.tsv]
 * </pre>
 *
 * DOCS.tsv: one "name TAB path" per line. With ENTITIES.tsv ("doc TAB type TAB name TAB aliases|...")
 * the gold entity lists stand in for entity recognition (an oracle, to measure quotes alone); without
 * it, dev.analyze.entities.NewsEntityRecognizer is used when it is on the class path.
 */
public final class QuotesGoldExport {

    private QuotesGoldExport() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, List<String[]>> oracle = args.length > 2 ? readOracle(Path.of(args[2])) : null;
        EntityRecognizer recognizer = oracle == null ? recognizer() : null;
        QuoteExtractor extractor = new QuoteExtractor();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                String text = Files.readString(Path.of(f[1]), StandardCharsets.UTF_8);
                Document doc = DocumentParser.standard().parse(f[0], f[1], text);
                EntityAnalysis ents = oracle != null ? oracleFor(doc, oracle.getOrDefault(f[0], List.of()))
                        : recognizer.analyze(doc);
                QuoteAnalysis qa = extractor.analyze(doc, ents);
                StringBuilder sb = new StringBuilder();
                sb.append("{\"doc\": ").append(json(f[0])).append(", \"quotes\": [");
                boolean first = true;
                for (Quote q : qa.quotes()) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append("{\"text\": ").append(json(q.text())).append(", \"speaker\": ")
                            .append(q.speaker().map(QuotesGoldExport::json).orElse("null"))
                            .append(", \"mention\": ").append(q.speakerMention().map(QuotesGoldExport::json).orElse("null"))
                            .append(", \"kind\": ").append(json(q.kind().label()))
                            .append(", \"rule\": ").append(json(q.rule())).append("}");
                }
                sb.append("], \"not_quotes\": [");
                first = true;
                for (Quote q : qa.all()) {
                    if (q.isQuote()) {
                        continue;
                    }
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(json(q.text() + " | " + q.warnings()));
                }
                sb.append("]}");
                out.println(sb);
            }
        }
    }

    private static EntityRecognizer recognizer() throws Exception {
        Class<?> c = Class.forName("dev.analyze.entities.NewsEntityRecognizer");
        return (EntityRecognizer) c.getDeclaredConstructor().newInstance();
    }

    private static Map<String, List<String[]>> readOracle(Path p) throws IOException {
        Map<String, List<String[]>> m = new LinkedHashMap<>();
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length >= 3) {
                m.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
            }
        }
        return m;
    }

    private static final Pattern TITLE_BEFORE = Pattern.compile(
            "((?:[A-Z][\\w.]*[ \\t]+(?:of[ \\t]+|for[ \\t]+)?){1,5})$");

    /** Gold names and aliases as entities; titles and gender guessed from the text around the names. */
    private static EntityAnalysis oracleFor(Document doc, List<String[]> rows) {
        TestEntities t = TestEntities.of(doc);
        String text = doc.text();
        for (String[] r : rows) {
            EntityType type = switch (r[1].toUpperCase(Locale.ROOT)) {
                case "PERSON" -> EntityType.PERSON;
                case "ORGANIZATION" -> EntityType.ORGANIZATION;
                case "PLACE" -> EntityType.PLACE;
                default -> EntityType.OTHER;
            };
            List<String> aliases = new ArrayList<>();
            for (String a : r.length > 3 ? r[3].split("\\|") : new String[0]) {
                if (!a.isBlank() && !a.equals(r[2])) {
                    aliases.add(a);
                }
            }
            List<String> titles = new ArrayList<>();
            Gender g = Gender.UNKNOWN;
            if (type == EntityType.PERSON) {
                int at = text.indexOf(r[2]);
                while (at >= 0) {
                    Matcher m = TITLE_BEFORE.matcher(text.substring(Math.max(0, at - 80), at));
                    if (m.find()) {
                        String title = m.group(1).strip().toLowerCase(Locale.ROOT);
                        if (!title.isEmpty()) {
                            titles.add(title);
                        }
                    }
                    at = text.indexOf(r[2], at + 1);
                }
                g = guessGender(text, r[2]);
            }
            t.entity(r[2], type, g, aliases, titles);
        }
        return t;
    }

    /** "Mr"/"Mrs" before the name, else the first he/she after its first mention. */
    private static Gender guessGender(String text, String name) {
        int at = text.indexOf(name);
        if (at < 0) {
            return Gender.UNKNOWN;
        }
        String before = text.substring(Math.max(0, at - 5), at);
        if (before.contains("Mr")) {
            return before.contains("Mrs") ? Gender.FEMALE : Gender.MALE;
        }
        if (before.contains("Ms")) {
            return Gender.FEMALE;
        }
        Matcher m = Pattern.compile("\\b(he|his|him|she|her)\\b", Pattern.CASE_INSENSITIVE)
                .matcher(text.substring(at, Math.min(text.length(), at + 300)));
        if (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            return w.startsWith("h") && !w.equals("her") ? Gender.MALE : Gender.FEMALE;
        }
        return Gender.UNKNOWN;
    }

    static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
