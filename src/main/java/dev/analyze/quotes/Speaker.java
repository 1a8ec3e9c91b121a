package dev.analyze.quotes;

import dev.analyze.entities.Entity;
import java.util.Optional;

/**
 * A resolved speaker phrase: the words the article used, and the canonical name when known.
 *
 * @param mention   the words as written ("he", "The US Secretary", "a spokesman")
 * @param canonical the canonical name, empty when the phrase names nobody the article identifies
 * @param entity    the entity behind the canonical name, when entity recognition knows it
 */
record Speaker(String mention, Optional<String> canonical, Optional<Entity> entity) {

    static Speaker unknown(String mention) {
        return new Speaker(mention, Optional.empty(), Optional.empty());
    }

    static Speaker of(String mention, Entity entity) {
        return new Speaker(mention, Optional.of(entity.name()), Optional.of(entity));
    }
}
