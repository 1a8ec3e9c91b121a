package dev.analyze.bench;

import dev.analyze.claims.ClaimExtractor;
import dev.analyze.claims.ClaimFilter;
import dev.analyze.claims.Summarizer;
import dev.analyze.document.Document;
import dev.analyze.document.DocumentParser;
import dev.analyze.entities.EntityAnalysis;
import dev.analyze.entities.NewsEntityRecognizer;
import dev.analyze.quotes.QuoteAnalysis;
import dev.analyze.quotes.QuoteExtractor;
import dev.analyze.stats.FrequencyOptions;
import dev.analyze.stats.WordFrequencies;
import dev.analyze.stats.WordStatsAnalyzer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * In-REPL latency of each analysis of one article (benchmark part 2; run by src/bench/bench.py,
 * not a test). Each iteration is a REPL's first answer for an already loaded document: nothing
 * cached, so quotes include the entities they need and claims include entities and quotes.
 * Usage: {@code ReplLatencyBench FILE ITERATIONS}; prints {name: {median_ms, p90_ms}} as JSON.
 */
public final class ReplLatencyBench {

    private ReplLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        String text = Files.readString(file, StandardCharsets.UTF_8);
        DocumentParser parser = DocumentParser.standard();
        Document doc = parser.parse("bench", file.toString(), text);
        NewsEntityRecognizer recognizer = new NewsEntityRecognizer();
        QuoteExtractor quotes = new QuoteExtractor();
        ClaimExtractor claims = new ClaimExtractor();
        Summarizer summarizer = new Summarizer();
        FrequencyOptions words = new FrequencyOptions(false, false, false, 1, 0);

        Map<String, Supplier<Object>> cases = new LinkedHashMap<>();
        cases.put("parse", () -> parser.parse("bench", file.toString(), text));
        cases.put("stats", () -> WordStatsAnalyzer.analyze(doc));
        cases.put("words", () -> WordFrequencies.analyze(doc, words));
        cases.put("entities", () -> recognizer.analyze(doc));
        cases.put("quotes", () -> quotes.analyze(doc, recognizer.analyze(doc)));
        cases.put("claims", () -> {
            EntityAnalysis e = recognizer.analyze(doc);
            QuoteAnalysis q = quotes.analyze(doc, e);
            return claims.analyze(doc, e, q, ClaimFilter.top(ClaimFilter.DEFAULT_TOP));
        });
        cases.put("summary", () -> summarizer.summarize(doc, Summarizer.DEFAULT_SENTENCES));

        // Warm-up: every case, interleaved, as a REPL session would run them.
        int warmup = Math.max(50, iterations / 2);
        for (int i = 0; i < warmup; i++) {
            for (Supplier<Object> c : cases.values()) {
                sink(c.get());
            }
        }
        StringBuilder json = new StringBuilder("{");
        for (Map.Entry<String, Supplier<Object>> c : cases.entrySet()) {
            double[] ms = new double[iterations];
            for (int i = 0; i < iterations; i++) {
                long t0 = System.nanoTime();
                sink(c.getValue().get());
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(ms);
            if (json.length() > 1) {
                json.append(", ");
            }
            json.append(String.format(Locale.ROOT, "\"%s\": {\"median_ms\": %.4f, \"p90_ms\": %.4f}",
                    c.getKey(), ms[iterations / 2], ms[(int) (iterations * 0.9)]));
        }
        System.out.println(json.append("}"));
        System.out.println();
        if (sinkHash == 42) {
            System.err.println();
        }
    }

    private static int sinkHash;

    /** Keeps results alive so the JIT cannot drop the work. */
    private static void sink(Object o) {
        sinkHash += System.identityHashCode(o);
    }
}
