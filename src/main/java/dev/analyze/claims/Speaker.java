package dev.analyze.claims;

import dev.analyze.entities.Entity;
import java.util.Optional;

/** A resolved claimant: the canonical name to print and, when known, its entity. */
record Speaker(String name, Optional<Entity> entity) {
}
