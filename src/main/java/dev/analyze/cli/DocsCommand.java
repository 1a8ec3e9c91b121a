package dev.analyze.cli;

import dev.analyze.document.Document;
import dev.analyze.render.Column;
import dev.analyze.render.Renderer;
import dev.analyze.render.Report;
import java.util.List;

/** Lists documents: name, title, words, sentences, paragraphs, source. */
final class DocsCommand extends AnalysisCommand {

    static final String SCHEMA = "analyze.docs/1";

    List<String> documents;

    DocsCommand(AppContext context) {
        super(context);
        spec = model("docs", "List the loaded documents (or the ones named): name, title, words, "
                + "sentences, paragraphs, source.")
                .positionals(documents(DOCUMENTS), v -> documents = v)
                .spec();
    }

    @Override
    public Integer call() throws Exception {
        List<Column<DocInfo>> columns = List.of(
                Column.of("name", i -> (i.current() ? "*" : "") + i.name()),
                Column.text("title", DocInfo::title),
                Column.of("words", DocInfo::words),
                Column.of("sentences", DocInfo::sentences),
                Column.of("paragraphs", DocInfo::paragraphs),
                Column.of("source", DocInfo::source),
                Column.text("note", DocInfo::note));
        return withOutput((output, runner) -> {
            // like the analyses: a file that cannot be read is reported and the others are listed
            boolean[] anyFailed = new boolean[1];
            List<Document> docs = documents.isEmpty() ? context.session().documents() : runner.documents(documents, e -> {
                Diagnostics.error(output.err(), e.getMessage());
                anyFailed[0] = true;
            });
            String current = context.session().current().map(Document::name).orElse("");
            List<DocInfo> infos = docs.stream()
                    .map(d -> DocInfo.of(d, d.name().equals(current) && context.interactive())).toList();
            Renderer r = Renderer.create(outputOptions.format(), output);
            r.begin(1);
            r.write(Report.of(SCHEMA, "", "documents", infos, columns));
            r.end();
            return anyFailed[0] ? ExitCodes.BAD_INPUT : ExitCodes.OK;
        });
    }
}
