package dev.analyze.cli;

import dev.analyze.document.Document;
import dev.analyze.document.Paragraph;
import dev.analyze.entities.Entity;
import dev.analyze.entities.EntityType;
import dev.analyze.entities.Mention;
import dev.analyze.render.Column;
import dev.analyze.render.DispersionPlot;
import dev.analyze.render.Format;
import dev.analyze.render.Output;
import dev.analyze.render.Report;
import dev.analyze.render.TextRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.OptionSpec;

/** Lists the people, organisations and places of documents, with aliases merged and mentions counted. */
final class EntitiesCommand extends AnalysisCommand {

    static final String SCHEMA = "analyze.entities/1";
    static final String MENTIONS_SCHEMA = "analyze.entity-mentions/1";
    private static final int PLOT_DEFAULT_TOP = 10;

    /** Which entity types to show. */
    enum TypeFilter {
        person, organization, place, other, all;

        boolean accepts(EntityType t) {
            return this == all || t.name().equals(name().toUpperCase(Locale.ROOT));
        }
    }

    /** One mention as shown: 1-based sentence number, offsets, the text as written. */
    record MentionRow(String text, int start, int end, int sentence) {
        static MentionRow of(Mention m) {
            return new MentionRow(m.text(), m.start(), m.end(), m.sentence() + 1);
        }
    }

    /** One entity as shown; JSON fields are these components. */
    record EntityRow(String name, EntityType type, int count, List<String> aliases, List<MentionRow> mentions) {
        EntityRow {
            aliases = List.copyOf(aliases);
            mentions = List.copyOf(mentions);
        }
    }

    /** One line of --mentions. */
    record MentionLine(String entity, EntityType type, int sentence, int start, int end, String text) {
    }

    List<String> documents;

    TypeFilter type = TypeFilter.all;

    Integer top;

    boolean mentions;

    boolean plot;

    boolean aggregate;

    EntitiesCommand(AppContext context) {
        super(context);
        spec = model("entities",
                "List people, organisations and places with aliases merged: canonical name, type, count of named "
                        + "mentions, other forms used, and the sentence of the first mention.",
                "Nationalities and religions are type OTHER. --mentions lists every mention; --plot draws where "
                        + "the top entities occur across the text.")
                .positionals(documents(DOCUMENTS_OR_CURRENT), v -> documents = v)
                .option(OptionSpec.builder("--type").paramLabel("TYPE").type(TypeFilter.class).defaultValue("all")
                        .description("Only this type: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})."),
                        type, v -> type = v)
                .option(OptionSpec.builder("--top").paramLabel("N").type(Integer.class)
                        .description("Only the N most mentioned entities; 0 for all (default: all; "
                                + PLOT_DEFAULT_TOP + " with --plot)."), top, v -> top = v)
                .flag("--mentions", "List each mention: entity, sentence, offset, text as written.", v -> mentions = v)
                .flag("--plot", "Draw a dispersion plot of the top entities across the document (default top "
                        + PLOT_DEFAULT_TOP + ").", v -> plot = v)
                .flag("--aggregate", "Corpus mode: entities across the documents by canonical name and type, with how "
                        + "many documents name them and their mentions in all.", v -> aggregate = v)
                .spec();
    }

    @Override
    public Integer call() throws Exception {
        if (top != null && top < 0) {
            throw new UsageException("--top must be 0 (all) or more: " + top);
        }
        if (aggregate) {
            if (plot || mentions) {
                throw new UsageException("--aggregate sums up entities across documents; it does not go with "
                        + (plot ? "--plot" : "--mentions"));
            }
            return aggregateEach(documents, new EntitiesAggregate(
                    d -> analyses(d).entities().entities().stream().filter(e -> type.accepts(e.type())).toList(), top));
        }
        if (plot && outputOptions.format() == Format.TABLE) {
            return withOutput((output, runner) -> runner.run(documents, output, new PlotRenderer(output),
                    this::report));
        }
        return analyzeEach(documents, mentions ? this::mentionReport : this::report);
    }

    private List<Entity> selected(Document d) {
        List<Entity> all = analyses(d).entities().entities().stream().filter(e -> type.accepts(e.type())).toList();
        int limit = top != null ? (top == 0 ? Integer.MAX_VALUE : top) : plot ? PLOT_DEFAULT_TOP : Integer.MAX_VALUE;
        return all.size() > limit ? all.subList(0, limit) : all;
    }

    private int total(Document d) {
        return (int) analyses(d).entities().entities().stream().filter(e -> type.accepts(e.type())).count();
    }

    private Report<?> report(Document d) {
        List<EntityRow> rows = new ArrayList<>();
        for (Entity e : selected(d)) {
            rows.add(new EntityRow(e.name(), e.type(), e.count(), e.aliases(),
                    e.mentions().stream().map(MentionRow::of).toList()));
        }
        List<Column<EntityRow>> columns = List.of(
                Column.of("name", EntityRow::name),
                Column.of("type", EntityRow::type),
                Column.of("count", EntityRow::count),
                Column.of("aliases", r -> String.join(", ", r.aliases())),
                Column.of("first", r -> r.mentions().isEmpty() ? 0 : r.mentions().get(0).sentence()));
        Report<EntityRow> report = Report.of(SCHEMA, d.name(), "entities", rows, columns).withTotal(total(d));
        if (plot) {
            List<Integer> starts = d.paragraphs().stream().map(Paragraph::start).toList();
            report = report.withExtras(Map.of("length", d.text().length(), "paragraphStarts", starts));
        }
        return report;
    }

    private Report<?> mentionReport(Document d) {
        List<MentionLine> lines = new ArrayList<>();
        for (Entity e : selected(d)) {
            for (Mention m : e.mentions()) {
                lines.add(new MentionLine(e.name(), e.type(), m.sentence() + 1, m.start(), m.end(), m.text()));
            }
        }
        lines.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Column<MentionLine>> columns = List.of(
                Column.of("entity", MentionLine::entity),
                Column.of("type", MentionLine::type),
                Column.of("sentence", MentionLine::sentence),
                Column.of("offset", MentionLine::start),
                Column.text("text", MentionLine::text));
        return Report.of(MENTIONS_SCHEMA, d.name(), "mentions", lines, columns);
    }

    /** Table format with --plot: one dispersion plot per document. */
    private static final class PlotRenderer extends TextRenderer {

        PlotRenderer(Output output) {
            super(output);
        }

        @Override
        @SuppressWarnings("unchecked")
        protected void body(Report<?> report) {
            var out = output.out();
            List<EntityRow> rows = (List<EntityRow>) report.items();
            if (rows.isEmpty()) {
                out.println("(no entities)");
                out.flush();
                return;
            }
            List<DispersionPlot.Series> series = new ArrayList<>();
            for (EntityRow r : rows) {
                series.add(new DispersionPlot.Series(r.name() + " (" + r.count() + ")",
                        r.mentions().stream().map(MentionRow::start).toList()));
            }
            int length = (Integer) report.extras().get("length");
            List<Integer> starts = (List<Integer>) report.extras().get("paragraphStarts");
            for (String line : DispersionPlot.render(series, length, starts, output.width(), output.style())) {
                out.println(line);
            }
        }
    }
}
