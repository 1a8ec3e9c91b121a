package dev.analyze.cli;

import dev.analyze.document.Document;
import dev.analyze.entities.Entity;
import dev.analyze.quotes.Quote;
import dev.analyze.quotes.QuoteAnalysis;
import dev.analyze.quotes.QuoteKind;
import dev.analyze.render.Column;
import dev.analyze.render.Output;
import dev.analyze.render.Renderer;
import dev.analyze.render.Report;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.OptionSpec;

/** Lists the direct quotations of documents with who said them. */
final class QuotesCommand extends AnalysisCommand {

    static final String SCHEMA = "analyze.quotes/1";
    static final String SPEAKERS_SCHEMA = "analyze.quote-speakers/1";
    static final String UNKNOWN = "(unknown)";

    /** One quote as shown; JSON fields are these components (empty is null). */
    record QuoteRow(String text, Optional<String> speaker, Optional<String> speakerMention, Optional<String> cue,
            QuoteKind kind, int paragraph, int sentence, int start, int end) {
        static QuoteRow of(Quote q) {
            return new QuoteRow(q.text(), q.speaker(), q.speakerMention(), q.cue(), q.kind(), q.paragraph(),
                    q.sentence(), q.start(), q.end());
        }
    }

    /** One speaker of --by-speaker: quotes, words quoted and their share of all quoted words. */
    record SpeakerRow(String speaker, int quotes, int words, double share) {
    }

    List<String> documents;

    String speaker;

    boolean bySpeaker;

    Integer minWords;

    boolean all;

    boolean aggregate;

    QuotesCommand(AppContext context) {
        super(context);
        spec = model("quotes",
                "List direct quotations in document order: the words quoted, the speaker (canonical name; "
                        + "empty when the article does not say), the reporting cue, paragraph and sentence.",
                "--speaker keeps one speaker's quotes; --by-speaker sums up per speaker; --all also shows quoted "
                        + "spans that are nobody's words (titles, names, words as words). Warnings go to stderr.")
                .positionals(documents(DOCUMENTS_OR_CURRENT), v -> documents = v)
                .option(OptionSpec.builder("--speaker").paramLabel("NAME").type(String.class)
                        .description("Only quotes by this speaker (canonical name or alias, any case)."),
                        speaker, v -> speaker = v)
                .flag("--by-speaker", "Per speaker: quotes, words quoted, share of all quoted words.",
                        v -> bySpeaker = v)
                .option(OptionSpec.builder("--min-words").paramLabel("N").type(Integer.class)
                        .description("Only quotes of at least N words."), minWords, v -> minWords = v)
                .flag("--all", "Also show quoted spans judged not to be quotes, marked not-a-quote.", v -> all = v)
                .flag("--aggregate", "Corpus mode: speakers across the documents, with the documents they are quoted "
                        + "in, quotes and words quoted.", v -> aggregate = v)
                .spec();
    }

    @Override
    public Integer call() throws Exception {
        if (minWords != null && minWords < 0) {
            throw new UsageException("--min-words must be 0 or more, not " + minWords);
        }
        if (aggregate) {
            if (bySpeaker || all) {
                throw new UsageException("--aggregate sums up speakers across documents; it does not go with "
                        + (bySpeaker ? "--by-speaker" : "--all"));
            }
            return withOutput((output, runner) -> runner.aggregate(documents, output,
                    Renderer.create(outputOptions.format(), output), new QuotesAggregate(
                            d -> selected(d, output).stream().filter(Quote::isQuote).toList())));
        }
        return withOutput((output, runner) -> runner.run(documents, output,
                Renderer.create(outputOptions.format(), output),
                d -> bySpeaker ? speakerReport(d, output) : report(d, output)));
    }

    /** The quotes kept by the filters, warnings noted on stderr. */
    private List<Quote> selected(Document d, Output output) {
        QuoteAnalysis qa = analyses(d).quotes();
        for (String w : qa.warnings()) {
            output.note("analyze: " + d.name() + ": " + w);
        }
        List<Quote> out = new ArrayList<>();
        for (Quote q : qa.all()) {
            if (!q.isQuote() && (!all || bySpeaker)) {
                continue;
            }
            if (minWords != null && q.wordCount() < minWords) {
                continue;
            }
            if (speaker != null && !speaks(d, q)) {
                continue;
            }
            out.add(q);
        }
        return out;
    }

    /** The quote's speaker is NAME: its canonical name or one of the entity's aliases. */
    private boolean speaks(Document d, Quote q) {
        if (q.speaker().isEmpty()) {
            return false;
        }
        String name = q.speaker().get();
        String want = speaker.strip().toLowerCase(Locale.ROOT);
        if (name.toLowerCase(Locale.ROOT).equals(want)) {
            return true;
        }
        for (Entity e : analyses(d).entities().entities()) {
            if (e.name().equals(name)) {
                return e.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(want));
            }
        }
        return false;
    }

    private Report<?> report(Document d, Output output) {
        List<QuoteRow> rows = selected(d, output).stream().map(QuoteRow::of).toList();
        List<Column<QuoteRow>> columns = new ArrayList<>(List.of(
                Column.of("paragraph", QuoteRow::paragraph),
                Column.of("sentence", QuoteRow::sentence),
                Column.of("speaker", QuotesCommand::speakerCell),
                Column.of("cue", r -> r.cue().orElse(""))));
        if (all) {
            columns.add(Column.of("kind", QuoteRow::kind));
        }
        columns.add(Column.text("text", r -> "\u201C" + r.text() + "\u201D"));
        return Report.of(SCHEMA, d.name(), "quotes", rows, columns);
    }

    /** The canonical name; for an unnamed speaker, the words used in brackets. */
    private static String speakerCell(QuoteRow r) {
        return r.speaker().orElseGet(() -> r.speakerMention().map(m -> "(" + m + ")").orElse(""));
    }

    private Report<?> speakerReport(Document d, Output output) {
        Map<String, int[]> bySpeakerCounts = new LinkedHashMap<>();
        int totalWords = 0;
        for (Quote q : selected(d, output)) {
            int words = q.wordCount();
            int[] c = bySpeakerCounts.computeIfAbsent(q.speaker().orElse(UNKNOWN), k -> new int[2]);
            c[0]++;
            c[1] += words;
            totalWords += words;
        }
        List<SpeakerRow> rows = new ArrayList<>();
        for (Map.Entry<String, int[]> e : bySpeakerCounts.entrySet()) {
            double share = totalWords == 0 ? 0.0 : (double) e.getValue()[1] / totalWords;
            rows.add(new SpeakerRow(e.getKey(), e.getValue()[0], e.getValue()[1], share));
        }
        rows.sort(Comparator.comparingInt(SpeakerRow::words).reversed().thenComparing(SpeakerRow::speaker));
        List<Column<SpeakerRow>> columns = List.of(
                Column.of("speaker", SpeakerRow::speaker),
                Column.of("quotes", SpeakerRow::quotes),
                Column.of("words", SpeakerRow::words),
                Column.number("share", r -> r.share() * 100, "%.1f%%"));
        return Report.of(SPEAKERS_SCHEMA, d.name(), "speakers", rows, columns);
    }
}
