package dev.analyze.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The word lists and gazetteers of the recognizer, loaded once from
 * {@code src/main/resources/dev/analyze/entities/} on first use. Keys are {@link Names#key} forms.
 */
final class Lexicons {

    /** A gazetteer entry: the canonical name, its type, and for demonyms the country. */
    record Place(String canonical, EntityType type, String country) {
    }

    final Map<String, Place> gazetteer = new HashMap<>();
    /** Canonical keys of countries (short forms join them). */
    final Set<String> countries = new HashSet<>();
    final Map<String, Gender> firstNames = new HashMap<>();
    final Set<String> common = new HashSet<>();
    /** Closed-class words (articles, prepositions, conjunctions, pronouns, auxiliaries). */
    final Set<String> function = new HashSet<>();
    /** Last words (or first words) that make a phrase an event, law, work or disease. */
    final Set<String> otherLast = new HashSet<>();
    final Set<String> otherFirst = new HashSet<>();
    final Map<String, Gender> titles = new HashMap<>();
    /** First words of titles, to reject most words at once. */
    final Set<String> titleFirst = new HashSet<>();
    final Set<String> orgWords = new HashSet<>();
    final Set<String> placeWords = new HashSet<>();
    int longestTitle;

    private static final class Holder {
        static final Lexicons INSTANCE = new Lexicons();
    }

    static Lexicons get() {
        return Holder.INSTANCE;
    }

    private Lexicons() {
        read("countries.tsv", line -> {
            String[] cols = line.split("\t", -1);
            String[] names = cols[0].split("\\|");
            String canonical = names[0];
            countries.add(Names.key(canonical));
            for (String n : names) {
                gazetteer.putIfAbsent(Names.key(n), new Place(canonical, EntityType.PLACE, canonical));
            }
            if (cols.length > 1 && !cols[1].isBlank()) {
                for (String d : cols[1].split("\\|")) {
                    gazetteer.putIfAbsent(Names.key(d), new Place(d, EntityType.OTHER, canonical));
                }
            }
        });
        read("places.txt", line -> addAll(line, EntityType.PLACE));
        read("orgs.txt", line -> addAll(line, EntityType.ORGANIZATION));
        read("firstnames.txt", line -> {
            Gender g = line.startsWith("M ") ? Gender.MALE : Gender.FEMALE;
            for (String n : line.substring(2).trim().split("\\s+")) {
                firstNames.merge(Names.key(n), g, (a, b) -> a == b ? a : Gender.UNKNOWN);
            }
        });
        read("lexicon.txt", line -> {
            boolean closed = line.startsWith("!");
            List<String> ws = List.of(line.substring(closed ? 1 : 0).trim().split("\\s+"));
            common.addAll(ws);
            if (closed) {
                function.addAll(ws);
            }
        });
        read("others.txt", line -> addAll(line, EntityType.OTHER));
        read("otherwords.txt", line -> {
            String[] ws = line.trim().split("\\s+");
            Set<String> into = ws[0].equals("first") ? otherFirst : otherLast;
            for (int i = 1; i < ws.length; i++) {
                into.add(Names.key(ws[i]));
            }
        });
        read("titles.txt", line -> {
            String t = line.trim();
            Gender g = Gender.UNKNOWN;
            if (t.endsWith(" M")) {
                g = Gender.MALE;
                t = t.substring(0, t.length() - 2);
            } else if (t.endsWith(" F")) {
                g = Gender.FEMALE;
                t = t.substring(0, t.length() - 2);
            }
            String k = Names.key(t);
            titles.put(k, g);
            titleFirst.add(Names.firstWord(k));
            longestTitle = Math.max(longestTitle, k.split(" ").length);
        });
        read("orgwords.txt", line -> words(line, orgWords));
        read("placewords.txt", line -> words(line, placeWords));
    }

    private void addAll(String line, EntityType type) {
        String[] names = line.trim().split("\\|");
        Place p = new Place(names[0], type, null);
        for (String n : names) {
            gazetteer.putIfAbsent(Names.key(n), p);
        }
    }

    private static void words(String line, Set<String> into) {
        for (String w : line.trim().split("\\s+")) {
            into.add(Names.key(w));
        }
    }

    private static void read(String resource, Consumer<String> sink) {
        try (InputStream in = Lexicons.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    sink.accept(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
