package dev.analyze.claims;

import dev.analyze.document.Document;
import dev.analyze.document.Sentence;
import dev.analyze.document.Span;
import dev.analyze.document.Token;
import dev.analyze.document.TokenKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds indirect and reported speech in one sentence: a reporting verb with its subject
 * ("Kerry said that ...", "..., the company said.", "..., said Bash."), "according to SOURCE",
 * and the headline forms "Claim: Speaker" / "Speaker: Claim". Reporting verbs inside quotation
 * marks are the quoted person's words, not the article's attribution, and are skipped.
 *
 * <p>Works on the sentence's tokens only, left to right, with a bounded look-around: linear.
 */
final class AttributionFinder {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "de", "del", "da", "al", "bin",
            "von", "van", "der", "du", "le", "la");
    /** Words that may stand between a subject and its verb, or between a verb and its clause. */
    private static final Set<String> ADVERBS = Set.of("also", "today", "yesterday", "tonight", "later",
            "earlier", "further", "then", "previously", "recently", "again", "once", "publicly",
            "reportedly", "has", "had", "have", "subsequently", "late", "last", "night", "week",
            "month", "year", "morning", "afternoon", "evening", "this", "on", "privately",
            "repeatedly", "separately", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "now", "however", "personally", "officially", "in", "a", "an",
            "statement", "interview", "press", "conference", "briefing", "release", "reporters",
            "journalists", "the", "media", "separate", "written", "televised", "speech");
    /** Verbs whose object (told reporters, asked the court) comes before the clause. */
    private static final Set<String> OBJECT_VERBS = Set.of("told", "tells", "asked", "asks", "urged",
            "urges", "warned", "warns", "promised", "promises", "assured", "reminded");

    /**
     * Verbs that also take a plain noun-phrase object ("announced a withdrawal", "claimed
     * victory"): then they report an act, not words, unless "that", a colon or a quote follows.
     */
    private static final Set<String> ACT_VERBS = Set.of("announced", "announces", "confirmed", "confirms",
            "revealed", "reveals", "disclosed", "discloses", "alleged", "alleges", "denied", "denies",
            "reported", "reports", "claimed", "claims", "declared", "declares", "described", "describes",
            "promised", "promises", "pledged", "pledges", "vowed", "vows", "agreed", "agrees", "expected",
            "expects", "hoped", "hopes", "feared", "fears", "urged", "urges", "asked", "asks");

    private static final Set<String> SHORT_FORMS = Set.of("Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Sen",
            "Rep", "Gov", "Lt", "Col", "Prof", "Rev", "Sgt", "Capt");

    private final Set<String> verbs = WordLists.reportingVerbs();
    private final Set<String> roles = WordLists.roles();

    /** The attribution of {@code sentence}, if it has one. */
    Optional<Attribution> find(Document doc, Sentence sentence, QuoteMask mask, boolean heading) {
        return find(doc, sentence, mask, heading, ClaimWorthiness.lowerCase(sentence.tokens()));
    }

    /** As above, with {@code low} the sentence's tokens in lower case ({@link ClaimWorthiness#lowerCase}). */
    Optional<Attribution> find(Document doc, Sentence sentence, QuoteMask mask, boolean heading, String[] low) {
        List<Token> toks = sentence.tokens();
        if (toks.size() < 3) {
            return Optional.empty();
        }
        if (heading) {
            Optional<Attribution> h = headline(toks);
            if (h.isPresent()) {
                return h;
            }
        }
        // a speaker's own verb beats "according to" (often the outlet that reported it)
        Optional<Attribution> verb = verbAttribution(doc, sentence, toks, low, mask, heading);
        return verb.isPresent() ? verb : accordingTo(doc, sentence, toks, low, mask);
    }

    private Optional<Attribution> verbAttribution(Document doc, Sentence sentence, List<Token> toks, String[] low,
            QuoteMask mask,
            boolean heading) {
        // a capitalised verb is a verb only in a Title Case headline; elsewhere "States" in
        // "United States military kills ..." is part of a name
        boolean titleCase = heading && titleCase(toks);
        for (int v = 0; v < toks.size(); v++) {
            Token t = toks.get(v);
            if (t.kind() != TokenKind.WORD || mask.inside(t.start())) {
                continue;
            }
            String w = low[v];
            if (!verbs.contains(w) || (!titleCase && Character.isUpperCase(t.text().charAt(0)))) {
                continue;
            }
            Optional<Attribution> a = inverted(doc, sentence, toks, low, v);
            if (a.isEmpty()) {
                a = subjectFirst(doc, sentence, toks, low, v, mask);
            }
            if (a.isPresent()) {
                return a;
            }
        }
        return Optional.empty();
    }

    /** "Claim: Speaker" (speaker 1-4 capitalised words) or "Speaker: Claim" (1-3 words). */
    private Optional<Attribution> headline(List<Token> toks) {
        int colon = -1;
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).text().equals(":")) {
                colon = i;
            }
        }
        if (colon <= 0 || colon >= toks.size() - 1) {
            return Optional.empty();
        }
        int tail = colon + 1;
        int end = toks.size();
        while (end > tail && toks.get(end - 1).kind() == TokenKind.PUNCTUATION) {
            end--;
        }
        if (end - tail >= 1 && end - tail <= 4 && allCapitalised(toks, tail, end) && colon >= 4) {
            return Optional.of(new Attribution(span(toks, tail, end), span(toks, 0, colon), ":",
                    Attribution.Form.HEADLINE));
        }
        if (colon <= 3 && allCapitalised(toks, 0, colon) && toks.size() - colon > 5) {
            return Optional.of(new Attribution(span(toks, 0, colon), span(toks, colon + 1, toks.size()),
                    ":", Attribution.Form.HEADLINE));
        }
        return Optional.empty();
    }

    private Optional<Attribution> accordingTo(Document doc, Sentence s, List<Token> toks, String[] low, QuoteMask mask) {
        for (int i = 0; i + 2 < toks.size(); i++) {
            if (!low[i].equals("according") || !low[i + 1].equals("to")
                    || mask.inside(toks.get(i).start())) {
                continue;
            }
            int a = i + 2;
            int b = a;
            while (b < toks.size() && b - a < 12 && !isBreak(doc, toks, b)) {
                b++;
            }
            if (b == a) {
                return Optional.empty();
            }
            Span source = span(toks, a, b);
            if (firstWordIndex(toks) == i) {
                // According to SOURCE, CLAUSE
                int c = b;
                while (c < toks.size() && toks.get(c).kind() == TokenKind.PUNCTUATION) {
                    c++;
                }
                if (c >= toks.size()) {
                    return Optional.empty();
                }
                return Optional.of(new Attribution(source, new Span(toks.get(c).start(), s.end()),
                        "according to", Attribution.Form.ACCORDING_TO));
            }
            int c = i;
            while (c > 0 && isSeparator(toks.get(c - 1))) {
                c--;
            }
            if (c == 0) {
                return Optional.empty();
            }
            return Optional.of(new Attribution(source, new Span(s.start(), toks.get(c - 1).end()),
                    "according to", Attribution.Form.ACCORDING_TO));
        }
        return Optional.empty();
    }

    /** {@code CLAUSE, said SOURCE} / {@code "QUOTE," said SOURCE}. */
    private Optional<Attribution> inverted(Document doc, Sentence s, List<Token> toks, String[] low, int v) {
        int p = v - 1;
        while (p >= 0 && isQuoteMark(toks.get(p))) {
            p--;
        }
        if (p < 1 || !(toks.get(p).text().equals(",") || toks.get(p).text().equals("?")
                || toks.get(p).text().equals("!")) || v + 1 >= toks.size()) {
            return Optional.empty();
        }
        int a = v + 1;
        int b = a;
        boolean named = false;
        while (b < toks.size() && b - a < 10 && !isBreak(doc, toks, b)) {
            Token t = toks.get(b);
            String w = low[b];
            if (t.kind() == TokenKind.WORD && (isCapitalised(t) || roles.contains(w))) {
                named = true;
            } else if (!(t.kind() == TokenKind.WORD && (DETERMINERS.contains(w) || CONNECTORS.contains(w)))
                    && !isAbbreviationDot(toks, b)) {
                break;
            }
            b++;
        }
        if (!named) {
            return Optional.empty();
        }
        int c = p;
        while (c > 0 && isSeparator(toks.get(c - 1))) {
            c--;
        }
        // keep a closing quote mark with its quote
        int clauseEnd = toks.get(Math.max(0, p - 1)).end();
        if (p + 1 < v && isQuoteMark(toks.get(p + 1))) {
            clauseEnd = toks.get(p + 1).end();
        }
        if (c == 0) {
            return Optional.empty();
        }
        return Optional.of(new Attribution(span(toks, a, b), new Span(s.start(), clauseEnd),
                toks.get(v).text(), Attribution.Form.INVERTED));
    }

    /** {@code SOURCE said (that) CLAUSE} or, with nothing after the verb, {@code CLAUSE, SOURCE said}. */
    private Optional<Attribution> subjectFirst(Document doc, Sentence s, List<Token> toks, String[] low, int v,
            QuoteMask mask) {
        int p = v - 1;
        while (p >= 0 && toks.get(p).kind() == TokenKind.WORD && ADVERBS.contains(low[p])
                && !DETERMINERS.contains(low[p])) {
            p--;
        }
        if (p < 0) {
            return Optional.empty();
        }
        int[] np = subject(doc, toks, low, p);
        if (np == null) {
            return Optional.empty();
        }
        Span source = span(toks, np[0], np[1] + 1);
        String verb = low[v];
        int c = clauseStart(doc, toks, low, v, verb, mask);
        if (ACT_VERBS.contains(verb) && !speechFollows(toks, low, v, c, mask)) {
            return Optional.empty();
        }
        int wordsAfter = 0;
        for (int k = c; k < toks.size() && wordsAfter <= 3; k++) {
            if (toks.get(k).isWord()) {
                wordsAfter++;
            }
        }
        boolean dashAfter = c < toks.size() && isSeparator(toks.get(c)) && !isQuoteMark(toks.get(c));
        if (wordsAfter <= 3 || dashAfter) {
            // CLAUSE, SOURCE said (Sunday).
            int e = np[0];
            while (e > 0 && isSeparator(toks.get(e - 1)) && !isQuoteMark(toks.get(e - 1))) {
                e--;
            }
            if (e == 0) {
                return Optional.empty();
            }
            int end = toks.get(e - 1).end();
            // `"...," Kerry said`: the comma sits inside the closing mark
            if (isQuoteMark(toks.get(e - 1)) && e >= 2 && toks.get(e - 2).text().equals(",")) {
                end = e >= 3 ? toks.get(e - 3).end() : end;
            }
            return Optional.of(new Attribution(source, new Span(s.start(), end), toks.get(v).text(),
                    Attribution.Form.SUFFIX));
        }
        return Optional.of(new Attribution(source, new Span(toks.get(c).start(), s.end()), toks.get(v).text(),
                Attribution.Form.PREFIX));
    }

    /**
     * The subject phrase ending at token {@code p}: a pronoun, a name with its titles ("US
     * Secretary of State John Kerry"), a description ("the ministry", "police"), or the name before
     * an appositive ("Nancy Pelosi, the Speaker of the House,"). Null when there is none.
     */
    private int[] subject(Document doc, List<Token> toks, String[] low, int p) {
        Token last = toks.get(p);
        if (last.text().equals(",")) {
            // NAME, APPOSITIVE, said
            int q = p - 1;
            while (q > 0 && p - q < 14 && !toks.get(q).text().equals(",")) {
                q--;
            }
            if (q <= 0 || !toks.get(q).text().equals(",")) {
                return null;
            }
            int[] np = phrase(doc, toks, low, q - 1);
            // the whole "NAME, APPOSITIVE," (or "DESCRIPTION, NAME,"): the resolver picks the person
            return np != null && hasName(toks, np) ? new int[] {np[0], p - 1} : null;
        }
        if (last.kind() == TokenKind.WORD && PRONOUNS.contains(low[p])) {
            return new int[] {p, p};
        }
        return phrase(doc, toks, low, p);
    }

    private int[] phrase(Document doc, List<Token> toks, String[] low, int p) {
        if (p < 0) {
            return null;
        }
        int first = -1;
        boolean content = false;
        for (int j = p; j >= 0 && p - j < 12; j--) {
            Token t = toks.get(j);
            String w = low[j];
            if (t.kind() == TokenKind.WORD) {
                if (DETERMINERS.contains(w)) {
                    if (content) {
                        first = j;
                    }
                    break;
                }
                if (isCapitalised(t) || roles.contains(w)) {
                    first = j;
                    content = true;
                    continue;
                }
                if (CONNECTORS.contains(w) && content) {
                    first = j;
                    continue;
                }
                break;
            }
            if (isAbbreviationDot(toks, j) || (t.text().equals("-") && j > 0 && j < p)) {
                first = j;
                continue;
            }
            break;
        }
        if (!content) {
            return null;
        }
        while (first < p && toks.get(first).kind() == TokenKind.WORD && CONNECTORS.contains(low[first])) {
            first++;
        }
        while (first < p && toks.get(first).kind() == TokenKind.PUNCTUATION) {
            first++;
        }
        return new int[] {first, p};
    }

    private boolean hasName(List<Token> toks, int[] np) {
        for (int k = np[0]; k <= np[1]; k++) {
            if (isCapitalised(toks.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** A "that", colon or quotation between the verb and the clause start (or opening it). */
    private static boolean speechFollows(List<Token> toks, String[] low, int v, int c, QuoteMask mask) {
        int n = toks.size();
        if (v + 1 >= n) {
            return true; // "..., officials confirmed."
        }
        for (int k = v + 1; k <= Math.min(c, n - 1); k++) {
            Token t = toks.get(k);
            String w = low[k];
            if (w.equals("that") || w.equals(":") || isQuoteMark(t) || mask.inside(t.start())) {
                return true;
            }
        }
        return false;
    }

    /** Index of the first token of the reported clause after verb {@code v}. */
    private int clauseStart(Document doc, List<Token> toks, String[] low, int v, String verb, QuoteMask mask) {
        int n = toks.size();
        // "said (on Friday) that ...": the clause follows "that"
        for (int k = v + 1; k < n && k <= v + 9; k++) {
            Token t = toks.get(k);
            if (isQuoteMark(t) || mask.inside(t.start())) {
                break;
            }
            if (low[k].equals("that") && t.kind() == TokenKind.WORD) {
                return Math.min(n, k + 1);
            }
        }
        int k = v + 1;
        if (OBJECT_VERBS.contains(verb)) {
            int j = k;
            while (j < n && j - k < 8 && !isBreak(doc, toks, j) && !isQuoteMark(toks.get(j))) {
                j++;
            }
            if (j < n && (toks.get(j).text().equals(",") || toks.get(j).text().equals(":"))) {
                k = j;
            }
        }
        while (k < n) {
            Token t = toks.get(k);
            String w = low[k];
            boolean skippable = (t.kind() == TokenKind.WORD && ADVERBS.contains(w)
                    && !(k + 1 < n && toks.get(k + 1).isWord() && !ADVERBS.contains(low[k + 1])
                        && (w.equals("the") || w.equals("a") || w.equals("an") || w.equals("this")
                            || w.equals("in") || w.equals("on"))))
                    || t.text().equals(",") || t.text().equals(":");
            if (!skippable) {
                break;
            }
            k++;
        }
        return Math.min(k, n);
    }

    private static int firstWordIndex(List<Token> toks) {
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).isWord()) {
                return i;
            }
        }
        return -1;
    }

    /** Most words of four letters or more capitalised, as in "Kerry Says Pakistan Must Act". */
    private static boolean titleCase(List<Token> toks) {
        int words = 0;
        int caps = 0;
        for (int iT = 0; iT < toks.size(); iT++) {
            Token t = toks.get(iT);
            if (t.kind() == TokenKind.WORD && t.text().length() >= 4) {
                words++;
                if (Character.isUpperCase(t.text().charAt(0))) {
                    caps++;
                }
            }
        }
        return words > 0 && caps * 5 >= words * 4;
    }

    private static boolean allCapitalised(List<Token> toks, int from, int to) {
        boolean any = false;
        for (int i = from; i < to; i++) {
            Token t = toks.get(i);
            if (t.kind() == TokenKind.WORD) {
                if (!isCapitalised(t)) {
                    return false;
                }
                any = true;
            } else if (!t.text().equals(".")) {
                return false;
            }
        }
        return any;
    }

    static boolean isCapitalised(Token t) {
        return t.kind() == TokenKind.WORD && Character.isUpperCase(t.text().codePointAt(0));
    }

    static boolean isQuoteMark(Token t) {
        String x = t.text();
        return x.length() == 1 && "\"'\u201C\u201D\u2018\u2019\u00AB\u00BB\u201E".indexOf(x.charAt(0)) >= 0;
    }

    /** Punctuation that ends a phrase: commas, dashes, brackets, quote marks, final stops. */
    private static boolean isBreak(Document doc, List<Token> toks, int i) {
        Token t = toks.get(i);
        if (t.kind() != TokenKind.PUNCTUATION && t.kind() != TokenKind.SYMBOL) {
            return false;
        }
        if (t.text().equals(".")) {
            return !isAbbreviationDot(toks, i);
        }
        return !t.text().equals("'") && !t.text().equals("&");
    }

    private static boolean isSeparator(Token t) {
        return t.kind() == TokenKind.PUNCTUATION || t.kind() == TokenKind.SYMBOL;
    }

    /** The dot of "U.S." or "Mr.": the word before it is one or two letters, or a known short form. */
    private static boolean isAbbreviationDot(List<Token> toks, int i) {
        if (!toks.get(i).text().equals(".") || i == 0) {
            return false;
        }
        Token prev = toks.get(i - 1);
        if (prev.kind() != TokenKind.WORD || prev.end() != toks.get(i).start()) {
            return false;
        }
        String w = prev.text();
        return (w.length() <= 2 && Character.isUpperCase(w.charAt(0))) || SHORT_FORMS.contains(w);
    }

    private static Span span(List<Token> toks, int from, int to) {
        return new Span(toks.get(from).start(), toks.get(to - 1).end());
    }
}
