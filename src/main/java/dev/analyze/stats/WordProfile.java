package dev.analyze.stats;

/**
 * What the word statistics need of one word form, worked out once per form ({@link WordTable})
 * rather than once per occurrence: news vocabulary repeats.
 *
 * @param key the grouping key ({@link DocumentWords#key})
 * @param letters letters and digits (code points)
 * @param syllables syllables where it stands: in an all-capitals sentence, those of the key
 *     ("US" read as "us")
 * @param lowerCase written in lower case ("the", "e-mail")
 * @param complexForm with three or more syllables, a complex word by its form: not hyphenated and
 *     not three syllables only by an -es, -ed or -ing ending (whether it is a name depends on
 *     where it stands, so that is left to the caller)
 */
record WordProfile(String key, int letters, int syllables, boolean lowerCase, boolean complexForm) {

    /** The profile of {@code text} as a word, in an all-capitals sentence or not. */
    static WordProfile compute(String text, boolean shouted) {
        String key = DocumentWords.key(text, shouted);
        int syllables = Syllables.count(shouted ? key : text);
        return new WordProfile(key, lettersAndDigits(text), syllables, isLowerCase(text),
                syllables >= 3 && isComplexForm(text, key));
    }

    /** Not a hyphenated compound, and not three syllables only by an -es, -ed or -ing ending. */
    private static boolean isComplexForm(String text, String key) {
        if (text.indexOf('-') > 0) {
            return false;
        }
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

    private static boolean isLowerCase(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isUpperCase(t.charAt(i)) || Character.isTitleCase(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
