package dev.analyze.stats;

/**
 * One bar of a histogram: how many sentences have from {@code from} to {@code to} words (both
 * inclusive).
 */
public record LengthBucket(int from, int to, int count) {
}
