package dev.analyze;

/** An enum constant with the label that machine formats print for it. */
public interface Labelled {
    String label();
}
