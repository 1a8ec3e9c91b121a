package dev.analyze.quotes;

import java.util.Set;

/**
 * Tells quoted spans that are nobody's words (titles of works, names and nicknames, words mentioned
 * as words) from quotes, where the text allows it. Only consulted for spans no reporting cue governs.
 */
final class NotAQuote {

    private NotAQuote() {
    }

    private static final Set<String> NAMING_VERBS = Lexicon.words("named", "dubbed", "nicknamed", "titled", "entitled",
            "renamed", "christened", "codenamed", "code-named", "branded", "spelled", "spelt", "designated",
            "so-called", "alias", "aka", "a.k.a", "hashtag", "slogan", "motto");

    private static final Set<String> WORK_NOUNS = Lexicon.words("film", "movie", "book", "novel", "song", "album",
            "show", "series", "play", "poem", "documentary", "painting", "exhibition", "operation", "campaign",
            "programme", "program", "initiative", "headline", "magazine", "newspaper", "website", "app", "game",
            "brand", "word", "words", "term", "phrase", "name", "designation", "label", "title", "nickname",
            "acronym", "abbreviation", "tagline", "single", "musical", "opera", "episode", "sculpture", "blog",
            "column", "podcast", "exhibit", "project", "plan", "mission", "codename", "moniker", "epithet");

    private static final Set<String> BE_OR_ADVERB = Lexicon.words("is", "was", "are", "were", "be", "been", "being",
            "commonly", "also", "often", "sometimes", "widely", "now", "so", "officially", "popularly", "once",
            "locally", "affectionately", "informally", "formerly", "still", "collectively", "jokingly");

    private static final Set<String> SMALL_WORDS = Lexicon.words("of", "the", "a", "an", "and", "in", "on", "for", "to",
            "at", "by", "with", "de", "la", "or", "&", "vs", "from");

    /**
     * Why {@code inner} (the quoted text) is not a quote, or null when it may well be one.
     *
     * @param left  the words before the opening mark, back to the sentence start
     * @param right the words after the closing mark, up to the sentence end
     */
    static String reason(String inner, Words left, Words right) {
        String t = inner.strip();
        if (t.isEmpty()) {
            return "empty";
        }
        int words = wordCount(t);
        if (words <= 4 && noLowerCase(t)) {
            return "a name or code";
        }
        int n = left.size();
        // "known as", "dubbed", "so-called", "the film", "the name", "was called"
        for (int k = n - 1; k >= 0 && k >= n - 8; k--) {
            if (!left.isWord(k)) {
                if (left.punct(k) == ',' || left.punct(k) == ';' || left.punct(k) == ':') {
                    break;
                }
                continue;
            }
            String lw = left.lower(k);
            boolean adjacent = k >= n - 2;
            if (NAMING_VERBS.contains(lw)) {
                return "named with \"" + left.text(k) + "\"";
            }
            if (adjacent && WORK_NOUNS.contains(lw)) {
                return "a " + lw;
            }
            if (lw.equals("as") && k - 1 >= 0 && left.isWord(k - 1)
                    && (left.lower(k - 1).equals("known") || left.lower(k - 1).equals("referred"))) {
                return "known as";
            }
            if (lw.equals("by") && k - 1 >= 0 && left.isWord(k - 1)
                    && (left.lower(k - 1).equals("goes") || left.lower(k - 1).equals("go")
                    || left.lower(k - 1).equals("went"))) {
                return "goes by";
            }
            if (lw.equals("called") && k >= n - 3 && k - 1 >= 0 && left.isWord(k - 1)
                    && BE_OR_ADVERB.contains(left.lower(k - 1))) {
                return "was called";
            }
            if (lw.equals("for") && k == n - 1 && k - 1 >= 0 && left.isWord(k - 1)
                    && (left.lower(k - 1).equals("is") || left.lower(k - 1).equals("stands"))) {
                return "a word explained";
            }
        }
        // "X" is the name of / stands for / represents: the words are mentioned, not used
        if (right.size() >= 1 && right.isWord(0)) {
            String r0 = right.lower(0);
            String r1 = right.isWord(1) ? right.lower(1) : "";
            String r2 = right.isWord(2) ? right.lower(2) : "";
            if (r0.equals("represents") || r0.equals("stands") || r0.equals("means") || r0.equals("refers")
                    || (r0.equals("is") || r0.equals("was")) && (r1.equals("for") || r1.equals("short")
                    || (r1.equals("the") || r1.equals("a") || r1.equals("an")) && WORK_NOUNS.contains(r2))) {
                return "a word explained";
            }
        }
        if (words <= 6 && isTitleCase(t)) {
            return "a title or name";
        }
        return null;
    }

    /** Every word capitalised (small words apart) and no clause punctuation: a title or a name. */
    static boolean isTitleCase(String t) {
        String s = t;
        while (!s.isEmpty() && ".!?".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty() || s.indexOf(',') >= 0 || s.indexOf(';') >= 0 || s.indexOf('?') >= 0 || s.indexOf('!') >= 0) {
            return false;
        }
        boolean sawLetter = false;
        // the words as split at runs of \\s (a leading run makes an empty first piece, index 0)
        int n = s.length();
        int i = 0;
        int k = 0;
        while (k < n) {
            int e = k;
            while (e < n && !isRegexSpace(s.charAt(e))) {
                e++;
            }
            if (e > k) {
                char c = s.charAt(k);
                if (Character.isLowerCase(c)) {
                    if (i == 0 || !SMALL_WORDS.contains(s.substring(k, e).toLowerCase(java.util.Locale.ROOT))) {
                        return false;
                    }
                } else if (Character.isLetter(c)) {
                    sawLetter = true;
                }
            }
            i++;
            k = e;
            while (k < n && isRegexSpace(s.charAt(k))) {
                k++;
            }
        }
        return sawLetter;
    }

    /** The words of a stripped, non-empty string, as {@code t.split("\\s+").length} counts them. */
    static int wordCount(String t) {
        int words = 1;
        for (int k = 1; k < t.length(); k++) {
            if (isRegexSpace(t.charAt(k)) && !isRegexSpace(t.charAt(k - 1))) {
                words++;
            }
        }
        return words;
    }

    /** The characters of the regex class {@code \\s}: [ \\t\\n\\x0B\\f\\r]. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean noLowerCase(String t) {
        for (int k = 0; k < t.length(); k++) {
            if (Character.isLowerCase(t.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
