package dev.analyze.quotes;

/**
 * Finds the speaker phrase next to a reporting cue: the subject before it ("Hugh Hill, a doctor at
 * the clinic, said") or the phrase after an inverted cue ("said Mayor Ana Ruiz", "said a homeless man
 * who ..."). Phrases are returned as inclusive word-index ranges packed into a long, or -1.
 */
final class Phrases {

    private Phrases() {
    }

    static long range(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }

    static int first(long range) {
        return (int) (range >> 32);
    }

    static int last(long range) {
        return (int) range;
    }

    /**
     * A dot that belongs to a name: "Mr." or the initial in "John F. Kennedy", followed by a
     * capital; or a quotation mark around a nickname inside a name: John "Jack" Smith.
     */
    static boolean isNameDot(Words w, int i) {
        char c = w.punct(i);
        if (c != 0 && QuoteMarks.isMark(c)) {
            return w.isCapitalized(i - 1) && (w.isCapitalized(i + 1) || QuoteMarks.isMark(w.punct(i + 1)))
                    || QuoteMarks.isMark(w.punct(i - 1)) && w.isCapitalized(i + 1);
        }
        if (!w.isPunct(i, '.') || !w.isWord(i - 1) || !w.isCapitalized(i + 1) || w.start(i) != w.end(i - 1)) {
            return false;
        }
        String prev = w.lower(i - 1);
        return Lexicon.ABBREVIATIONS.contains(prev) || prev.length() == 1 || prev.indexOf('.') > 0;
    }

    /**
     * The subject of the cue at word {@code v}, looking no further back than word {@code lo}; skips
     * adverbs ("Kerry today said") and a comma-bounded appositive ("Hugh Hill, a doctor, said").
     */
    static long subjectBefore(Words w, int v, int lo) {
        return subjectBefore(w, v, lo, i -> false);
    }

    /**
     * As {@link #subjectBefore(Words, int, int)}; {@code commaInName} says whether the comma at a
     * word index lies inside one name ("University of California, Los Angeles").
     */
    static long subjectBefore(Words w, int v, int lo, java.util.function.IntPredicate commaInName) {
        int j = v - 1;
        while (j > lo && w.isWord(j) && (Lexicon.ADVERBS.contains(w.lower(j)) || isMannerAdverb(w, j))) {
            j--;
        }
        if (j < lo) {
            return -1;
        }
        if (w.isWord(j) && Lexicon.ADVERBS.contains(w.lower(j)) && j == lo) {
            return -1;
        }
        if (w.isPunct(j, ')')) {
            // "The Iranian Revolutionary Guard Corps (IRGC) said": skip the bracket
            int o = j - 1;
            while (o > lo && o > j - 8 && !w.isPunct(o, '(')) {
                o--;
            }
            if (!w.isPunct(o, '(')) {
                return -1;
            }
            j = o - 1;
            if (j < lo) {
                return -1;
            }
        }
        if (w.isPunct(j, ',')) {
            // "NAME, APPOSITIVE, said" or "the mayor of London, NAME, said"
            int c = j - 1;
            while (c >= lo && c > j - 14 && !w.isPunct(c, ',') && (w.isWord(c) || isNameDot(w, c)
                    || w.isPunct(c, '(') || w.isPunct(c, ')') || w.isPunct(c, '-'))) {
                c--;
            }
            if (c < lo || !w.isPunct(c, ',') || c + 1 > j - 1) {
                return -1;
            }
            if (w.isPunct(c - 1, ')')) {
                int o = c - 2;
                while (o > lo && o > c - 9 && !w.isPunct(o, '(')) {
                    o--;
                }
                if (w.isPunct(o, '(')) {
                    // "The IRGC (Guard), which ..., declared": the name is before the bracket
                    c = o;
                }
            }
            long middle = nameRun(w, c + 1, j - 1);
            if (middle >= 0 && first(middle) == c + 1) {
                return middle; // the comma-bounded part is itself a name
            }
            j = c - 1;
            if (j < lo) {
                return -1;
            }
        }
        if (!w.isWord(j)) {
            return -1;
        }
        String head = w.lower(j);
        if (Lexicon.PERSONAL_PRONOUNS.contains(head)) {
            return range(j, j);
        }
        if (isClause(w, j) || ReportingCues.get().isVerb(head)) {
            return -1;
        }
        int a = j;
        while (a - 1 >= lo && j - a < 10) {
            int p = a - 1;
            if (w.isWord(p)) {
                String lw = w.lower(p);
                // "Regina Ip from the pro-Beijing camp", "a spokesman for the port", "the Party in Goa"
                // "A BBC correspondent in Cairo": the place is a complement, the head comes before it
                boolean linksName = (lw.equals("from") || lw.equals("at") || lw.equals("for") || lw.equals("in"))
                        && !w.isCapitalized(p) && w.isWord(p - 1) && (w.isCapitalized(p - 1)
                        || !isClause(w, p - 1) && !ReportingCues.get().isVerb(w.lower(p - 1)));
                if (!linksName && (isClause(w, p) || Lexicon.PERSONAL_PRONOUNS.contains(lw) && !w.isCapitalized(p)
                        || ReportingCues.get().isVerb(lw))) {
                    break;
                }
                a = p;
            } else if (isNameDot(w, p) || w.isPunct(p, '-') && w.isWord(p - 1)
                    || w.isPunct(p, ',') && w.isCapitalized(p - 1) && commaInName.test(p)) {
                a = p - 1;
            } else {
                break;
            }
        }
        // drop lower-case words in front that are neither determiners nor part of a description
        while (a < j && w.isLowerCase(a) && !Lexicon.DETERMINERS.contains(w.lower(a))
                && !Lexicon.BARE_SPEAKERS.contains(w.lower(a)) && !(isParticle(w.lower(a)) && w.isCapitalized(a + 1))) {
            a++;
        }
        if (!plausible(w, a, j)) {
            return -1;
        }
        return range(a, j);
    }

    private static final java.util.Set<String> OPENING_PREPOSITIONS = Lexicon.words("in", "on", "at", "after",
            "during", "before", "according", "speaking", "addressing", "writing", "without", "while", "when",
            "yesterday", "today", "earlier", "later", "meanwhile", "however", "also", "separately", "specifically",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last", "from", "for",
            "with", "as", "since", "following", "asked", "responding", "reacting", "then", "still", "but", "and");

    /**
     * The subject at the start of a sentence ({@code w} starts there), past an opening adverbial
     * ending in a comma: "In a statement, the SDF ..." gives "the SDF"; "Trump, responding ..."
     * gives "Trump".
     */
    static long sentenceSubject(Words w) {
        int a = 0;
        while (a < w.size() && !w.isWord(a)) {
            a++;
        }
        if (a >= w.size()) {
            return -1;
        }
        if (OPENING_PREPOSITIONS.contains(w.lower(a))) {
            int c = a;
            while (c < w.size() && c < a + 16 && !w.isPunct(c, ',')) {
                c++;
            }
            if (!w.isPunct(c, ',')) {
                return -1;
            }
            a = c + 1;
        }
        if (!w.isWord(a)) {
            return -1;
        }
        String first = w.lower(a);
        if (Lexicon.PERSONAL_PRONOUNS.contains(first)) {
            return range(a, a);
        }
        boolean det = Lexicon.DETERMINERS.contains(first);
        if (!det && !w.isCapitalized(a) && !Lexicon.BARE_SPEAKERS.contains(first)) {
            return -1;
        }
        int b = a;
        boolean sawCapital = w.isCapitalized(a) && !det;
        while (b - a < 10) {
            int n = b + 1;
            if (w.isWord(n)) {
                String nw = w.lower(n);
                if (isClause(w, n) || ReportingCues.get().isVerb(nw)) {
                    break;
                }
                if (w.isCapitalized(n) || nw.equals("of") && w.isCapitalized(n + 1)) {
                    sawCapital = true;
                    b = n;
                } else if (!sawCapital && det && n - a <= 3) {
                    b = n; // "the acting Prime Minister", "a spokesman"
                } else {
                    break;
                }
            } else if (isNameDot(w, n) || w.isPunct(n, '-') && w.isWord(n + 1) && w.start(n + 1) == w.end(n)) {
                b = n + 1;
            } else {
                break;
            }
        }
        return plausible(w, a, b) ? range(a, b) : -1;
    }

    /** The speaker phrase starting at word {@code a}, after an inverted cue ("said Mayor Ana Ruiz"). */
    static long objectAfter(Words w, int a) {
        if (!w.isWord(a)) {
            return -1;
        }
        String lw = w.lower(a);
        if (Lexicon.PERSONAL_PRONOUNS.contains(lw)) {
            return range(a, a);
        }
        boolean det = Lexicon.DETERMINERS.contains(lw);
        if (!det && !w.isCapitalized(a) && !Lexicon.BARE_SPEAKERS.contains(lw)) {
            return -1;
        }
        int b = a;
        while (b - a < 9) {
            int n = b + 1;
            if (w.isWord(n)) {
                String nw = w.lower(n);
                if (isClause(w, n) && !nw.equals("of") || ReportingCues.get().isVerb(nw)) {
                    break;
                }
                if (nw.equals("of") && !w.isCapitalized(n + 1)) {
                    break;
                }
                if (!det && !w.isCapitalized(n) && !nw.equals("of")) {
                    break; // a name ends at the first lower-case word
                }
                b = n;
            } else if (isNameDot(w, n) || w.isPunct(n, '-') && w.isWord(n + 1) && w.start(n + 1) == w.end(n)) {
                b = n + 1;
            } else {
                break;
            }
        }
        while (b > a && w.isWord(b) && w.lower(b).equals("of")) {
            b--;
        }
        return plausible(w, a, b) ? range(a, b) : -1;
    }

    /** The longest run of capitalised words (with particles and name dots) ending at {@code b}. */
    static long nameRun(Words w, int from, int b) {
        if (!w.isCapitalized(b)) {
            return -1;
        }
        int a = b;
        while (a - 1 >= from) {
            int p = a - 1;
            if (w.isCapitalized(p) || w.isWord(p) && isParticle(w.lower(p)) && w.isCapitalized(p - 1)) {
                a = p;
            } else if (isNameDot(w, p)) {
                a = p - 1;
            } else {
                break;
            }
        }
        return a >= from ? range(a, b) : -1;
    }

    /** "tearfully", "angrily": a lower-case -ly word between a subject and its verb. */
    static boolean isMannerAdverb(Words w, int i) {
        String l = w.lower(i);
        return l.length() > 4 && l.endsWith("ly") && w.isLowerCase(i) && !l.equals("family") && !l.equals("italy")
                && !l.equals("assembly") && !l.equals("ally") && !l.equals("supply");
    }

    /** A clause word ends a phrase; "US" (the country) is not "us". */
    static boolean isClause(Words w, int i) {
        if (!Lexicon.CLAUSE_WORDS.contains(w.lower(i))) {
            return false;
        }
        String t = w.text(i);
        return !(t.length() > 1 && t.equals(t.toUpperCase(java.util.Locale.ROOT)));
    }

    static boolean isParticle(String lower) {
        return lower.equals("de") || lower.equals("van") || lower.equals("von") || lower.equals("da")
                || lower.equals("del") || lower.equals("der") || lower.equals("bin") || lower.equals("al")
                || lower.equals("la") || lower.equals("le") || lower.equals("di") || lower.equals("du");
    }

    /** A speaker phrase: a pronoun, a name, or a description starting with a determiner or bare noun. */
    static boolean plausible(Words w, int a, int b) {
        if (a > b || b - a > 12) {
            return false;
        }
        if (!w.isWord(b)) {
            return false;
        }
        String head = w.lower(b);
        if (a == b && (head.equals("one") || head.equals("another"))) {
            return true; // "one said": someone unnamed
        }
        if (isClause(w, b) || Lexicon.DETERMINERS.contains(head)) {
            return false;
        }
        if (w.isCapitalized(b)) {
            return true;
        }
        String first = w.lower(a);
        if (a == b) {
            return Lexicon.PERSONAL_PRONOUNS.contains(first) || Lexicon.BARE_SPEAKERS.contains(first)
                    || first.equals("one") || first.equals("another");
        }
        return Lexicon.DETERMINERS.contains(first) || w.isCapitalized(a) || Lexicon.BARE_SPEAKERS.contains(head);
    }
}
