package dev.analyze.cli;

/** A sentence as {@code show} prints it: 1-based numbers, offsets, text. */
record ShownSentence(int paragraph, int sentence, boolean title, int start, int end, String text) {
}
