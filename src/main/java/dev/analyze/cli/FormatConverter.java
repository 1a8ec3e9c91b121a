package dev.analyze.cli;

import dev.analyze.render.Format;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses --format values case-insensitively, with a clear error listing the choices. */
final class FormatConverter implements ITypeConverter<Format> {

    @Override
    public Format convert(String value) {
        try {
            return Format.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("unknown format '" + value + "' (choose from " + String.join(", ", names()) + ")");
        }
    }

    static List<String> names() {
        List<String> out = new ArrayList<>();
        for (Format f : Format.values()) {
            out.add(f.toString());
        }
        return out;
    }
}
