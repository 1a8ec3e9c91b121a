package dev.analyze.stats;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How to display a case-folded word: in lower case when the document writes it so mid-sentence
 * ("The" at a sentence start shows as "the"), otherwise as the document most often writes it
 * mid-sentence ("Pakistan", "LeT"). Words seen only at sentence starts or in the headline show in
 * lower case when they are stopwords, else as written.
 */
final class Casing {

    /** key -> surface form -> count, over occurrences whose case is informative. */
    private final Map<String, Map<String, Integer>> informative = new HashMap<>();
    /** key -> surface form -> count, over all occurrences. */
    private final Map<String, Map<String, Integer>> all = new HashMap<>();

    void add(WordOccurrence w) {
        String surface = w.shouted() ? w.key() : WordKeys.straightApostrophes(w.text());
        all.computeIfAbsent(w.key(), k -> new LinkedHashMap<>()).merge(surface, 1, Integer::sum);
        if (w.caseInformative()) {
            informative.computeIfAbsent(w.key(), k -> new LinkedHashMap<>()).merge(surface, 1, Integer::sum);
        }
    }

    /** Whether the document writes the word in lower case mid-sentence. */
    boolean seenInLowerCase(String key) {
        Map<String, Integer> forms = informative.get(key);
        return forms != null && forms.containsKey(key);
    }

    /**
     * Whether the word looks like a name: capitalised mid-sentence and never in lower case there,
     * or only ever capitalised and not a stopword.
     */
    boolean isProper(String key) {
        if (seenInLowerCase(key)) {
            return false;
        }
        Map<String, Integer> forms = informative.get(key);
        if (forms != null) {
            return true;
        }
        Map<String, Integer> any = all.get(key);
        return any != null && !any.containsKey(key) && !Stopwords.isStopwordKey(key);
    }

    /** The form to display for a key. */
    String display(String key) {
        if (seenInLowerCase(key)) {
            return key;
        }
        Map<String, Integer> forms = informative.get(key);
        if (forms != null) {
            return mostFrequent(forms);
        }
        Map<String, Integer> any = all.get(key);
        if (any == null || any.containsKey(key) || Stopwords.isStopwordKey(key)) {
            return key;
        }
        return mostFrequent(any);
    }

    /** The most frequent form; the first seen among equals. */
    private static String mostFrequent(Map<String, Integer> forms) {
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : forms.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }
}
