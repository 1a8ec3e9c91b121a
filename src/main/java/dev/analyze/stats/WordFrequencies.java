package dev.analyze.stats;

import dev.analyze.document.Document;
import dev.analyze.document.TokenKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word frequencies. Words are grouped case-insensitively and shown as the document writes them
 * mid-sentence: "Pakistan" stays "Pakistan", a sentence-initial "The" counts as "the" (see
 * {@link Casing}). By default stopwords, one-letter words and numbers are left out (numbers say
 * little about what an article is about, and "50,000" is not vocabulary); {@link FrequencyOptions}
 * lets them in. With lemmas, names only lose their possessive ("Kerry's" Kerry): "Williams" and
 * "Philippines" keep their s.
 */
public final class WordFrequencies {

    private WordFrequencies() {
    }

    public static WordFrequencyTable analyze(Document doc, FrequencyOptions options) {
        List<WordOccurrence> words = new ArrayList<>();
        DocumentWords.bySentence(doc).forEach(words::addAll);
        Casing casing = new Casing();
        words.forEach(casing::add);
        Set<String> vocabulary = options.lemmatize() ? vocabulary(words, casing) : Set.of();

        Map<String, Group> groups = new LinkedHashMap<>();
        Map<String, String> lemmas = new HashMap<>();
        for (WordOccurrence w : words) {
            boolean isWord = w.token().kind() == TokenKind.WORD;
            if (!isWord && !options.includeNumbers()) {
                continue;
            }
            if (isWord && !options.includeStopwords() && (w.isStopword() || letters(w.text()) < 2)) {
                continue;
            }
            String key = w.key();
            boolean proper = isWord && casing.isProper(key);
            String group = key;
            if (options.lemmatize() && isWord) {
                group = lemmas.computeIfAbsent(key,
                        k -> proper ? properLemma(k, vocabulary) : Lemmatizer.lemma(k, vocabulary));
                if (!options.includeStopwords() && !proper && Stopwords.isStopwordKey(group)) {
                    continue; // "doing" is "do"
                }
            }
            groups.computeIfAbsent(group, Group::new).add(key, proper || !isWord);
        }

        int total = words.size();
        List<Group> ranked = new ArrayList<>(groups.values());
        ranked.removeIf(g -> g.count < options.minCount());
        ranked.sort(Comparator.comparingInt((Group g) -> -g.count)); // stable: first occurrence breaks ties
        int keep = options.limit() == 0 ? ranked.size() : Math.min(options.limit(), ranked.size());
        List<WordFrequency> rows = new ArrayList<>(keep);
        for (int i = 0; i < keep; i++) {
            Group g = ranked.get(i);
            rows.add(new WordFrequency(i + 1, g.display(casing, options.lemmatize()), g.count,
                    total == 0 ? 0 : 1000.0 * g.count / total));
        }
        return new WordFrequencyTable(doc.name(), total, rows);
    }

    /**
     * A name loses its possessive, and its plural only when the document also has the singular:
     * "Republicans" Republican when "Republican" occurs, but "Philippines" stays.
     */
    private static String properLemma(String key, Set<String> vocabulary) {
        String word = Lemmatizer.withoutPossessive(key);
        String singular = Lemmatizer.withoutPlural(word);
        return !singular.equals(word) && vocabulary.contains(singular) ? singular : word;
    }

    /**
     * The document's words as written (possessive dropped) and, for common words, plural-folded:
     * what -ing and -ed forms and name plurals may fold onto.
     */
    private static Set<String> vocabulary(List<WordOccurrence> words, Casing casing) {
        Set<String> vocabulary = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (WordOccurrence w : words) {
            if (w.token().kind() == TokenKind.WORD && seen.add(w.key())) {
                String word = Lemmatizer.withoutPossessive(w.key());
                vocabulary.add(word);
                if (!casing.isProper(w.key())) {
                    vocabulary.add(Lemmatizer.withoutPlural(word));
                }
            }
        }
        return vocabulary;
    }

    private static int letters(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** Occurrences of one word (or lemma), in order of first occurrence. */
    private static final class Group {
        final String key;
        int count;
        /** member key -> occurrences; whether each member is a name. */
        final Map<String, Integer> members = new LinkedHashMap<>();
        boolean anyCommon;

        Group(String key) {
            this.key = key;
        }

        void add(String member, boolean proper) {
            count++;
            members.merge(member, 1, Integer::sum);
            anyCommon |= !proper;
        }

        String display(Casing casing, boolean lemmatized) {
            if (!lemmatized) {
                return casing.display(key);
            }
            if (anyCommon) {
                return key;
            }
            if (members.containsKey(key)) {
                return casing.display(key); // "Republicans" with "Republican": show the singular
            }
            String best = null;
            int bestCount = 0;
            for (Map.Entry<String, Integer> e : members.entrySet()) {
                if (e.getValue() > bestCount) {
                    best = e.getKey();
                    bestCount = e.getValue();
                }
            }
            return Lemmatizer.withoutPossessive(casing.display(best));
        }
    }
}
