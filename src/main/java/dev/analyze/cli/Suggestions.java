package dev.analyze.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean" candidates: choices within a small edit distance, or starting with the word. */
final class Suggestions {

    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(3);

    private Suggestions() {
    }

    static List<String> closest(String word, List<String> choices) {
        String w = word.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String c : choices) {
            String lc = c.toLowerCase(Locale.ROOT);
            int d = DISTANCE.apply(w, lc);
            boolean near = d >= 0 && d <= (w.length() <= 3 ? 1 : 2);
            if (near || (w.length() >= 2 && lc.startsWith(w))) {
                out.add(c);
            }
        }
        out.sort(Comparator.comparingInt((String c) -> {
            int d = DISTANCE.apply(w, c.toLowerCase(Locale.ROOT));
            return d < 0 ? 99 : d;
        }).thenComparing(Comparator.naturalOrder()));
        return out.size() > 3 ? out.subList(0, 3) : out;
    }
}
