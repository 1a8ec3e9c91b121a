package dev.analyze.document;

/**
 * A document's text with its characters in an array: the splitter and tokenizer read every
 * character, and under the quick JIT of one-shot runs {@code String.charAt} costs several times
 * an array read (a call of its own for text outside Latin-1). Offsets are the string's; the
 * few other String methods the scanners use go to the string.
 */
final class Chars implements CharSequence {

    private final String string;
    private final char[] chars;

    Chars(String string) {
        this.string = string;
        this.chars = string.toCharArray();
    }

    @Override
    public int length() {
        return chars.length;
    }

    @Override
    public char charAt(int i) {
        return chars[i];
    }

    int codePointAt(int i) {
        char c = chars[i];
        // below the surrogates a char is its code point; small enough for C1 to inline
        return c < Character.MIN_HIGH_SURROGATE ? c : Character.codePointAt(chars, i);
    }

    String substring(int a, int b) {
        return string.substring(a, b);
    }

    boolean startsWith(String prefix, int at) {
        return string.startsWith(prefix, at);
    }

    boolean regionMatches(boolean ignoreCase, int at, String other, int from, int length) {
        return string.regionMatches(ignoreCase, at, other, from, length);
    }

    int indexOf(char c, int from) {
        return string.indexOf(c, from);
    }

    int lastIndexOf(char c, int from) {
        return string.lastIndexOf(c, from);
    }

    @Override
    public CharSequence subSequence(int a, int b) {
        return string.subSequence(a, b);
    }

    @Override
    public String toString() {
        return string;
    }
}
