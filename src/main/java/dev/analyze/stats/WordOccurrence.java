package dev.analyze.stats;

import dev.analyze.document.Token;

/**
 * One word-like token seen by the word analyzers.
 *
 * @param token the token as the document has it
 * @param key the form words are grouped under: lower case, but "US" keeps its capitals
 *     ({@link DocumentWords#key})
 * @param sentence 0-based sentence index
 * @param caseInformative whether its capitalisation says something about the word: it stands
 *     mid-sentence (after a word or a comma), not in the headline or in an all-capitals sentence
 * @param shouted whether it stands in an all-capitals sentence (so "US" may be "us")
 */
record WordOccurrence(Token token, String key, int sentence, boolean caseInformative, boolean shouted) {

    String text() {
        return token.text();
    }

    /** Whether it is a stopword here: never an abbreviation like "US" (its key keeps the capitals). */
    boolean isStopword() {
        return Stopwords.isStopwordKey(key);
    }
}
