package dev.analyze.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.analyze.Labelled;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes result records as JSON from their components, so one record type drives every format
 * and JSON field names are the component names. Optional empty is null; enums use their label.
 */
public final class JsonValues {

    private static final ClassValue<List<Accessor>> ACCESSORS = new ClassValue<>() {
        @Override
        protected List<Accessor> computeValue(Class<?> type) {
            List<Accessor> out = new ArrayList<>();
            for (RecordComponent rc : type.getRecordComponents()) {
                Method m = rc.getAccessor();
                m.setAccessible(true);
                out.add(new Accessor(rc.getName(), m));
            }
            return List.copyOf(out);
        }
    };

    private record Accessor(String name, Method method) {
    }

    private JsonValues() {
    }

    public static void write(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof Optional<?> o) {
            write(g, o.orElse(null));
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isFinite(d)) {
                g.writeNumber(d);
            } else {
                g.writeNull();
            }
        } else if (value instanceof Number n) {
            g.writeNumber(n.toString());
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Labelled l) {
            g.writeString(l.label());
        } else if (value instanceof Enum<?> e) {
            g.writeString(e.name());
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof Collection<?> c) {
            g.writeStartArray();
            for (Object o : c) {
                write(g, o);
            }
            g.writeEndArray();
        } else if (value.getClass().isRecord()) {
            g.writeStartObject();
            writeFields(g, value);
            g.writeEndObject();
        } else {
            g.writeString(value.toString());
        }
    }

    /** Whether the record class has a component called {@code name}. */
    static boolean hasField(Class<?> recordClass, String name) {
        for (Accessor a : ACCESSORS.get(recordClass)) {
            if (a.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Writes a record's components as fields of an object already started. */
    public static void writeFields(JsonGenerator g, Object record) throws IOException {
        for (Accessor a : ACCESSORS.get(record.getClass())) {
            g.writeFieldName(a.name());
            write(g, get(a, record));
        }
    }

    private static Object get(Accessor a, Object record) {
        try {
            return a.method().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + a.name() + " of " + record.getClass().getName(), e);
        }
    }
}
