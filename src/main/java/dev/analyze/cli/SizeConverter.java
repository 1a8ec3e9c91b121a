package dev.analyze.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Sizes such as 500, 200k, 50M, 1G (binary multiples). */
final class SizeConverter implements ITypeConverter<Long> {

    @Override
    public Long convert(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        long mult = 1;
        if (v.endsWith("b")) {
            v = v.substring(0, v.length() - 1);
        }
        if (v.endsWith("k")) {
            mult = 1024;
        } else if (v.endsWith("m")) {
            mult = 1024 * 1024;
        } else if (v.endsWith("g")) {
            mult = 1024L * 1024 * 1024;
        }
        if (mult > 1) {
            v = v.substring(0, v.length() - 1);
        }
        try {
            long n = Long.parseLong(v);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n * mult;
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a size (e.g. 500k, 50M)");
        }
    }
}
