package dev.analyze.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Sentence splitter for news English: breaks after . ! ? unless an abbreviation precedes. */
public final class NewsSentenceSplitter implements SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "gen", "sen", "gov", "lt", "col", "st", "no", "jan", "feb", "inc",
            "corp", "rep", "prof", "rev", "capt", "sgt", "jr", "sr", "vs", "etc", "u.s", "u.n", "d.c");

    @Override
    public List<Span> split(String text, int start, int end) {
        List<Span> out = new ArrayList<>();
        int sentenceStart = start;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                int j = i + 1;
                while (j < end && "\"'\u201D\u2019)]".indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                if (j < end && !Character.isWhitespace(text.charAt(j))) {
                    continue;
                }
                if (c == '.' && isAbbreviation(text, sentenceStart, i)) {
                    continue;
                }
                add(text, sentenceStart, j, out);
                sentenceStart = j;
                i = j - 1;
            }
        }
        add(text, sentenceStart, end, out);
        return out;
    }

    private static boolean isAbbreviation(String text, int from, int dot) {
        int k = dot;
        while (k > from && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
            k--;
        }
        String word = text.substring(k, dot).toLowerCase();
        return ABBREVIATIONS.contains(word) || word.length() == 1;
    }

    private static void add(String text, int a, int b, List<Span> out) {
        Span s = DocumentParser.trim(text, new Span(a, b));
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
