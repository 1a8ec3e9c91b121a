package dev.analyze.stats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * English stopwords: the Snowball English list plus news function words ("said", "also", "mr"),
 * read once from {@code stopwords.txt}. An all-capital abbreviation is never a stopword: "US" is
 * the country, "us" the pronoun.
 */
public final class Stopwords {

    private static final String RESOURCE = "/dev/analyze/stats/stopwords.txt";

    private Stopwords() {
    }

    /** Whether a word as written is a stopword (case and curly apostrophes ignored, "US" excepted). */
    public static boolean isStopword(String word) {
        if (Syllables.isSpelledAbbreviation(word)) {
            return false;
        }
        return isStopwordKey(WordKeys.key(word));
    }

    /** Whether an already lower-cased, normalised word is a stopword. */
    static boolean isStopwordKey(String key) {
        if (Holder.WORDS.contains(key)) {
            return true;
        }
        // "Mr." and "etc." keep their dot as words; the list has them without
        int end = key.length();
        while (end > 0 && key.charAt(end - 1) == '.') {
            end--;
        }
        return end < key.length() && end > 0 && Holder.WORDS.contains(key.substring(0, end));
    }

    /** All the stopwords, lower case. */
    public static Set<String> words() {
        return Holder.WORDS;
    }

    private static final class Holder {
        static final Set<String> WORDS = load();

        private static Set<String> load() {
            try (InputStream in = Stopwords.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                Set<String> words = new HashSet<>();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    line = line.trim();
                    if (!line.isEmpty() && !line.startsWith("#")) {
                        words.add(line.toLowerCase(Locale.ROOT));
                    }
                }
                return Set.copyOf(words);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
