package dev.analyze.entities;

/** Grammatical gender evidence for a person, used to resolve "he"/"she". */
public enum Gender {
    MALE, FEMALE, UNKNOWN
}
