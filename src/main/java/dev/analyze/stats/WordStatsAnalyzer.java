package dev.analyze.stats;

import dev.analyze.document.Document;
import dev.analyze.document.Paragraph;
import dev.analyze.document.TokenKind;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Computes {@link WordStats} for a document. Pure; linear in the size of the document. */
public final class WordStatsAnalyzer {

    private WordStatsAnalyzer() {
    }

    public static WordStats analyze(Document doc) {
        int characters = 0;
        for (Paragraph p : doc.paragraphs()) {
            characters += doc.text().codePointCount(p.start(), p.end());
        }
        List<List<WordOccurrence>> bySentence = DocumentWords.bySentence(doc);
        int[] lengths = new int[bySentence.size()];
        int sentences = 0;
        int words = 0;
        int letters = 0;
        int syllables = 0;
        int polysyllables = 0;
        int complex = 0;
        int longest = 0;
        int max = 0;
        Set<String> unique = new HashSet<>();
        for (int s = 0; s < bySentence.size(); s++) {
            List<WordOccurrence> sentence = bySentence.get(s);
            if (sentence.isEmpty()) {
                continue;
            }
            lengths[sentences++] = sentence.size();
            if (sentence.size() > max) {
                max = sentence.size();
                longest = doc.sentences().get(s).number();
            }
            for (WordOccurrence w : sentence) {
                words++;
                unique.add(w.key());
                letters += lettersAndDigits(w.text());
                int count = syllables(w);
                syllables += count;
                if (w.token().kind() == TokenKind.WORD && count >= 3) {
                    polysyllables++;
                    if (isComplex(w)) {
                        complex++;
                    }
                }
            }
        }
        int[] sorted = Arrays.copyOf(lengths, sentences);
        Arrays.sort(sorted);
        int p90 = sentences == 0 ? 0 : sorted[(int) Math.ceil(0.9 * sentences) - 1];
        return WordStats.of(doc.name(), characters, letters, words, unique.size(), sentences,
                doc.paragraphs().size(), p90, max, longest, syllables, polysyllables, complex);
    }

    /** Syllables of a word where it stands: an all-capitals sentence is read as ordinary words. */
    static int syllables(WordOccurrence w) {
        return Syllables.count(w.shouted() ? w.key() : w.text());
    }

    /**
     * Gunning's complex word, given three or more syllables: not a name (capitalised mid-sentence),
     * not a hyphenated compound, and not three syllables only by an -es, -ed or -ing ending.
     */
    private static boolean isComplex(WordOccurrence w) {
        String text = w.text();
        if (w.caseInformative() && !w.isLowerCase()) {
            return false;
        }
        if (text.indexOf('-') > 0) {
            return false;
        }
        String key = w.key();
        for (String ending : new String[] {"es", "ed", "ing"}) {
            if (key.endsWith(ending) && key.length() > ending.length() + 2) {
                String stem = key.substring(0, key.length() - ending.length());
                if (Syllables.count(stem) < 3 || Syllables.count(stem + "e") < 3) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int lettersAndDigits(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                n++;
            }
            i += Character.charCount(cp);
        }
        return n;
    }
}
