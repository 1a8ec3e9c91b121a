/**
 * Word statistics, readability, word frequencies, n-grams, key word in context and sentence
 * lengths: pure analyzers from a {@link dev.analyze.document.Document} to immutable records.
 *
 * <ul>
 * <li>{@link dev.analyze.stats.WordStatsAnalyzer} gives {@link dev.analyze.stats.WordStats}: counts
 *     and the six readability scores of {@link dev.analyze.stats.Readability}, each computed from the
 *     counts in the same record. Syllables come from {@link dev.analyze.stats.Syllables}: the CMU
 *     Pronouncing Dictionary stored as the exceptions to a spelling rule.
 * <li>{@link dev.analyze.stats.WordFrequencies} and {@link dev.analyze.stats.NGrams} group words
 *     case-insensitively and show them as the text writes them mid-sentence; stopwords
 *     ({@link dev.analyze.stats.Stopwords}) and numbers are left out unless asked for;
 *     {@link dev.analyze.stats.Lemmatizer} folds forms onto real words, never stems.
 * <li>{@link dev.analyze.stats.Kwic} finds a word or phrase with its context;
 *     {@link dev.analyze.stats.SentenceLengths} buckets sentence lengths for plots.
 * </ul>
 *
 * <p>A word is a word-like token of the document (word, number, web or e-mail address); the
 * headline counts once, as a paragraph and a sentence. Resources under
 * {@code src/main/resources/dev/analyze/stats/}: {@code syllables.txt} (generated, see
 * {@code SyllableTableGenerator} in the test tree), {@code stopwords.txt}, {@code lemmas.txt}.
 */
package dev.analyze.stats;
