package dev.analyze.claims;

import dev.analyze.document.Document;
import dev.analyze.document.Sentence;
import dev.analyze.document.Span;
import dev.analyze.entities.Entity;
import dev.analyze.entities.EntityAnalysis;
import dev.analyze.entities.EntityType;
import dev.analyze.entities.Gender;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a source phrase as written into a canonical claimant, the way quotes are attributed:
 * names through {@link EntityAnalysis#resolveName}, descriptions ("the Secretary of State")
 * through {@link EntityAnalysis#resolveDescription}, and "he"/"she" to the most recent compatible
 * person (a person named in the same or the previous two sentences, outside quotes, else the
 * last speaker). Used by one analysis at a time, in document order: it remembers the last speaker.
 */
final class SpeakerResolver {

    private static final Set<String> MALE = Set.of("he", "him", "his");
    private static final Set<String> FEMALE = Set.of("she", "her", "hers");
    private static final int LOOKBACK_SENTENCES = 2;
    private static final int LOOKBACK_CHARS = 1500;

    private final Document doc;
    private final EntityAnalysis entities;
    private final QuoteMask mask;
    private final Set<String> roles = WordLists.roles();
    private Speaker lastPerson;
    private int lastPersonParagraph = -10;

    SpeakerResolver(Document doc, EntityAnalysis entities, QuoteMask mask) {
        this.doc = doc;
        this.entities = entities;
        this.mask = mask;
    }

    /** Notes a speaker seen at {@code paragraph}, for later pronouns. */
    void remember(Speaker speaker, int paragraph) {
        Entity e = speaker.entity().orElse(null);
        if (e == null || e.type() == EntityType.PERSON) {
            lastPerson = speaker;
            lastPersonParagraph = paragraph;
        }
    }

    /** The claimant named by {@code source} in sentence {@code s}, if it can be told. */
    Optional<Speaker> resolve(Span source, Sentence s) {
        String text = doc.text(source).strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (MALE.contains(lower) || FEMALE.contains(lower)) {
            return antecedent(MALE.contains(lower) ? Gender.MALE : Gender.FEMALE, source.start(), s);
        }
        if (OTHER_PRONOUNS.contains(lower)) {
            return Optional.empty();
        }
        // a named mention inside the phrase: the person if any ("US Secretary of State John Kerry")
        List<EntityAnalysis.Resolved> inside = entities.mentionsIn(source.start(), source.end());
        Entity best = null;
        for (int iR = 0; iR < inside.size(); iR++) {
            EntityAnalysis.Resolved r = inside.get(iR);
            if (r.mention().end() > source.end()) {
                continue;
            }
            Entity e = r.entity();
            if (best == null || rank(e.type()) <= rank(best.type())) {
                best = e;
            }
        }
        if (best != null && best.type() == EntityType.OTHER && best.country().isPresent()) {
            // "the Saudi government": the country behind the demonym
            String country = best.country().get();
            best = entities.resolveName(country).orElse(null);
            if (best == null) {
                return Optional.of(new Speaker(country, Optional.empty()));
            }
        }
        String bare = stripDeterminer(text);
        boolean described = !bare.equals(text) || isRoleOnly(bare);
        if (best != null && best.type() == EntityType.PERSON) {
            return Optional.of(of(best));
        }
        if (described) {
            Optional<Entity> d = entities.resolveDescription(text, source.start());
            if (d.isPresent()) {
                return Optional.of(of(d.get()));
            }
        }
        if (best != null && (best.type() != EntityType.PLACE || !described)) {
            return Optional.of(of(best));
        }
        Optional<Entity> byName = entities.resolveName(bare);
        if (byName.isPresent()) {
            return Optional.of(of(byName.get()));
        }
        if (best != null) {
            return Optional.of(of(best));
        }
        // an unrecognised proper name is still the claimant as the article names it
        if (!described && Character.isUpperCase(bare.isEmpty() ? 'x' : bare.charAt(0))) {
            return Optional.of(new Speaker(bare, Optional.empty()));
        }
        return Optional.empty();
    }

    /** A speaker given by name (a quote's speaker), linked to its entity when it resolves. */
    Speaker named(String name) {
        return named.computeIfAbsent(name, n -> {
            Optional<Entity> e = entities.resolveName(n);
            return new Speaker(e.map(Entity::name).orElse(n), e);
        });
    }

    /** Quote speakers already resolved: a name is quoted many times, and resolving it is not cheap. */
    private final java.util.Map<String, Speaker> named = new java.util.HashMap<>();

    private Optional<Speaker> antecedent(Gender gender, int offset, Sentence s) {
        List<Sentence> all = doc.sentences();
        for (int k = s.index(); k >= 0 && k >= s.index() - LOOKBACK_SENTENCES; k--) {
            Sentence prev = all.get(k);
            int end = k == s.index() ? offset : prev.end();
            // bounded look-back, so a giant run-on "sentence" stays linear
            List<EntityAnalysis.Resolved> rs = entities.mentionsIn(Math.max(prev.start(), offset - LOOKBACK_CHARS), end);
            for (int iR = 0; iR < rs.size(); iR++) {
                EntityAnalysis.Resolved r = rs.get(iR);
                Entity e = r.entity();
                if (e.type() == EntityType.PERSON && compatible(e.gender(), gender)
                        && !mask.inside(r.mention().start())) {
                    // the first person of the nearest sentence: its subject, in news style
                    return Optional.of(of(e));
                }
            }
        }
        if (lastPerson != null && s.paragraph() - lastPersonParagraph <= 3
                && lastPerson.entity().map(e -> compatible(e.gender(), gender)).orElse(true)) {
            return Optional.of(lastPerson);
        }
        return Optional.empty();
    }

    private static boolean compatible(Gender entity, Gender pronoun) {
        return entity == Gender.UNKNOWN || entity == pronoun;
    }

    private static int rank(EntityType t) {
        return switch (t) {
            case PERSON -> 0;
            case ORGANIZATION -> 1;
            case PLACE -> 2;
            case OTHER -> 3;
        };
    }

    /** Every word of the phrase (split at white space and dots) a role or a linking word. */
    private boolean isRoleOnly(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT);
        int n = p.length();
        int k = 0;
        while (k < n) {
            int e = k;
            while (e < n && !isSeparator(p.charAt(e))) {
                e++;
            }
            if (e > k) {
                String w = p.substring(k, e);
                if (!roles.contains(w) && !LINKS.contains(w)) {
                    return false;
                }
            }
            k = e + 1;
        }
        return true;
    }

    /** The characters {@code [\\s.]} of the regex the words were once split with. */
    private static boolean isSeparator(char c) {
        return c == '.' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static final Set<String> OTHER_PRONOUNS = Set.of("they", "it", "we", "i");
    private static final Set<String> LINKS = Set.of("the", "a", "an", "of", "for", "and");
    private static final List<String> DETERMINERS = List.of("the ", "a ", "an ", "The ", "A ", "An ");

    private static String stripDeterminer(String text) {
        String t = text;
        for (int iD = 0; iD < DETERMINERS.size(); iD++) {
            String d = DETERMINERS.get(iD);
            if (t.startsWith(d)) {
                return t.substring(d.length()).strip();
            }
        }
        return t;
    }

    private static Speaker of(Entity e) {
        return new Speaker(e.name(), Optional.of(e));
    }
}
