package dev.analyze.claims;

import dev.analyze.document.Sentence;
import dev.analyze.document.Token;
import dev.analyze.document.TokenKind;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How much a sentence reads like a checkable claim, from surface cues: quantities ("50,000",
 * "two-thirds", "doubled"), comparisons ("more than", "biggest"), obligations and predictions
 * ("must", "has to", "will"). Attribution is scored by the caller, which knows the speaker.
 */
final class ClaimWorthiness {

    private static final Set<String> NUMBER_WORDS = Set.of("hundred", "hundreds", "thousand", "thousands",
            "million", "millions", "billion", "billions", "trillion", "dozen", "dozens", "percent",
            "half", "third", "thirds", "quarter", "twice", "doubled", "tripled", "halved", "two", "three",
            "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty",
            "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
    private static final Set<String> COMPARISONS = Set.of("more", "less", "fewer", "most", "least", "than",
            "record", "biggest", "largest", "highest", "lowest", "worst", "best", "first", "only",
            "greater", "greatest", "major", "critical", "rising", "fell", "rose", "increased", "decreased",
            "declined", "dropped", "surged", "soared");
    private static final Set<String> OBLIGATIONS = Set.of("must", "should", "cannot", "can't", "need", "needs",
            "needed", "will", "won't", "would", "ought", "necessary", "responsible", "blame", "clear");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(1[89]|20)\\d\\d");
    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{1,2}(st|nd|rd|th)?");

    private ClaimWorthiness() {
    }

    /** Whether the sentence states a quantity (dates and clock times do not count). */
    static boolean hasQuantity(List<Token> toks) {
        return hasQuantity(toks, lowerCase(toks));
    }

    /** As above, with {@code lower} the tokens' texts in lower case ({@link #lowerCase}). */
    static boolean hasQuantity(List<Token> toks, String[] lower) {
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (t.kind() == TokenKind.NUMBER) {
                if (isDate(lower, i, lower[i])) {
                    continue;
                }
                return true;
            }
            if (t.kind() == TokenKind.WORD) {
                String w = lower[i];
                if (NUMBER_WORDS.contains(w) || w.contains("-thirds") || w.endsWith("-fold")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The tokens' texts in lower case (root locale), computed once for the several passes over a sentence. */
    static String[] lowerCase(List<Token> toks) {
        String[] lower = new String[toks.size()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = toks.get(i).text().toLowerCase(Locale.ROOT);
        }
        return lower;
    }

    private static boolean isDate(String[] lower, int i, String w) {
        if (w.contains(":")) {
            return true;
        }
        if (YEAR.matcher(w).matches()) {
            return true;
        }
        boolean monthBefore = i > 0 && MONTHS.contains(lower[i - 1]);
        boolean monthAfter = i + 1 < lower.length && MONTHS.contains(lower[i + 1]);
        return (monthBefore || monthAfter) && DAY.matcher(w).matches();
    }

    /** A score in [0, 1] from quantity, comparison and obligation cues. */
    static double score(Sentence s) {
        List<Token> toks = s.tokens();
        String[] lower = lowerCase(toks);
        return score(toks, lower, hasQuantity(toks, lower));
    }

    /** As above, from the tokens, their lower-case texts and whether they state a quantity. */
    static double score(List<Token> toks, String[] lower, boolean quantity) {
        double score = quantity ? 0.5 : 0;
        boolean comparison = false;
        boolean obligation = false;
        for (int i = 0; i < toks.size() && !(comparison && obligation); i++) {
            Token t = toks.get(i);
            if (t.kind() != TokenKind.WORD) {
                continue;
            }
            String w = lower[i];
            comparison = comparison || COMPARISONS.contains(w) || (w.endsWith("est") && w.length() > 5 && i > 0
                    && toks.get(i - 1).text().equalsIgnoreCase("the"));
            obligation = obligation || OBLIGATIONS.contains(w) || ((w.equals("has") || w.equals("have")
                    || w.equals("had")) && i + 1 < toks.size() && toks.get(i + 1).text().equalsIgnoreCase("to"));
        }
        if (comparison) {
            score += 0.25;
        }
        if (obligation) {
            score += 0.25;
        }
        return Math.min(1.0, score);
    }
}
