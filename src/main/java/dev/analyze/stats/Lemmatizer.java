package dev.analyze.stats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A light lemmatizer for display: it folds word forms onto a real English word and leaves a word
 * alone rather than guess. Never a Porter stem ("offici", "countri").
 * <ul>
 * <li>possessives: "India's" and "officials'" lose the apostrophe ending;
 * <li>irregular forms from a table ({@code lemmas.txt}): "children" child, "went" go;
 * <li>plurals by rule: "countries" country, "churches" church, "houses" house, "groups" group;
 *     not "news", "series", "crisis", "bus", "politics";
 * <li>-ing, -ed and -ied only where the document itself has the base word ("working" becomes
 *     "work" when "work" or "works" occurs; "making" becomes "make"; "planned" becomes "plan";
 *     "carried" becomes "carry").
 * </ul>
 */
public final class Lemmatizer {

    private static final String RESOURCE = "/dev/analyze/stats/lemmas.txt";

    /** Words ending in s that are not plurals of a word without it. */
    private static final Set<String> NOT_PLURAL = Set.of(
            "news", "series", "species", "means", "always", "perhaps", "whereas", "afterwards", "sometimes",
            "besides", "towards", "nevertheless", "thus", "lens", "chaos", "diabetes", "measles", "headquarters",
            "whereabouts", "alas", "atlas", "gas", "yes", "bias", "canvas", "christmas", "overseas", "mathematics",
            "odds", "arms", "outskirts", "remains", "savings", "earnings", "proceeds", "premises", "its", "has",
            "was", "does", "his", "hers", "ours", "yours", "theirs", "this", "us", "plus", "minus", "bonus",
            "campus", "census", "consensus", "status", "virus", "corpus", "focus", "genus", "apparatus", "hiatus",
            "prospectus", "stimulus", "surplus", "thesis", "iris", "tennis", "trellis", "police", "sars", "kudos",
            "rabies", "herpes", "pants", "scissors", "clothes", "goods", "thanks");

    /** Nouns in -ing that are words of their own ("the building", "a meeting"). */
    private static final Set<String> ING_NOUNS = Set.of(
            "building", "meeting", "hearing", "funding", "housing", "training", "spending", "warning", "ending",
            "shooting", "bombing", "ruling", "opening", "setting", "finding", "wedding", "painting", "drawing",
            "landing", "filing", "offering", "evening", "morning", "during", "nothing", "something", "anything",
            "everything", "thing", "king", "ring", "spring", "string", "wing", "bring", "sing", "sting", "swing",
            "ceiling", "bedding", "pudding", "clothing", "feeling", "learning", "beginning", "being", "ceasing",
            "according", "including", "following", "regarding", "concerning", "pending", "upbringing", "sibling",
            "darling", "earring", "viking", "duckling", "sterling", "shilling", "lightning");

    private Lemmatizer() {
    }

    /** A word without its possessive ending: "india's" india, "officials'" officials. */
    public static String withoutPossessive(String key) {
        int n = key.length();
        if (n > 2 && key.endsWith("'s")) {
            return key.substring(0, n - 2);
        }
        if (n > 2 && key.endsWith("s'")) {
            return key.substring(0, n - 1);
        }
        return key;
    }

    /**
     * The lemma of a lower-case word ({@link WordKeys#key}). {@code vocabulary} holds the
     * document's words (already plural-folded, see {@link #withoutPlural}); -ing and -ed forms are
     * folded only onto one of them.
     */
    public static String lemma(String key, Set<String> vocabulary) {
        String word = withoutPossessive(key);
        String irregular = Irregular.FORMS.get(word);
        if (irregular != null) {
            return irregular;
        }
        String singular = withoutPlural(word);
        if (!singular.equals(word)) {
            int n = word.length();
            if (word.endsWith("es") && n > 4 && !singular.equals(word.substring(0, n - 2))
                    && vocabulary.contains(word.substring(0, n - 2))) {
                return word.substring(0, n - 2); // "focuses" when the text has "focus"
            }
            return singular;
        }
        return withoutInflection(word, vocabulary);
    }

    /** A plural noun (or third-person verb) as its singular; the word itself when not one. */
    public static String withoutPlural(String w) {
        int n = w.length();
        if (n < 4 || !w.endsWith("s") || NOT_PLURAL.contains(w.substring(w.lastIndexOf('-') + 1)) || !isLetters(w)) {
            return w; // "news", "gender-bias"
        }
        String irregular = Irregular.FORMS.get(w);
        if (irregular != null) {
            return irregular;
        }
        if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || w.endsWith("ous") || w.endsWith("ics")
                || w.endsWith("'s")) {
            return w;
        }
        if (w.endsWith("ies")) {
            return n > 4 ? w.substring(0, n - 3) + "y" : w.substring(0, n - 1); // countries; ties
        }
        if (w.endsWith("aches") && n > 5 && isConsonant(w.charAt(n - 6))) {
            return w.substring(0, n - 1); // headaches, caches; but beaches, approaches
        }
        if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("zzes") || w.endsWith("ches")
                || w.endsWith("shes")) {
            return w.substring(0, n - 2); // processes, boxes, churches, wishes, beaches
        }
        if (w.endsWith("wives")) {
            return w.substring(0, n - 3) + "fe"; // housewives
        }
        if (w.endsWith("oes") && n >= 7) {
            return w.substring(0, n - 2); // cargoes, volcanoes; but shoes, canoes
        }
        return w.substring(0, n - 1); // groups, archives, shoes, houses
    }

    /** "-ing" and "-ed" forms onto a base word the document has; "-ied" onto "-y". */
    private static String withoutInflection(String w, Set<String> vocabulary) {
        int n = w.length();
        if (!isLetters(w)) {
            return w;
        }
        if (n >= 5 && w.endsWith("ied")) {
            String y = w.substring(0, n - 3) + "y"; // carried, applied
            return vocabulary.contains(y) ? y : w;
        }
        String stem;
        if (n >= 5 && w.endsWith("ing") && !ING_NOUNS.contains(w)) {
            stem = w.substring(0, n - 3);
        } else if (n >= 4 && w.endsWith("ed") && (n >= 6 || !w.endsWith("eed"))) { // used, agreed; not seed
            stem = w.substring(0, n - 2);
        } else {
            return w;
        }
        if (!hasVowel(stem)) {
            return w; // "sing", "bred": no base word inside
        }
        for (String candidate : new String[] {stem + "e", stem, undoubled(stem)}) {
            if (candidate != null && candidate.length() >= 3 && vocabulary.contains(candidate)
                    && !Stopwords.isStopwordKey(candidate)) {
                return candidate;
            }
        }
        return w;
    }

    /** "plann" plan, "runn" run; null when the stem does not end in a doubled consonant. */
    private static String undoubled(String stem) {
        int n = stem.length();
        if (n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && "bdfgklmnprtvz".indexOf(stem.charAt(n - 1)) >= 0) {
            return stem.substring(0, n - 1);
        }
        return null;
    }

    private static boolean isConsonant(char c) {
        return c >= 'a' && c <= 'z' && "aeiou".indexOf(c) < 0;
    }

    private static boolean hasVowel(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("aeiouy".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetter(c) && c != '-' && c != '\'') {
                return false;
            }
        }
        return true;
    }

    /** The irregular forms table, read once. */
    private static final class Irregular {
        static final Map<String, String> FORMS = load();

        private static Map<String, String> load() {
            try (InputStream in = Lemmatizer.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                Map<String, String> forms = new HashMap<>();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    line = line.trim();
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    String[] parts = line.split("\\s+");
                    if (parts.length == 2) {
                        forms.put(parts[0], parts[1]);
                    }
                }
                return Map.copyOf(forms);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
