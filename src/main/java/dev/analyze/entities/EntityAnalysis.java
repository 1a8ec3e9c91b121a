package dev.analyze.entities;

import java.util.List;
import java.util.Optional;

/**
 * The entities of one document and the lookups later analyzers (quotes, claims) need to resolve
 * a speaker. Implementations are immutable.
 */
public interface EntityAnalysis {

    /** Entities, most mentioned first (ties: first mention first). */
    List<Entity> entities();

    /** The entity one of whose named mentions covers {@code offset}. */
    Optional<Entity> entityAt(int offset);

    /** Named mentions starting in {@code [start, end)}, in document order, with their entities. */
    List<Resolved> mentionsIn(int start, int end);

    /**
     * Resolves a name as written ("Kerry", "Mr. Kerry", "John Kerry's") to its entity, or empty
     * when unknown or ambiguous ("Sharif" with two Sharifs present).
     */
    Optional<Entity> resolveName(String name);

    /**
     * Resolves a description used instead of a name ("the Secretary of State", "the US Secretary",
     * "the minister") through titles seen with names earlier than {@code beforeOffset}; empty when
     * no unique entity carries that title.
     */
    Optional<Entity> resolveDescription(String description, int beforeOffset);

    /** A named mention with the entity it belongs to. */
    record Resolved(Mention mention, Entity entity) {
    }
}
