package dev.analyze.stats;

import dev.analyze.document.Document;
import dev.analyze.document.Paragraph;
import dev.analyze.document.Sentence;
import dev.analyze.document.Token;
import dev.analyze.document.TokenKind;
import java.util.ArrayList;
import java.util.List;

/** The word-like tokens of a document, sentence by sentence, with what the word analyzers need. */
final class DocumentWords {

    private DocumentWords() {
    }

    /** One list per sentence of the document (empty for a sentence without words). */
    static List<List<WordOccurrence>> bySentence(Document doc) {
        List<List<WordOccurrence>> out = new ArrayList<>(doc.sentences().size());
        for (Sentence sentence : doc.sentences()) {
            boolean heading = isHeading(doc, sentence);
            boolean shouted = isShouted(sentence);
            List<WordOccurrence> words = new ArrayList<>();
            Token previous = null;
            for (Token t : sentence.tokens()) {
                if (t.isWord()) {
                    words.add(new WordOccurrence(t, key(t.text(), shouted), sentence.index(),
                            isCaseInformative(heading, shouted, previous), shouted));
                }
                previous = t;
            }
            out.add(words);
        }
        return out;
    }

    /**
     * The grouping key: lower case, except that an abbreviation spoken letter by letter keeps
     * its capitals outside an all-capitals sentence, so "US" (the country) is not "us".
     */
    static String key(String text, boolean shouted) {
        if (!shouted && Syllables.isSpelledAbbreviation(text)) {
            return WordKeys.straightApostrophes(text);
        }
        return WordKeys.key(text);
    }

    /**
     * Whether a word's capitals say something ({@link WordOccurrence#caseInformative}): it stands
     * after a word, a comma or a semicolon, outside the headline and all-capitals sentences.
     */
    static boolean isCaseInformative(boolean heading, boolean shouted, Token previous) {
        return !heading && !shouted && previous != null
                && (previous.isWord() || previous.text().equals(",") || previous.text().equals(";"));
    }

    static boolean isHeading(Document doc, Sentence sentence) {
        int p = sentence.paragraph();
        if (p < 0 || p >= doc.paragraphs().size()) {
            return false;
        }
        Paragraph paragraph = doc.paragraphs().get(p);
        return paragraph.heading();
    }

    /** An all-capitals sentence: at least three words of two or more letters, none with a lower-case letter. */
    static boolean isShouted(Sentence sentence) {
        int capitalWords = 0;
        List<Token> tokens = sentence.tokens();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.kind() != TokenKind.WORD) {
                continue;
            }
            int letters = 0;
            for (int i = 0; i < t.text().length(); i++) {
                char c = t.text().charAt(i);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                if (Character.isLetter(c)) {
                    letters++;
                }
            }
            if (letters >= 2) {
                capitalWords++;
            }
        }
        return capitalWords >= 3;
    }
}
