package dev.analyze.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The word lists of this package, read once from resources on first use. */
final class WordLists {

    private WordLists() {
    }

    static Set<String> stopwords() {
        return Holder.STOPWORDS;
    }

    static Set<String> reportingVerbs() {
        return Holder.REPORTING_VERBS;
    }

    static Set<String> roles() {
        return Holder.ROLES;
    }

    /** Lazy holder: the lists load when a claims analysis first needs them. */
    private static final class Holder {
        static final Set<String> STOPWORDS = load("stopwords.txt");
        static final Set<String> REPORTING_VERBS = load("reporting-verbs.txt");
        static final Set<String> ROLES = load("roles.txt");
    }

    /** Words separated by white space; lines starting with '#' are comments. */
    static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                for (String w : t.split("\\s+")) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
