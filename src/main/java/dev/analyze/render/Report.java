package dev.analyze.render;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One document's result, as a command hands it to a renderer: the records themselves (JSON is
 * written from their components), how to show them as a table, and notes for stderr.
 *
 * @param schema     versioned schema name, e.g. "analyze.quotes/1"
 * @param document   the document's name
 * @param itemsField the JSON field holding the items, e.g. "quotes"
 * @param items      the records shown (after --top and filters)
 * @param total      how many there were before --top cut the list
 * @param columns    the table view of one item
 * @param extras     further top-level JSON fields (ordered), e.g. word rules
 * @param transpose  show a single item as a two-column field/value table
 */
public record Report<T>(
        String schema,
        String document,
        String itemsField,
        List<T> items,
        int total,
        List<Column<T>> columns,
        Map<String, Object> extras,
        boolean transpose) {

    public Report {
        items = List.copyOf(items);
        columns = List.copyOf(columns);
        extras = Collections.unmodifiableMap(new LinkedHashMap<>(extras));
    }

    public static <T> Report<T> of(String schema, String document, String itemsField, List<T> items,
            List<Column<T>> columns) {
        return new Report<>(schema, document, itemsField, items, items.size(), columns, Map.of(), false);
    }

    public Report<T> withTotal(int total) {
        return new Report<>(schema, document, itemsField, items, total, columns, extras, transpose);
    }

    public Report<T> withExtras(Map<String, Object> more) {
        return new Report<>(schema, document, itemsField, items, total, columns, more, transpose);
    }

    public Report<T> transposed() {
        return new Report<>(schema, document, itemsField, items, total, columns, extras, true);
    }
}
