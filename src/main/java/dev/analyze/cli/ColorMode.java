package dev.analyze.cli;

/** --color values. */
public enum ColorMode {
    auto, always, never
}
