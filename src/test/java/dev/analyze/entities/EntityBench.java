package dev.analyze.entities;

import dev.analyze.document.Document;
import dev.analyze.document.DocumentParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Dev harness (not a test): entity throughput over a folder of articles, documents parsed beforehand. */
public final class EntityBench {
    public static void main(String[] args) throws Exception {
        List<Document> docs = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String t = Files.readString(p);
                bytes += t.length();
                docs.add(DocumentParser.standard().parse(p.getFileName().toString(), p.toString(), t));
            }
        }
        long t0 = System.nanoTime();
        NewsEntityRecognizer rec = new NewsEntityRecognizer();
        rec.analyze(docs.get(0));
        System.out.printf("first (cold) analysis incl. gazetteer load: %.1f ms%n", (System.nanoTime() - t0) / 1e6);
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 8; round++) {
            long start = System.nanoTime();
            long cpu = mx.getCurrentThreadCpuTime();
            int n = 0;
            for (Document d : docs) {
                n += rec.analyze(d).entities().size();
            }
            double sec = (System.nanoTime() - start) / 1e9;
            double cpuSec = (mx.getCurrentThreadCpuTime() - cpu) / 1e9;
            System.out.printf("round %d: %d docs, wall %.2f MB/s %.2f ms/doc; cpu %.2f MB/s %.2f ms/doc; %d entities%n",
                    round, docs.size(), bytes / 1e6 / sec, sec * 1000 / docs.size(), bytes / 1e6 / cpuSec,
                    cpuSec * 1000 / docs.size(), n);
        }
        if (args.length > 1) {
            String big = Files.readString(Path.of(args[1]));
            Document d = DocumentParser.standard().parse("big", "big", big);
            long s = System.nanoTime();
            int n = rec.analyze(d).entities().size();
            System.out.printf("big (%d chars): %.0f ms, %d entities%n", big.length(), (System.nanoTime() - s) / 1e6, n);
        }
    }
}
