package dev.analyze.stats;

/**
 * Word statistics and readability of one document. The headline counts once, as a paragraph and
 * a sentence of its own; a sentence is counted only when it has a word. Words are the word-like
 * tokens (words, numbers, web and e-mail addresses). Every readability figure is computed from
 * the counts in this record ({@link Readability}); all are 0 for a document without words.
 *
 * @param document the document's name
 * @param characters characters (code points) of the counted text: headline and paragraphs
 * @param letters letters and digits in words (the "characters" of ARI, the letters of Coleman-Liau)
 * @param words word-like tokens
 * @param uniqueWords distinct words, case ignored
 * @param sentences sentences with at least one word
 * @param paragraphs paragraphs, the headline included
 * @param meanSentenceLength words per sentence
 * @param p90SentenceLength the 90th percentile of sentence length in words (nearest rank)
 * @param maxSentenceLength the longest sentence's length in words
 * @param longestSentence the 1-based number of the (first) longest sentence; 0 when there is none
 * @param syllables syllables of all words ({@link Syllables})
 * @param syllablesPerWord syllables / words
 * @param typeTokenRatio uniqueWords / words
 * @param polysyllables words (not numbers) of three or more syllables, as SMOG counts them
 * @param complexWords polysyllables that are not names (capitalised mid-sentence), hyphenated
 *     compounds, or three syllables only by -es, -ed or -ing: Gunning's complex words
 * @param readingMinutes minutes to read at 238 words a minute (Brysbaert 2019's average for
 *     silent reading of non-fiction)
 * @param fleschReadingEase {@link Readability#fleschReadingEase}
 * @param fleschKincaidGrade {@link Readability#fleschKincaidGrade}
 * @param gunningFog {@link Readability#gunningFog}, from complexWords
 * @param smog {@link Readability#smog}, from polysyllables
 * @param colemanLiau {@link Readability#colemanLiau}, from letters
 * @param ari {@link Readability#ari}, from letters
 */
public record WordStats(
        String document,
        int characters,
        int letters,
        int words,
        int uniqueWords,
        int sentences,
        int paragraphs,
        double meanSentenceLength,
        int p90SentenceLength,
        int maxSentenceLength,
        int longestSentence,
        int syllables,
        double syllablesPerWord,
        double typeTokenRatio,
        int polysyllables,
        int complexWords,
        double readingMinutes,
        double fleschReadingEase,
        double fleschKincaidGrade,
        double gunningFog,
        double smog,
        double colemanLiau,
        double ari) {

    /** Silent reading speed used for {@link #readingMinutes}. */
    public static final int WORDS_PER_MINUTE = 238;

    /** The record for these counts, with the derived figures computed from them. */
    public static WordStats of(String document, int characters, int letters, int words, int uniqueWords,
            int sentences, int paragraphs, int p90SentenceLength, int maxSentenceLength, int longestSentence,
            int syllables, int polysyllables, int complexWords) {
        return new WordStats(document, characters, letters, words, uniqueWords, sentences, paragraphs,
                ratio(words, sentences), p90SentenceLength, maxSentenceLength, longestSentence,
                syllables, ratio(syllables, words), ratio(uniqueWords, words), polysyllables, complexWords,
                (double) words / WORDS_PER_MINUTE,
                Readability.fleschReadingEase(words, sentences, syllables),
                Readability.fleschKincaidGrade(words, sentences, syllables),
                Readability.gunningFog(words, sentences, complexWords),
                Readability.smog(sentences, polysyllables),
                Readability.colemanLiau(words, sentences, letters),
                Readability.ari(words, sentences, letters));
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
