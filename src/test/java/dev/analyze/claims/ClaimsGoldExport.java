package dev.analyze.claims;

import dev.analyze.document.Document;
import dev.analyze.document.DocumentParser;
import dev.analyze.entities.EntityAnalysis;
import dev.analyze.quotes.QuoteAnalysis;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Dev harness: writes the claims of every gold article as scorer jsonl, for the ranking
 * ({@code claims.jsonl}) and for the lead-k baseline ({@code lead.jsonl}, the first k content
 * sentences with the same claimants). Usage: {@code ClaimsGoldExport GOLD_DIR CORPUS_DIR OUT_DIR}.
 */
public final class ClaimsGoldExport {

    private ClaimsGoldExport() {
    }

    public static void main(String[] args) throws IOException {
        Path gold = Path.of(args[0]);
        Path corpus = Path.of(args[1]);
        Path out = Path.of(args[2]);
        int k = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        List<Path> golds;
        try (Stream<Path> s = Files.list(gold)) {
            golds = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        ClaimExtractor extractor = new ClaimExtractor(fromSystemProperties());
        PrintWriter dump = new PrintWriter(Files.newBufferedWriter(out.resolve("candidates.tsv"), StandardCharsets.UTF_8));
        try (dump; PrintWriter sys = new PrintWriter(Files.newBufferedWriter(out.resolve("claims.jsonl"), StandardCharsets.UTF_8));
                PrintWriter lead = new PrintWriter(Files.newBufferedWriter(out.resolve("lead.jsonl"), StandardCharsets.UTF_8))) {
            for (Path g : golds) {
                String json = Files.readString(g);
                String docName = json.replaceAll("(?s).*?\"doc\"\\s*:\\s*\"([^\"]+)\".*", "$1");
                Path file = corpus.resolve("wikinews").resolve(docName);
                if (!Files.exists(file)) {
                    file = corpus.resolve(docName);
                }
                String text = Files.readString(file);
                Document doc = DocumentParser.standard().parse(docName, file.toString(), text);
                EntityAnalysis ea = Analyses.entities(doc);
                QuoteAnalysis qa = Analyses.quotes(doc, ea);
                List<Claim> claims = extractor.analyze(doc, ea, qa, ClaimFilter.top(k));
                sys.println(line(docName, claims));
                List<ClaimExtractor.Candidate> cands = extractor.candidates(doc, ea, qa);
                for (ClaimExtractor.Candidate c : cands) {
                    int pos = -1;
                    for (int i = 0; i < claims.size(); i++) {
                        if (claims.get(i).sentence() == c.sentence().number()) {
                            pos = i;
                        }
                    }
                    dump.printf("%s\t%d\t%d\t%s\t%s\t%.3f\t%d\t%s%n", docName, c.sentence().index(),
                            c.sentence().paragraph(), c.kind().label(), c.speakerName().orElse("-"), c.relevance(),
                            pos, doc.text(c.span()).replace('\t', ' ').replace('\n', ' '));
                }
                List<Claim> leadClaims = new ArrayList<>();
                for (ClaimExtractor.Candidate c : cands) {
                    if (!doc.paragraphs().get(c.sentence().paragraph()).heading() && leadClaims.size() < k) {
                        leadClaims.add(new Claim(doc.text(c.sentence()), c.speakerName(), c.kind(), 0, 0, 0, 0, 0));
                    }
                }
                lead.println(line(docName, leadClaims));
                if (args.length > 4) {
                    System.out.println("== " + docName);
                    for (Claim c : claims) {
                        System.out.printf("  %.3f [%s] %s | %s%n", c.score(), c.kind().label(),
                                c.speaker().orElse("-"), c.text());
                    }
                }
            }
        }
    }

    private static String line(String doc, List<Claim> claims) {
        StringBuilder b = new StringBuilder("{\"doc\": ").append(str(doc)).append(", \"claims\": [");
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            b.append(i == 0 ? "" : ", ").append("{\"text\": ").append(str(c.text())).append(", \"speaker\": ")
                    .append(c.speaker().map(ClaimsGoldExport::str).orElse("null")).append("}");
        }
        return b.append("]}").toString();
    }

    private static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
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

    /** The defaults, each overridable with -Dw.NAME=value, to compare settings. */
    static RankingWeights fromSystemProperties() {
        RankingWeights d = RankingWeights.DEFAULT;
        return new RankingWeights(
                Double.parseDouble(System.getProperty("w.centrality", "" + d.centrality())),
                Double.parseDouble(System.getProperty("w.position", "" + d.position())),
                Double.parseDouble(System.getProperty("w.worthiness", "" + d.worthiness())),
                Double.parseDouble(System.getProperty("w.attribution", "" + d.attribution())),
                Double.parseDouble(System.getProperty("w.halfLife", "" + d.halfLife())),
                Double.parseDouble(System.getProperty("w.headline", "" + d.headline())),
                Double.parseDouble(System.getProperty("w.lambda", "" + d.lambda())),
                Double.parseDouble(System.getProperty("w.sameSpeaker", "" + d.sameSpeaker())),
                Boolean.parseBoolean(System.getProperty("w.wholeSentence", "" + d.wholeSentence())),
                Double.parseDouble(System.getProperty("w.paragraphLead", "" + d.paragraphLead())),
                Double.parseDouble(System.getProperty("w.sameParagraph", "" + d.sameParagraph())),
                Boolean.parseBoolean(System.getProperty("w.byParagraph", "" + d.byParagraph())),
                Double.parseDouble(System.getProperty("w.reported", "" + d.reported())),
                Double.parseDouble(System.getProperty("w.newSpeaker", "" + d.newSpeaker())),
                Boolean.parseBoolean(System.getProperty("w.leadDecay", "" + d.leadDecay())),
                Boolean.parseBoolean(System.getProperty("w.quoteUnits", "" + d.quoteUnits())),
                Double.parseDouble(System.getProperty("w.coverage", "" + d.coverage())));
    }
}
