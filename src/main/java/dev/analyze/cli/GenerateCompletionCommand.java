package dev.analyze.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Prints or writes the shell completion scripts (hidden: a maintainer's tool). After the command
 * tree changes, {@code target/analyze generate-completion --dir completions} refreshes the repo's.
 */
@Command(name = "generate-completion", hidden = true,
        description = "Print the bash completion script, or with --dir write analyze.bash and analyze.zsh there.")
final class GenerateCompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", description = "Write the scripts into DIR instead of printing.")
    Path dir;

    @Option(names = "--shell", paramLabel = "SHELL", description = "Which script to print: bash or zsh (default: bash).",
            defaultValue = "bash", completionCandidates = Shells.class)
    String shell;

    @Override
    public Integer call() throws IOException {
        Map<String, String> files = CompletionScripts.generate();
        if (dir == null) {
            String content = files.get("analyze." + shell);
            if (content == null) {
                Diagnostics.error(spec.commandLine().getErr(), "--shell: choose bash or zsh, not '" + shell + "'");
                return ExitCodes.USAGE;
            }
            spec.commandLine().getOut().print(content);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        Files.createDirectories(dir);
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path file = dir.resolve(e.getKey());
            Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
            Diagnostics.info(spec.commandLine().getErr(), "wrote " + file);
        }
        return ExitCodes.OK;
    }

    /** The --shell choices. */
    static final class Shells implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.List.of("bash", "zsh").iterator();
        }
    }
}
