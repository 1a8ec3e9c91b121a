package dev.analyze.entities;

import dev.analyze.Labelled;

/** Entity types, as printed in every format. */
public enum EntityType implements Labelled {
    PERSON, ORGANIZATION, PLACE, OTHER;

    @Override
    public String label() {
        return name();
    }
}
