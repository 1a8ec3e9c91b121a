package dev.analyze.cli;

import dev.analyze.document.Document;
import dev.analyze.entities.Entity;
import dev.analyze.entities.EntityType;
import dev.analyze.render.Column;
import dev.analyze.render.Report;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code entities --aggregate}: entities across documents, keyed by canonical name and type, with
 * the number of documents that name them and their named mentions in all.
 */
final class EntitiesAggregate implements CorpusAggregate<List<EntitiesAggregate.Seen>> {

    static final String SCHEMA = "analyze.corpus-entities/1";

    /** One entity of one document, as far as the totals need it. */
    record Seen(String name, EntityType type, int mentions) {
    }

    /** One entity across the corpus; JSON fields are these components. */
    record CorpusEntity(String name, EntityType type, int documents, long mentions) {
    }

    private record Key(String name, EntityType type) {
    }

    private static final List<Column<CorpusEntity>> COLUMNS = List.of(
            Column.of("name", CorpusEntity::name),
            Column.of("type", CorpusEntity::type),
            Column.of("documents", CorpusEntity::documents),
            Column.of("mentions", CorpusEntity::mentions));

    private final Function<Document, List<Entity>> entities;
    private final Integer top;
    private final Map<Key, long[]> totals = new HashMap<>();
    private int documents;

    /** {@code entities}: the entities of a document that count (type filter applied). */
    EntitiesAggregate(Function<Document, List<Entity>> entities, Integer top) {
        this.entities = entities;
        this.top = top;
    }

    @Override
    public List<Seen> partial(Document document) {
        return entities.apply(document).stream().map(e -> new Seen(e.name(), e.type(), e.count())).toList();
    }

    @Override
    public void add(List<Seen> seen) {
        documents++;
        for (Seen s : seen) {
            long[] t = totals.computeIfAbsent(new Key(s.name(), s.type()), k -> new long[2]);
            t[0]++;
            t[1] += s.mentions();
        }
    }

    @Override
    public Report<?> report() {
        List<CorpusEntity> rows = new ArrayList<>(totals.size());
        totals.forEach((k, t) -> rows.add(new CorpusEntity(k.name(), k.type(), (int) t[0], t[1])));
        rows.sort(Comparator.comparingInt(CorpusEntity::documents).reversed()
                .thenComparing(Comparator.comparingLong(CorpusEntity::mentions).reversed())
                .thenComparing(CorpusEntity::name).thenComparing(CorpusEntity::type));
        int total = rows.size();
        List<CorpusEntity> shown = top != null && top < total ? rows.subList(0, top) : rows;
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("documents", documents);
        return Report.of(SCHEMA, "", "entities", shown, COLUMNS).withTotal(total).withExtras(extras);
    }
}
