package dev.analyze.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text, strictly: a BOM picks UTF-8/UTF-16 and is dropped; binary data and invalid
 * sequences are errors that name the byte offset, never silently replaced.
 */
public final class TextDecoder {

    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes} read from {@code source}.
     *
     * @param charset the charset to use, or {@code null} for UTF-8 (or the BOM's)
     */
    public static String decode(String source, byte[] bytes, Charset charset) throws LoadException {
        int offset = 0;
        Charset cs = charset;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            offset = 3;
            cs = StandardCharsets.UTF_8;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            offset = 2;
            cs = StandardCharsets.UTF_16BE;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            offset = 2;
            cs = StandardCharsets.UTF_16LE;
        }
        if (cs == null) {
            cs = StandardCharsets.UTF_8;
        }
        boolean utf16 = cs.name().startsWith("UTF-16");
        if (!utf16) {
            int nul = indexOfBinary(bytes, offset);
            if (nul >= 0) {
                throw new LoadException(source, "looks like a binary file (NUL byte at offset " + nul + ")");
            }
        }
        if (cs.equals(StandardCharsets.UTF_8)) {
            // the JDK's own decoding is much faster; it replaces malformed input with U+FFFD, so
            // only text holding one is decoded again, strictly, to find the error (if any)
            String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return text;
            }
        }
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) ((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            // a byte-order mark overrides --encoding, so suggesting that option would not help
            String hint = offset > 0 ? " (the file starts with a " + cs.name() + " byte-order mark)"
                    : charset == null ? " (try --encoding, e.g. --encoding windows-1252)" : "";
            throw new LoadException(source, "not valid " + cs.name() + " at byte " + in.position() + hint);
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new LoadException(source, "not valid " + cs.name() + " at end of file");
        }
        out.flip();
        String text = out.toString();
        if (utf16 && text.indexOf('\0') >= 0) {
            throw new LoadException(source, "looks like a binary file (NUL character in text)");
        }
        return text;
    }

    /** Validates without keeping the result: used for charset names given by the user. */
    public static Charset charset(String name) throws LoadException {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new LoadException("--encoding", "unknown encoding '" + name + "'");
        }
    }

    private static int indexOfBinary(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

}
