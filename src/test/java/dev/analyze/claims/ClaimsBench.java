package dev.analyze.claims;

import dev.analyze.document.Document;
import dev.analyze.document.DocumentParser;
import dev.analyze.entities.EntityAnalysis;
import dev.analyze.quotes.QuoteAnalysis;
import java.nio.file.Files;
import java.nio.file.Path;

/** Dev benchmark (not a test): warm per-article time on the Kerry sample, and a 10 MB input. */
public final class ClaimsBench {

    private ClaimsBench() {
    }

    public static void main(String[] args) throws Exception {
        String kerry = Files.readString(Path.of("samples/kerry.txt"));
        Document doc = DocumentParser.standard().parse("kerry", "kerry", kerry);
        EntityAnalysis ea = Analyses.entities(doc);
        QuoteAnalysis qa = Analyses.quotes(doc, ea);
        ClaimExtractor claims = new ClaimExtractor();
        Summarizer summarizer = new Summarizer();
        for (int i = 0; i < 2000; i++) {
            claims.analyze(doc, ea, qa);
            summarizer.summarize(doc, 3);
        }
        int runs = 2000;
        long t0 = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            claims.analyze(doc, ea, qa);
        }
        long t1 = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            summarizer.summarize(doc, 3);
        }
        long t2 = System.nanoTime();
        System.out.printf("kerry (2.5 KB): claims %.3f ms, summary %.3f ms per run%n",
                (t1 - t0) / 1e6 / runs, (t2 - t1) / 1e6 / runs);
        for (String shape : new String[] {"paragraphs", "one-line"}) {
            StringBuilder big = new StringBuilder("Big\n\n");
            String body = kerry.substring(kerry.indexOf("US Secretary"));
            while (big.length() < 10_000_000) {
                big.append(shape.equals("one-line") ? body.replace('\n', ' ') : body).append(shape.equals("one-line") ? " " : "\n\n");
            }
            Document bd = DocumentParser.standard().parse("big", "big", big.toString());
            EntityAnalysis bea = new FakeEntitiesEmpty();
            QuoteAnalysis bqa = new QuoteAnalysis(java.util.List.of(), java.util.List.of());
            long p0 = System.nanoTime();
            java.util.List<TermVector> vs = SentenceVectors.of(bd);
            long p1 = System.nanoTime();
            TextRank.scores(vs);
            long p2 = System.nanoTime();
            int bp = 0;
            for (dev.analyze.document.Sentence s : bd.sentences()) {
                bp += Boilerplate.is(bd, s) ? 1 : 0;
            }
            long p3 = System.nanoTime();
            claims.candidates(bd, bea, bqa);
            long p4 = System.nanoTime();
            System.out.printf("  vectors %.0f ms, textrank %.0f ms, boilerplate %.0f ms, candidates %.0f ms%n",
                    (p1 - p0) / 1e6, (p2 - p1) / 1e6, (p3 - p2) / 1e6, (p4 - p3) / 1e6);
            long a = System.nanoTime();
            int n = claims.analyze(bd, bea, bqa).size();
            long b = System.nanoTime();
            int m = summarizer.summarize(bd, 3).size();
            long c = System.nanoTime();
            System.out.printf("10 MB %s (%d sentences): claims %d in %.0f ms, summary %d in %.0f ms%n", shape,
                    bd.sentences().size(), n, (b - a) / 1e6, m, (c - b) / 1e6);
        }
    }

    /** No entities at all: the 10 MB run measures the claims code, not the recognizer. */
    private static final class FakeEntitiesEmpty implements EntityAnalysis {
        @Override
        public java.util.List<dev.analyze.entities.Entity> entities() {
            return java.util.List.of();
        }

        @Override
        public java.util.Optional<dev.analyze.entities.Entity> entityAt(int offset) {
            return java.util.Optional.empty();
        }

        @Override
        public java.util.List<Resolved> mentionsIn(int start, int end) {
            return java.util.List.of();
        }

        @Override
        public java.util.Optional<dev.analyze.entities.Entity> resolveName(String name) {
            return java.util.Optional.empty();
        }

        @Override
        public java.util.Optional<dev.analyze.entities.Entity> resolveDescription(String d, int before) {
            return java.util.Optional.empty();
        }
    }
}
