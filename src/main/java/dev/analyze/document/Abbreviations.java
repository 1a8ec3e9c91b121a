package dev.analyze.document;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The news-English word lists shared by {@link NewsSentenceSplitter} and {@link NewsTokenizer}:
 * abbreviations by class ({@code abbreviations.txt}) and typical sentence openers
 * ({@code sentence-starters.txt}). Loaded lazily, once.
 */
final class Abbreviations {

    /** How an abbreviation behaves before a possible sentence break. */
    enum Kind {
        /** Stands before a name: never ends a sentence. */
        TITLE,
        /** Connector such as "vs.": never ends a sentence. */
        NEVER,
        /** Stands before a number: no break before a digit. */
        NUMERIC,
        /** May end a sentence: breaks only before a typical sentence opener. */
        GENERAL
    }

    /** Longest key worth looking up; longer words are never abbreviations. */
    static final int MAX_LENGTH = 12;

    private Abbreviations() {
    }

    /**
     * The class of the word {@code text[start, end)} (without its final dot), or null if not listed.
     * Most abbreviations must be capitalised; a few ("etc", "vs", "p") may be lower case.
     */
    static Kind kind(CharSequence text, int start, int end) {
        if (end - start > MAX_LENGTH || end <= start) {
            return null;
        }
        String key = lower(text, start, end);
        if (Character.isLowerCase(text.charAt(start)) && !Holder.LOWERCASE.contains(key)) {
            return null;
        }
        return Holder.KINDS.get(key);
    }

    /** Whether the word {@code text[start, end)} typically opens a sentence when capitalised. */
    static boolean isSentenceStarter(CharSequence text, int start, int end) {
        if (end - start > MAX_LENGTH || end <= start) {
            return false;
        }
        return Holder.STARTERS.contains(lower(text, start, end));
    }

    private static String lower(CharSequence text, int start, int end) {
        return text.subSequence(start, end).toString().toLowerCase(Locale.ROOT);
    }

    private static final class Holder {
        static final Map<String, Kind> KINDS = new HashMap<>();
        static final Set<String> STARTERS = new HashSet<>();
        static final Set<String> LOWERCASE = new HashSet<>();

        static {
            for (String line : read("abbreviations.txt")) {
                int colon = line.indexOf(':');
                if (line.startsWith("lowercase:")) {
                    LOWERCASE.addAll(java.util.List.of(line.substring(colon + 1).trim().split("\\s+")));
                    continue;
                }
                Kind kind = Kind.valueOf(line.substring(0, colon).trim().toUpperCase(Locale.ROOT));
                for (String key : line.substring(colon + 1).trim().split("\\s+")) {
                    KINDS.put(key, kind);
                }
            }
            for (String line : read("sentence-starters.txt")) {
                for (String w : line.split("\\s+")) {
                    STARTERS.add(w);
                }
            }
        }

        private static java.util.List<String> read(String name) {
            java.util.List<String> lines = new java.util.ArrayList<>();
            try (InputStream in = Abbreviations.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + name);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    line = line.trim();
                    if (!line.isEmpty() && !line.startsWith("#")) {
                        lines.add(line);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return lines;
        }
    }
}
