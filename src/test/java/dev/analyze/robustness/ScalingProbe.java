package dev.analyze.robustness;

import dev.analyze.claims.*;
import dev.analyze.document.*;
import dev.analyze.entities.*;
import dev.analyze.quotes.*;
import dev.analyze.stats.*;
import java.util.*;
import java.util.function.*;

/**
 * Dev harness, not a test (no clock limits in unit tests): times every analyzer on the adversarial
 * shapes at doubling sizes, so quadratic behaviour shows as a 4x step. Run after test-compile:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) dev.analyze.robustness.ScalingProbe [shape] [maxChars]}.
 * The second round (warm JIT) is the one to read.
 */
public final class ScalingProbe {
    static String repeatTo(String unit, int chars) { return unit.repeat(chars / unit.length() + 1).substring(0, chars); }
    private static int[] sizes(String[] a) {
        int max = a.length > 1 ? Integer.parseInt(a[1]) : 800_000;
        return new int[] {max / 4, max / 2, max};
    }

    public static void main(String[] a) {
        Map<String, IntFunction<String>> fx = new LinkedHashMap<>();
        String clause = "The council said \u201Cwe will act\u201D on Monday and Mr. Lee of the United Nations agreed, ";
        fx.put("bal2", n -> "Headline\n\n" + repeatTo("\"Yes\" Lee said. ", n));
        fx.put("line", n -> repeatTo(clause, n));
        fx.put("balanced", n -> "Headline\n\n" + repeatTo("\"Yes,\" said Ann Lee. ", n));
        fx.put("unbalanced", n -> "Headline\n\n" + repeatTo("\u201Cno end ", n));
        fx.put("tiny", n -> repeatTo("A. B. C. D. Mr. E. U.S. F! G? ", n));
        fx.put("nopunct", n -> repeatTo("the mayor said the council will fund a bridge John Smith agreed and the United Nations ", n));
        String only = a.length > 0 ? a[0] : null;
        for (int round = 0; round < 2; round++)
        for (var e : fx.entrySet()) {
            if (only != null && !e.getKey().equals(only)) continue;
            for (int n : sizes(a)) {
                String text = e.getValue().apply(n);
                Map<String, Long> t = new LinkedHashMap<>();
                long t0 = System.nanoTime();
                Document doc = DocumentParser.standard().parse("t", "t", text);
                t.put("parse", System.nanoTime() - t0);
                t0 = System.nanoTime(); WordStatsAnalyzer.analyze(doc); t.put("stats", System.nanoTime() - t0);
                t0 = System.nanoTime(); WordFrequencies.analyze(doc, new FrequencyOptions(true, true, true, 1, 0)); t.put("words", System.nanoTime() - t0);
                t0 = System.nanoTime(); NGrams.analyze(doc, new NGramOptions(3, 1, 0)); t.put("ngrams", System.nanoTime() - t0);
                t0 = System.nanoTime(); Kwic.find(doc, "the", 40); t.put("kwic", System.nanoTime() - t0);
                t0 = System.nanoTime(); EntityAnalysis ea = new NewsEntityRecognizer().analyze(doc); t.put("entities", System.nanoTime() - t0);
                t0 = System.nanoTime(); QuoteAnalysis qa = new QuoteExtractor().analyze(doc, ea); t.put("quotes", System.nanoTime() - t0);
                t0 = System.nanoTime(); new ClaimExtractor().analyze(doc, ea, qa, ClaimFilter.top(20)); t.put("claims", System.nanoTime() - t0);
                t0 = System.nanoTime(); new Summarizer().summarize(doc, 3); t.put("summary", System.nanoTime() - t0);
                StringBuilder sb = new StringBuilder(round + " " + e.getKey() + " " + n + ":");
                t.forEach((k, v) -> sb.append(" ").append(k).append("=").append(v / 1_000_000));
                System.out.println(sb);
            }
        }
    }
}
