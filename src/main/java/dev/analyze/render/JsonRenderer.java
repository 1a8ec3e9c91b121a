package dev.analyze.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * JSON: one object per document ({"schema", "document", extras..., items}); several documents
 * make an array. JSON Lines: one object per item, each with "schema" and "document".
 */
final class JsonRenderer implements Renderer {

    private static final JsonFactory FACTORY = new JsonFactoryBuilder().characterEscapes(new TerminalSafeEscapes()).build();

    /**
     * JSON escapes C0 controls already; DEL, C1 controls (U+0080..U+009F, which some terminals
     * obey) and bidirectional overrides are escaped too, so JSON shown on a terminal is inert.
     */
    static final class TerminalSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

        TerminalSafeEscapes() {
            ascii[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            boolean c1 = ch >= 0x80 && ch <= 0x9F;
            boolean bidi = (ch >= 0x202A && ch <= 0x202E) || (ch >= 0x2066 && ch <= 0x2069) || ch == 0x200E
                    || ch == 0x200F || ch == 0x061C;
            return c1 || bidi ? new SerializedString(String.format("\\u%04X", ch)) : null;
        }
    }

    private final Output output;
    private final boolean lines;
    private boolean array;
    private boolean first = true;

    JsonRenderer(Output output, boolean lines) {
        this.output = output;
        this.lines = lines;
    }

    @Override
    public void begin(int documents) {
        array = !lines && documents != 1;
        if (array) {
            output.out().print("[");
        }
    }

    @Override
    public void write(Report<?> report) {
        try {
            if (lines) {
                for (Object item : report.items()) {
                    JsonGenerator g = generator(false);
                    g.writeStartObject();
                    g.writeStringField("schema", report.schema());
                    boolean record = item.getClass().isRecord();
                    // an item that names its document itself (word statistics) must not get the key twice
                    if (!report.document().isEmpty() && !(record && JsonValues.hasField(item.getClass(), "document"))) {
                        g.writeStringField("document", report.document());
                    }
                    if (record) {
                        JsonValues.writeFields(g, item);
                    } else {
                        g.writeFieldName("value");
                        JsonValues.write(g, item);
                    }
                    g.writeEndObject();
                    g.flush();
                    output.out().print('\n');
                }
            } else {
                if (array) {
                    output.out().print(first ? "\n" : ",\n");
                }
                first = false;
                JsonGenerator g = generator(true);
                g.writeStartObject();
                g.writeStringField("schema", report.schema());
                if (!report.document().isEmpty()) {
                    g.writeStringField("document", report.document());
                }
                for (Map.Entry<String, Object> e : report.extras().entrySet()) {
                    g.writeFieldName(e.getKey());
                    JsonValues.write(g, e.getValue());
                }
                g.writeFieldName(report.itemsField());
                JsonValues.write(g, report.items());
                g.writeEndObject();
                g.flush();
                if (!array) {
                    output.out().print('\n');
                }
            }
            output.out().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonGenerator generator(boolean pretty) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(output.out());
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (pretty) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
        }
        return g;
    }

    @Override
    public void end() {
        if (array) {
            output.out().print(first ? "]\n" : "\n]\n");
        }
        output.out().flush();
    }
}
