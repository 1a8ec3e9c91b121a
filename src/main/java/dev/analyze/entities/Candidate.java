package dev.analyze.entities;

/**
 * One name found in the text before merging: where it is, what the context says about its type,
 * and the title written in front of it. Mutable while the recognizer works; never leaves the package.
 */
final class Candidate {
    final int start;
    final int end;
    final String text;
    final String key;
    final int sentence;
    final int words;
    final boolean headline;

    /** From a gazetteer; {@code null} when the name is not listed. */
    Lexicons.Place listed;
    /** From the words of the name itself (org or place head word, acronym); {@code null} if none. */
    EntityType structural;
    int personVotes;
    int placeVotes;
    int orgVotes;
    /** Title written with the name, key form ("secretary of state"), or {@code null}. */
    String title;
    /** The title with its country word ("us secretary of state"), or {@code null}. */
    String longTitle;
    Gender titleGender = Gender.UNKNOWN;
    /** The first word opens the sentence, so its capital proves nothing ("Longtime Imus"). */
    boolean initialFirst;
    /** Index of the coordinated list ("A, B and C") this name is in, or -1. */
    int list = -1;
    /** Set when this mention was left unresolved (two full names share the word). */
    boolean ambiguous;
    Group group;

    /** This candidate without its first word (which starts at {@code newStart}). */
    Candidate withoutFirstWord(int newStart) {
        Candidate c = new Candidate(newStart, end, text.substring(newStart - start), sentence, headline);
        c.listed = Lexicons.get().gazetteer.get(c.key);
        c.structural = structural;
        c.personVotes = personVotes;
        c.placeVotes = placeVotes;
        c.orgVotes = orgVotes;
        c.list = list;
        return c;
    }

    Candidate(int start, int end, String text, int sentence, boolean headline) {
        this.start = start;
        this.end = end;
        this.text = text;
        this.key = Names.key(text);
        this.sentence = sentence;
        this.words = key.isEmpty() ? 0 : countWords(text);
        this.headline = headline;
    }

    private static int countWords(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }

    @Override
    public String toString() {
        return text + "@" + start;
    }
}
