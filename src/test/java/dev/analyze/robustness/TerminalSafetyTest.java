package dev.analyze.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.analyze.cli.CliRun;
import dev.analyze.cli.ExitCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Document text reaches the terminal only neutralised, through every analysis: the quotes, names,
 * claims, summary sentences, contexts and words an article puts in the output carry no escape
 * sequence, control character, carriage-return overwrite or bidi override in the human formats;
 * JSON escapes them and still holds the text.
 */
class TerminalSafetyTest {

    /** Attacks inside the parts each analysis prints: quotes, names, claims, contexts. */
    private static final String HOSTILE = "Council \u001B]0;owned\u0007 approves bridge\n\n"
            + "Mayor Ana \u001B[31mRuiz\u001B[0m said the council will fund the bridge, officials said on Monday.\n\n"
            + "\u201CIt is long overdue\u001B[2J\u001B[1;1H and safe\rFAKE: it is unsafe,\u201D said Mayor Ana Ruiz. "
            + "The bridge\u009B31m will cost $5 million \u202Eeulav\u202C, the council said.\n\n"
            + "Critics said the plan \u001BPq#0;2;0;0;0\u001B\\ would raise taxes\u0008\u0008\u0008 by 10 percent.\n";

    private static final char[] FORBIDDEN = {'\u001B', '\u0007', '\r', '\u0008', '\u009B', '\u202E', '\u202C', '\u0000'};

    @TempDir
    Path dir;

    @Test
    void everyAnalysisInEveryHumanFormatNeutralisesDocumentText() throws IOException {
        Path file = dir.resolve("hostile.txt");
        Files.writeString(file, HOSTILE, StandardCharsets.UTF_8);
        List<String> failures = new ArrayList<>();
        for (String command : List.of("stats", "words --all", "ngrams", "kwic bridge", "entities --mentions",
                "quotes --all", "quotes --by-speaker", "claims", "summary", "show")) {
            for (String format : List.of("table", "markdown", "csv", "tsv")) {
                List<String> args = new ArrayList<>(List.of(command.split(" ")));
                args.addAll(List.of(file.toString(), "--format", format, "--color", "always"));
                CliRun.Result r = CliRun.run("", Map.of("TERM", "xterm"), true, args.toArray(String[]::new));
                assertEquals(ExitCodes.OK, r.code(), command + " " + format + ": " + r);
                // the program's own colour codes are SGR sequences; anything else is the document's
                String shown = (r.out() + r.err()).replaceAll("\u001B\\[[0-9;]*m", "");
                for (char c : FORBIDDEN) {
                    if (shown.indexOf(c) >= 0) {
                        failures.add(command + " --format " + format + " printed U+" + Integer.toHexString(c));
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void jsonEscapesControlsAndKeepsTheText() throws IOException {
        Path file = dir.resolve("hostile.txt");
        Files.writeString(file, HOSTILE, StandardCharsets.UTF_8);
        for (String command : List.of("quotes --all", "claims", "summary", "kwic bridge", "entities --mentions")) {
            for (String format : List.of("json", "jsonl")) {
                List<String> args = new ArrayList<>(List.of(command.split(" ")));
                args.addAll(List.of(file.toString(), "--format", format));
                CliRun.Result r = CliRun.run("", Map.of("TERM", "xterm"), true, args.toArray(String[]::new));
                assertEquals(ExitCodes.OK, r.code(), r.toString());
                for (char c : FORBIDDEN) {
                    assertFalse(c < 0x20 && r.out().indexOf(c) >= 0 && c != '\n',
                            command + " " + format + " wrote a raw U+" + Integer.toHexString(c));
                }
                assertEquals(-1, r.out().indexOf('\u001B'), r.out());
                // well-formed: every report parses
                AdversarialInputTest.JsonReports.parse(r.out());
            }
        }
        CliRun.Result quotes = CliRun.run("", "quotes", file.toString(), "--format", "json");
        assertTrue(quotes.out().contains("overdue\\u001B[2J"), "JSON keeps the text, escaped: " + quotes.out());
    }
}
