package dev.analyze.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Prints or writes the shell completion scripts (hidden: a maintainer's tool). After the command
 * tree changes, {@code target/analyze generate-completion --dir completions} refreshes the repo's.
 */
final class GenerateCompletionCommand implements Callable<Integer> {

    final CommandSpec spec;

    Path dir;

    String shell = "bash";

    GenerateCompletionCommand() {
        spec = CommandModel.of(this, "generate-completion",
                        "Print the bash completion script, or with --dir write analyze.bash and analyze.zsh there.")
                .option(OptionSpec.builder("--dir").paramLabel("DIR").type(Path.class)
                        .description("Write the scripts into DIR instead of printing."), dir, v -> dir = v)
                .option(OptionSpec.builder("--shell").paramLabel("SHELL").type(String.class).defaultValue("bash")
                        .completionCandidates(List.of("bash", "zsh"))
                        .description("Which script to print: bash or zsh (default: bash)."), shell, v -> shell = v)
                .spec();
        spec.usageMessage().hidden(true);
    }

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
}
