package dev.analyze.render;

import com.fasterxml.jackson.core.JsonFactory;
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

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

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
                    if (!report.document().isEmpty()) {
                        g.writeStringField("document", report.document());
                    }
                    if (item.getClass().isRecord()) {
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
