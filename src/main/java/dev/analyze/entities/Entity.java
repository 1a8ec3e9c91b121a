package dev.analyze.entities;

import java.util.List;
import java.util.Optional;

/**
 * An entity of one document: canonical (fullest) name, type, the number of named mentions, the
 * other forms used for it, and every mention in document order.
 *
 * @param titles  descriptions seen with the name ("Secretary of State", "Prime Minister"), lower
 *                case, used to resolve later "the Secretary of State"; never counted as mentions
 * @param gender  evidence from honorifics, pronouns or first names
 * @param country for a demonym or nationality (type OTHER), the country it belongs to, if known
 */
public record Entity(
        String name,
        EntityType type,
        int count,
        List<String> aliases,
        List<Mention> mentions,
        List<String> titles,
        Gender gender,
        Optional<String> country) {

    public Entity {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
        titles = List.copyOf(titles);
    }

    /** The 0-based sentence of the first mention. */
    public int firstSentence() {
        return mentions.isEmpty() ? -1 : mentions.get(0).sentence();
    }
}
