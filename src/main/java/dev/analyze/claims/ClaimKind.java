package dev.analyze.claims;

import dev.analyze.Labelled;

/** Where a claim's authority comes from. */
public enum ClaimKind implements Labelled {
    QUOTED("quoted"), REPORTED("reported"), STATISTIC("statistic"), ASSERTION("assertion");

    private final String label;

    ClaimKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
