package dev.analyze.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tokenizer for news English: words with inner hyphens/apostrophes, numbers, URLs, e-mail. */
public final class NewsTokenizer implements Tokenizer {

    private static final Pattern TOKEN = Pattern.compile(
            "(?<url>https?://\\S+[^\\s.,;:!?\"')\\]]|www\\.\\S+[^\\s.,;:!?\"')\\]])"
            + "|(?<email>[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)"
            + "|(?<number>[$€£]?\\d+(?:[.,:]\\d+)*(?:%|bn|m|s|th|st|nd|rd)?)"
            + "|(?<word>\\p{L}[\\p{L}\\p{M}\\d]*(?:[-'\u2019]\\p{L}[\\p{L}\\p{M}\\d]*)*)"
            + "|(?<punct>\\p{P})"
            + "|(?<other>\\S)");

    @Override
    public List<Token> tokenize(String text, int start, int end) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(start, end);
        while (m.find()) {
            TokenKind kind = m.group("url") != null ? TokenKind.URL
                    : m.group("email") != null ? TokenKind.EMAIL
                    : m.group("number") != null ? TokenKind.NUMBER
                    : m.group("word") != null ? TokenKind.WORD
                    : m.group("punct") != null ? TokenKind.PUNCTUATION
                    : TokenKind.SYMBOL;
            out.add(new Token(m.group(), m.start(), m.end(), kind));
        }
        return out;
    }
}
