package dev.analyze.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** `analyze load FILE... < commands`: one command per line, no prompt, first failure stops. */
class ScriptModeTest {

    private static final String KERRY = "samples/kerry.txt";

    @Test
    void runsEachCommandAndExitsZero() {
        CliRun.Result r = CliRun.run("docs\nshow 1\n", "load", KERRY);
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("kerry") && r.out().contains("sentences"), "docs table: " + r.out());
        assertTrue(r.out().contains("¶1"), "show 1: " + r.out());
        assertFalse(r.out().contains("analyze>"), "no prompt in script mode");
        assertFalse(r.out().contains("loaded kerry"), "progress notes go to stderr");
        assertTrue(r.err().contains("loaded kerry"), r.err());
    }

    @Test
    void commentsAndBlankLinesAreSkipped() {
        CliRun.Result r = CliRun.run("# list them\n\n   \ndocs --format jsonl # not a comment mid-line? no: quoted below\n",
                "load", KERRY);
        // '#' only starts a comment at the start of a line; mid-line it is an argument
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
        CliRun.Result ok = CliRun.run("# list them\n\n   \n  # indented comment\ndocs --format jsonl\n", "load", KERRY);
        assertEquals(0, ok.code(), ok.toString());
        assertEquals(1, ok.out().lines().count(), ok.out());
    }

    @Test
    void firstFailingCommandStopsTheRunWithItsExitCode() {
        CliRun.Result r = CliRun.run("docs\nbogus\nshow 1\n", "load", KERRY);
        assertEquals(ExitCodes.USAGE, r.code(), r.toString());
        assertFalse(r.out().contains("¶1"), "commands after the failure do not run");
        assertTrue(r.err().contains("line 2"), r.err());

        CliRun.Result missing = CliRun.run("show 1\ndocs no-such-file.txt\ndocs\n", "load", KERRY);
        assertEquals(ExitCodes.BAD_INPUT, missing.code(), missing.toString());
        assertTrue(missing.err().contains("no-such-file.txt: no such file"), missing.err());
    }

    @Test
    void keepGoingRunsEverythingAndReturnsTheWorstCode() {
        CliRun.Result r = CliRun.run("docs\nbogus\nshow 1\n", "load", KERRY, "--keep-going");
        assertEquals(ExitCodes.USAGE, r.code(), r.toString());
        assertTrue(r.out().contains("¶1"), "later commands still ran: " + r.out());
        CliRun.Result before = CliRun.run("docs\nbogus\nshow 1\n", "--keep-going", "load", KERRY);
        assertEquals(r.out(), before.out(), "--keep-going before load works too");
    }

    @Test
    void scriptWithoutLoadCanLoadItself() {
        CliRun.Result r = CliRun.run("load " + KERRY + "\nuse kerry\nshow s1 --format jsonl\nexit\ndocs\n");
        assertEquals(0, r.code(), r.toString());
        assertEquals(1, r.out().lines().count(), "exit ends the script: " + r.out());
    }

    @Test
    void useUnloadAndTheCurrentDocument() {
        CliRun.Result r = CliRun.run("load " + KERRY + "\nuse kerry-2\nunload kerry\ndocs --format csv\nunload --all\ndocs\n",
                "load", KERRY);
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("kerry-2"), "a second load gets a suffixed name: " + r.out());
        CliRun.Result none = CliRun.run("unload kerry\nshow\n", "load", KERRY);
        assertEquals(ExitCodes.USAGE, none.code(), none.toString());
        assertTrue(none.err().contains("no document"), none.err());
        CliRun.Result badUse = CliRun.run("use nope\n", "load", KERRY);
        assertEquals(ExitCodes.USAGE, badUse.code());
        assertTrue(badUse.err().contains("nope: no such loaded document (loaded: kerry)"), badUse.err());
    }

    @Test
    void unbalancedQuoteIsAUsageErrorNamingTheLine() {
        CliRun.Result r = CliRun.run("docs\nshow \"1\n", "load", KERRY);
        assertEquals(ExitCodes.USAGE, r.code(), r.toString());
        assertTrue(r.err().contains("line 2") && r.err().contains("quote"), r.err());
    }

    @Test
    void bangIsNotHistoryExpanded() {
        CliRun.Result r = CliRun.run("show !!\n", "load", KERRY);
        assertTrue(r.err().contains("!!"), "'!!' reaches the command literally: " + r.err());
    }

    @Test
    void optionsOfOneRunDoNotCarryIntoTheNextRunOfTheSameCommand() {
        // the session reuses each command's model; every run starts again from the defaults
        CliRun.Result r = CliRun.run("words --top 3 --all --format jsonl\nwords --format jsonl\n"
                + "quotes --speaker nobody --format jsonl\nquotes --format jsonl\n", "load", KERRY);
        assertEquals(0, r.code(), r.toString());
        java.util.List<String> words = new java.util.ArrayList<>();
        int quotes = 0;
        for (String line : r.out().split("\n")) {
            if (line.contains("\"rank\"")) {
                words.add(line);
            }
            quotes += line.contains("\"speaker\"") ? 1 : 0;
        }
        assertEquals(3 + 20, words.size(), r.out());
        assertTrue(words.get(0).contains("\"word\":\"the\""), "--all counts stopwords: " + words.get(0));
        assertTrue(words.subList(3, words.size()).stream().noneMatch(w -> w.contains("\"word\":\"the\"")),
                "--all was not carried over: " + r.out());
        CliRun.Result alone = CliRun.run("", "quotes", KERRY, "--format", "jsonl");
        assertTrue(quotes > 0);
        assertEquals(alone.out().split("\n").length, quotes, "--speaker was not carried over: " + r.out());
    }
}
