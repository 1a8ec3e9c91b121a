package dev.analyze.render;

import java.util.Locale;

/** Output formats. Table is for people; the others are stable machine formats. */
public enum Format {
    TABLE, JSON, JSONL, CSV, TSV, MARKDOWN;

    public boolean isMachine() {
        return this != TABLE;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
