package dev.analyze.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextDecoderTest {

    /** FE FF, "Ti", then a high surrogate followed by "x": UTF-16BE that its BOM announces, broken at byte 6. */
    private static final byte[] BROKEN_UTF16BE = {(byte) 0xFE, (byte) 0xFF, 0, 'T', 0, 'i', (byte) 0xD8, 0, 0, 'x'};

    @Test
    void aBrokenTextWhoseByteOrderMarkChoseTheEncodingDoesNotSuggestEncodingOption() throws Exception {
        for (var charset : new java.nio.charset.Charset[] {null, TextDecoder.charset("windows-1252")}) {
            LoadException e = assertThrows(LoadException.class, () -> TextDecoder.decode("b.txt", BROKEN_UTF16BE, charset));
            assertEquals("b.txt: not valid UTF-16BE at byte 6 (the file starts with a UTF-16BE byte-order mark)",
                    e.getMessage());
            assertFalse(e.getMessage().contains("--encoding"), "--encoding cannot help: the mark decides");
        }
    }

    @Test
    void withoutAByteOrderMarkTheHintNamesEncodingOption() {
        LoadException e = assertThrows(LoadException.class,
                () -> TextDecoder.decode("l.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9}, null));
        assertTrue(e.getMessage().endsWith("(try --encoding, e.g. --encoding windows-1252)"), e.getMessage());
    }
}
