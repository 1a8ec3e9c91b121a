package dev.analyze.stats;

import java.util.Locale;

/** The case-folded key under which word forms are grouped and compared. */
final class WordKeys {

    private WordKeys() {
    }

    /** Lower case, curly apostrophes and the modifier apostrophe as straight ones. */
    static String key(String word) {
        return straightApostrophes(word.toLowerCase(Locale.ROOT));
    }

    /** Curly apostrophes and the modifier apostrophe as straight ones. */
    static String straightApostrophes(String word) {
        if (word.indexOf('\u2019') < 0 && word.indexOf('\u2018') < 0 && word.indexOf('\u02BC') < 0) {
            return word;
        }
        return word.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'');
    }
}
