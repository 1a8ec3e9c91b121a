package dev.analyze.stats;

import dev.analyze.document.Document;
import dev.analyze.document.Paragraph;
import dev.analyze.document.Sentence;
import dev.analyze.document.Token;
import dev.analyze.document.TokenKind;
import java.util.Arrays;
import java.util.List;

/**
 * Computes {@link WordStats} for a document. Pure (the per-thread {@link WordTable} is only a
 * cache); linear in the size of the document. Each word form's letters, syllables and key are
 * worked out once, not per occurrence.
 */
public final class WordStatsAnalyzer {

    private WordStatsAnalyzer() {
    }

    public static WordStats analyze(Document doc) {
        int characters = 0;
        for (Paragraph p : doc.paragraphs()) {
            characters += doc.text().codePointCount(p.start(), p.end());
        }
        int[] lengths = new int[doc.sentences().size()];
        int sentences = 0;
        int words = 0;
        int letters = 0;
        int syllables = 0;
        int polysyllables = 0;
        int complex = 0;
        int longest = 0;
        int max = 0;
        int unique = 0;
        WordTable table = WordTable.local();
        table.startDocument();
        for (Sentence sentence : doc.sentences()) {
            boolean heading = DocumentWords.isHeading(doc, sentence);
            boolean shouted = DocumentWords.isShouted(sentence);
            int length = 0;
            Token previous = null;
            List<Token> tokens = sentence.tokens();
            for (int i = 0; i < tokens.size(); i++) { // indexed: no iterator per sentence
                Token t = tokens.get(i);
                if (t.isWord()) {
                    length++;
                    table.find(t.text(), shouted);
                    if (table.firstInDocument()) {
                        unique++;
                    }
                    letters += table.letters();
                    int count = table.syllables();
                    syllables += count;
                    if (t.kind() == TokenKind.WORD && count >= 3) {
                        polysyllables++;
                        // Gunning's complex word is no name: not capitalised mid-sentence
                        if (table.complexForm() && !(DocumentWords.isCaseInformative(heading, shouted, previous)
                                && !table.lowerCase())) {
                            complex++;
                        }
                    }
                }
                previous = t;
            }
            if (length == 0) {
                continue;
            }
            words += length;
            lengths[sentences++] = length;
            if (length > max) {
                max = length;
                longest = sentence.number();
            }
        }
        int[] sorted = Arrays.copyOf(lengths, sentences);
        Arrays.sort(sorted);
        int p90 = sentences == 0 ? 0 : sorted[(int) Math.ceil(0.9 * sentences) - 1];
        return WordStats.of(doc.name(), characters, letters, words, unique, sentences,
                doc.paragraphs().size(), p90, max, longest, syllables, polysyllables, complex);
    }
}
