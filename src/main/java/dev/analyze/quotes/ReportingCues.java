package dev.analyze.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The reporting verbs and multiword cues ("said", "told reporters", "according to") from the
 * resource {@code reporting-verbs.txt}, loaded once on first use.
 */
final class ReportingCues {

    private static final String RESOURCE = "/dev/analyze/quotes/reporting-verbs.txt";

    private final Set<String> verbs;
    /** Multiword cues as word arrays, longest first. */
    private final List<String[]> phrases;
    /** First words of the multiword cues, to skip the phrase scan for most words. */
    private final Set<String> phraseStarts;

    private ReportingCues(Set<String> verbs, List<String[]> phrases) {
        this.verbs = Set.copyOf(verbs);
        this.phrases = List.copyOf(phrases);
        Set<String> starts = new HashSet<>();
        for (String[] p : phrases) {
            starts.add(p[0]);
        }
        this.phraseStarts = Set.copyOf(starts);
    }

    private static final class Holder {
        static final ReportingCues INSTANCE = load();
    }

    static ReportingCues get() {
        return Holder.INSTANCE;
    }

    private static ReportingCues load() {
        Set<String> verbs = new HashSet<>();
        List<String[]> phrases = new ArrayList<>();
        try (InputStream in = ReportingCues.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("+")) {
                    phrases.add(line.substring(1).strip().split("\\s+"));
                } else {
                    for (String form : line.split("\\s+")) {
                        verbs.add(form);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        phrases.sort(Comparator.comparingInt((String[] p) -> -p.length));
        return new ReportingCues(verbs, phrases);
    }

    boolean isVerb(String lowerWord) {
        return verbs.contains(lowerWord);
    }

    int verbCount() {
        return verbs.size();
    }

    /**
     * The number of words of the cue starting at word {@code i} of {@code w} (a multiword cue if
     * one matches, else 1 for a reporting verb), or 0 when no cue starts there.
     */
    int cueLength(Words w, int i) {
        if (!w.isWord(i)) {
            return 0;
        }
        String first = w.lower(i);
        if (!phraseStarts.contains(first)) {
            return verbs.contains(first) ? 1 : 0;
        }
        for (String[] p : phrases) {
            if (matches(w, i, p)) {
                return p.length;
            }
        }
        return verbs.contains(w.lower(i)) ? 1 : 0;
    }

    private static boolean matches(Words w, int i, String[] p) {
        if (i + p.length > w.size()) {
            return false;
        }
        for (int k = 0; k < p.length; k++) {
            if (!w.isWord(i + k) || !w.lower(i + k).equals(p[k])) {
                return false;
            }
        }
        return true;
    }
}
