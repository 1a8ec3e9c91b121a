package dev.analyze.claims;

import dev.analyze.document.Document;
import dev.analyze.document.Sentence;
import dev.analyze.document.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Stopword-filtered, lightly stemmed tf-idf vectors of a document's sentences. The idf is computed
 * within the document (each sentence a "document"), so no corpus statistics are needed; term
 * frequency is sublinear (1 + ln tf) so one repeated word does not dominate a sentence.
 */
final class SentenceVectors {

    private SentenceVectors() {
    }

    /** One vector per sentence of {@code document}, in sentence order. */
    static List<TermVector> of(Document document) {
        return of(document, document.sentences());
    }

    static List<TermVector> of(Document document, List<Sentence> sentences) {
        Set<String> stop = WordLists.stopwords();
        int tokens = 0;
        for (Sentence s : sentences) {
            tokens += s.tokens().size();
        }
        // sized for the document up front: growing them was a tenth of this method's time
        Map<String, Integer> ids = new HashMap<>(Math.max(16, tokens));
        // raw token text -> term id (-1: not a term), so each distinct word is stemmed once
        Map<String, Integer> seen = new HashMap<>(Math.max(16, tokens));
        List<int[]> termIds = new ArrayList<>(sentences.size());
        int[] df = new int[16];
        for (Sentence s : sentences) {
            int[] buf = new int[s.tokens().size()];
            int n = 0;
            List<Token> ts = s.tokens();
            for (int iT = 0; iT < ts.size(); iT++) {
                Token t = ts.get(iT);
                if (!t.isWord()) {
                    continue;
                }
                Integer id = seen.get(t.text());
                if (id == null) {
                    String term = term(t, stop);
                    if (term == null) {
                        id = -1;
                    } else {
                        id = ids.get(term);
                        if (id == null) {
                            id = ids.size();
                            ids.put(term, id);
                        }
                    }
                    seen.put(t.text(), id);
                }
                if (id >= 0) {
                    buf[n++] = id;
                }
            }
            int[] sorted = Arrays.copyOf(buf, n);
            Arrays.sort(sorted);
            termIds.add(sorted);
            if (ids.size() > df.length) {
                df = Arrays.copyOf(df, Math.max(ids.size(), df.length * 2));
            }
            for (int k = 0; k < sorted.length; k++) {
                if (k == 0 || sorted[k] != sorted[k - 1]) {
                    df[sorted[k]]++;
                }
            }
        }
        int docs = sentences.size();
        List<TermVector> out = new ArrayList<>(docs);
        for (int[] sorted : termIds) {
            out.add(vector(sorted, df, docs));
        }
        return out;
    }

    private static TermVector vector(int[] sorted, int[] df, int docs) {
        if (sorted.length == 0) {
            return TermVector.EMPTY;
        }
        int distinct = 0;
        for (int k = 0; k < sorted.length; k++) {
            if (k == 0 || sorted[k] != sorted[k - 1]) {
                distinct++;
            }
        }
        int[] ids = new int[distinct];
        float[] w = new float[distinct];
        double norm = 0;
        int d = 0;
        int k = 0;
        while (k < sorted.length) {
            int id = sorted[k];
            int run = 0;
            while (k < sorted.length && sorted[k] == id) {
                k++;
                run++;
            }
            double idf = Math.log((1.0 + docs) / (1.0 + df[id])) + 1.0;
            double weight = (1.0 + Math.log(run)) * idf;
            ids[d] = id;
            w[d++] = (float) weight;
            norm += weight * weight;
        }
        float inv = (float) (1.0 / Math.sqrt(norm));
        for (int x = 0; x < w.length; x++) {
            w[x] *= inv;
        }
        return new TermVector(ids, w);
    }

    /** The stemmed term of a word or number token, or null for stopwords and punctuation. */
    static String term(Token t, Set<String> stop) {
        if (!t.isWord()) {
            return null;
        }
        String w = t.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (w.length() < 2 || stop.contains(w)) {
            return null;
        }
        return LightStemmer.stem(w);
    }
}
