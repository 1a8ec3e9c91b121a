package dev.analyze.claims;

import dev.analyze.document.Document;
import dev.analyze.document.Sentence;
import dev.analyze.document.Token;
import dev.analyze.document.TokenKind;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sentences that are furniture, not content: datelines ("WASHINGTON (Reuters) -"), bylines
 * ("By Jane Doe"), date lines, captions and "Read more" / "Sources" trailers, and fragments too
 * short to claim anything.
 */
final class Boilerplate {

    private static final Pattern BYLINE = Pattern.compile(
            "(?i)^(by|from|written by|reporting by|edited by)\\s+\\p{Lu}[\\p{L}.'\\- ]{0,60}(,.{0,40})?$");
    private static final Pattern DATELINE = Pattern.compile(
            "^[\\p{Lu}][\\p{Lu} ,.'\\-]{1,40}(\\([\\p{L} .]{1,30}\\))?\\s*[-\u2013\u2014:]*\\s*$");
    private static final Pattern DATE = Pattern.compile(
            "(?i)^((monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s*)?"
            + "(\\p{L}+\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+\\p{L}+\\s+\\d{4}|\\d{4}-\\d\\d-\\d\\d)\\.?$");
    private static final Set<String> TRAILERS = Set.of("read more", "related", "related news", "sources",
            "source", "see also", "external links", "advertisement", "share this", "follow us",
            "subscribe", "photo", "image", "file photo", "copyright", "all rights reserved");
    private static final Pattern CAPTION = Pattern.compile(
            "(?i)\\(?(photo|image|picture|video|file)( credit)?\\s*:|read more\\b|click here\\b|"
            + "copyright\\b|\\u00a9|all rights reserved");

    private Boilerplate() {
    }

    /** True for a sentence that should never be a summary sentence or a claim. */
    static boolean is(Document doc, Sentence s) {
        int words = 0;
        List<Token> ts = s.tokens();
        for (int iT = 0; iT < ts.size(); iT++) {
            Token t = ts.get(iT);
            if (t.isWord()) {
                words++;
            }
        }
        if (words < 3) {
            return true;
        }
        if (s.end() - s.start() <= 120) {
            String text = doc.text(s).strip();
            String lower = stripStops(text.toLowerCase(Locale.ROOT)).strip();
            // each pattern is tried only when the text's first or last character allows a match
            if (TRAILERS.contains(lower) || mayBeByline(text) && BYLINE.matcher(text).matches()
                    || mayBeDateline(text) && DATELINE.matcher(text).matches()
                    || mayBeDate(text) && DATE.matcher(text).matches()) {
                return true;
            }
        }
        String head = doc.text().substring(s.start(), Math.min(s.end(), s.start() + 40));
        return mayBeCaption(head) && CAPTION.matcher(head).lookingAt() || isUrlOnly(s.tokens());
    }

    /** {@code s.replaceAll("[:.]+$", "")}. */
    private static String stripStops(String s) {
        int e = s.length();
        while (e > 0 && (s.charAt(e - 1) == ':' || s.charAt(e - 1) == '.')) {
            e--;
        }
        return s.substring(0, e);
    }

    /** BYLINE starts with "by", "from", "written", "reporting" or "edited" (any case). */
    private static boolean mayBeByline(String text) {
        return !text.isEmpty() && "bfwreBFWRE".indexOf(text.charAt(0)) >= 0;
    }

    /** DATELINE starts with an upper-case letter followed by another or by one of " ,.'-". */
    private static boolean mayBeDateline(String text) {
        return text.length() >= 2 && Character.isUpperCase(text.charAt(0))
                && (Character.isUpperCase(text.charAt(1)) || " ,.'-".indexOf(text.charAt(1)) >= 0);
    }

    /** DATE ends with an ASCII digit, or a digit and a full stop. */
    private static boolean mayBeDate(String text) {
        int k = text.length() - 1;
        if (k >= 0 && text.charAt(k) == '.') {
            k--;
        }
        return k >= 0 && text.charAt(k) >= '0' && text.charAt(k) <= '9';
    }

    /** CAPTION starts with "(", "photo", "image", "picture", "video", "file", "read", "click", "copyright", "\u00a9", "all". */
    private static boolean mayBeCaption(String head) {
        return !head.isEmpty() && "(pPiIvVfFrRcCaA\u00a9".indexOf(head.charAt(0)) >= 0;
    }

    private static boolean isUrlOnly(List<Token> toks) {
        long urls = 0;
        long words = 0;
        for (int iT = 0; iT < toks.size(); iT++) {
            Token t = toks.get(iT);
            if (t.kind() == TokenKind.URL || t.kind() == TokenKind.EMAIL) {
                urls++;
            }
            if (t.isWord()) {
                words++;
            }
        }
        return urls > 0 && urls * 2 >= words;
    }
}
