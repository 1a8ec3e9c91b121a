package dev.analyze.claims;

/**
 * A light English stemmer for sentence similarity: folds possessives, plurals and the commonest
 * verb endings so "sanctuaries"/"sanctuary" and "killed"/"kills" meet. Deliberately conservative
 * (no Porter-style suffix stripping): a wrong merge costs more than a missed one here.
 */
final class LightStemmer {

    private LightStemmer() {
    }

    /** The stem of a lower-case word. */
    static String stem(String word) {
        String s = strip(word);
        // "announce", "announced", "announces" all end as "announc"
        return s.length() > 4 && s.endsWith("e") ? s.substring(0, s.length() - 1) : s;
    }

    private static String strip(String w) {
        if (w.endsWith("'s") || w.endsWith("\u2019s")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("'") || w.endsWith("\u2019")) {
            w = w.substring(0, w.length() - 1);
        }
        int n = w.length();
        if (n <= 3) {
            return w;
        }
        // every rule below ends in s, g or d: the last letter picks the rules worth testing
        char last = w.charAt(n - 1);
        if (last == 's') {
            if (w.endsWith("ies") && n > 4) {
                return w.substring(0, n - 3) + "y";
            }
            if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")) {
                return w.substring(0, n - 2);
            }
            if (!w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
                return w.substring(0, n - 1);
            }
        } else if (last == 'g') {
            if (w.endsWith("ing") && n > 5) {
                return undouble(w.substring(0, n - 3));
            }
        } else if (last == 'd') {
            if (w.endsWith("ied") && n > 4) {
                return w.substring(0, n - 3) + "y";
            }
            if (w.endsWith("ed") && n > 4 && !w.endsWith("eed")) {
                return undouble(w.substring(0, n - 2));
            }
        }
        return w;
    }

    /** "stopp" -> "stop", so "stopped" and "stopping" meet "stop". */
    private static String undouble(String s) {
        int n = s.length();
        if (n >= 3 && s.charAt(n - 1) == s.charAt(n - 2) && "lsz".indexOf(s.charAt(n - 1)) < 0
                && !isVowel(s.charAt(n - 1))) {
            return s.substring(0, n - 1);
        }
        return s;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
