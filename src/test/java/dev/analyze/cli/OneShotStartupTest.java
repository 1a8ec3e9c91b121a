package dev.analyze.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One-shot mode stays lean: a real JVM running a command loads no JLine class. */
class OneShotStartupTest {

    @Test
    void oneShotLoadsNoJLineClasses() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"),
                "dev.analyze.Main", "docs", "samples/kerry.txt", "--format", "json"))
                .redirectErrorStream(true).start();
        p.getOutputStream().close();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), log.lines().filter(l -> !l.contains("class,load")).toList().toString());
        assertTrue(log.contains("dev.analyze.cli.DocsCommand"), "the log lists loaded classes");
        assertFalse(log.contains("org.jline"), "JLine was loaded in one-shot mode: "
                + log.lines().filter(l -> l.contains("org.jline")).findFirst().orElse(""));
        assertFalse(log.contains("dev.analyze.repl."), "REPL classes were loaded in one-shot mode");
    }
}
