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

        // words as small integer ids, so an n-gram is one long key (few allocations on huge inputs)
        Map<String, Integer> ids = new HashMap<>();
        List<String> keys = new ArrayList<>();
        List<Boolean> stopwords = new ArrayList<>();
        for (List<WordOccurrence> sentence : bySentence) {
            for (WordOccurrence w : sentence) {
                if (ids.putIfAbsent(w.key(), keys.size()) == null) {
                    keys.add(w.key());
                    stopwords.add(w.isStopword());
                }
            }
        }
        int bits = 64 / n;
        // ids packed into a long when they fit (nearly always); spelled out otherwise
        boolean packed = keys.size() < (1L << bits) - 1;
        Map<Object, Counted> counts = new HashMap<>();
        StringBuilder spelled = new StringBuilder();
        int order = 0;
        for (int s = 0; s < bySentence.size(); s++) {
            for (List<WordOccurrence> run : runs(doc.sentences().get(s), bySentence.get(s))) {
                int[] runIds = new int[run.size()];
                for (int i = 0; i < runIds.length; i++) {
                    runIds[i] = ids.get(run.get(i).key());
                }
                for (int i = 0; i + n <= runIds.length; i++) {
                    boolean onlyStopwords = true;
                    long bitsKey = 0;
                    spelled.setLength(0);
                    for (int k = i; k < i + n; k++) {
                        onlyStopwords &= stopwords.get(runIds[k]);
                        if (packed) {
                            bitsKey = (bitsKey << bits) | (runIds[k] + 1);
                        } else {
                            spelled.append(runIds[k]).append(' ');
                        }
                    }
                    if (onlyStopwords) {
                        continue;
                    }
                    // multiplying by an odd constant is one-to-one and spreads the bits Long.hashCode folds
                    Object key = packed ? (Object) (bitsKey * 0x9E3779B97F4A7C15L) : spelled.toString();
                    Counted c = counts.get(key);
                    if (c == null) {
                        c = new Counted(java.util.Arrays.copyOfRange(runIds, i, i + n), order);
                        counts.put(key, c);
                    }
                    order++;
                    c.count++;
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
            List<String> words = Arrays.stream(c.ids).mapToObj(id -> casing.display(keys.get(id))).toList();
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
        final int[] ids;
        final int first;
        int count;

        Counted(int[] ids, int first) {
            this.ids = ids;
            this.first = first;
        }
    }
}
