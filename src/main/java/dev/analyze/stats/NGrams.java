package dev.analyze.stats;

import dev.analyze.document.Document;
import dev.analyze.document.Sentence;
import dev.analyze.document.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word n-grams (2 to 4 words) inside sentences. An n-gram never crosses punctuation (a comma, a
 * quote mark, a bracket), since words on either side of one do not form a phrase; words with
 * inner hyphens or apostrophes are single words. N-grams made only of stopwords ("of the") are
 * left out. Grouping and display follow {@link WordFrequencies}: case-insensitive, shown as the
 * document writes the words mid-sentence ("Prime Minister", "the US").
 */
public final class NGrams {

    private NGrams() {
    }

    public static NGramTable analyze(Document doc, NGramOptions options) {
        int n = options.n();
        List<List<WordOccurrence>> bySentence = DocumentWords.bySentence(doc);
        Casing casing = new Casing();
        bySentence.forEach(s -> s.forEach(casing::add));

        Map<String, Counted> counts = new HashMap<>();
        int order = 0;
        for (int s = 0; s < bySentence.size(); s++) {
            for (List<WordOccurrence> run : runs(doc.sentences().get(s), bySentence.get(s))) {
                for (int i = 0; i + n <= run.size(); i++) {
                    List<WordOccurrence> gram = run.subList(i, i + n);
                    if (gram.stream().allMatch(WordOccurrence::isStopword)) {
                        continue;
                    }
                    String[] keys = new String[n];
                    for (int k = 0; k < n; k++) {
                        keys[k] = gram.get(k).key();
                    }
                    int first = order++;
                    counts.computeIfAbsent(String.join(" ", keys), key -> new Counted(keys, first)).count++;
                }
            }
        }
        List<Counted> ranked = new ArrayList<>(counts.values());
        ranked.removeIf(c -> c.count < options.minCount());
        ranked.sort(Comparator.comparingInt((Counted c) -> -c.count).thenComparingInt(c -> c.first));
        int keep = options.limit() == 0 ? ranked.size() : Math.min(options.limit(), ranked.size());
        List<NGram> rows = new ArrayList<>(keep);
        for (int i = 0; i < keep; i++) {
            Counted c = ranked.get(i);
            List<String> words = Arrays.stream(c.keys).map(casing::display).toList();
            rows.add(new NGram(i + 1, String.join(" ", words), words, c.count));
        }
        return new NGramTable(doc.name(), n, rows);
    }

    /** The sentence's words cut into runs that no punctuation or symbol interrupts. */
    static List<List<WordOccurrence>> runs(Sentence sentence, List<WordOccurrence> words) {
        List<List<WordOccurrence>> runs = new ArrayList<>();
        List<WordOccurrence> run = new ArrayList<>();
        int w = 0;
        for (Token t : sentence.tokens()) {
            if (t.isWord()) {
                run.add(words.get(w++));
            } else if (!run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    private static final class Counted {
        final String[] keys;
        final int first;
        int count;

        Counted(String[] keys, int first) {
            this.keys = keys;
            this.first = first;
        }
    }
}
