package dev.analyze.repl;

import dev.analyze.cli.AppContext;
import java.util.List;

/** Names offered where a command expects a NAME (e.g. a speaker): those of the current document. */
final class NameSuggestions {

    private NameSuggestions() {
    }

    static List<String> of(AppContext context) {
        return context.session().current().map(d -> context.analysesOf(d).names()).orElse(List.of());
    }
}
