package dev.analyze.entities;

/**
 * One named mention of an entity: the text as written, its offsets into the document text and the
 * 0-based index of its sentence (displayed as {@code sentence + 1}).
 */
public record Mention(String text, int start, int end, int sentence) {
}
