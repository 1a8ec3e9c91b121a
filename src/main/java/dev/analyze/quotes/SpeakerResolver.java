package dev.analyze.quotes;

import dev.analyze.document.Document;
import dev.analyze.document.Sentence;
import dev.analyze.entities.Entity;
import dev.analyze.entities.EntityAnalysis;
import dev.analyze.entities.EntityType;
import dev.analyze.entities.Gender;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns speaker phrases into canonical names through the document's {@link EntityAnalysis}: names
 * by the entity that covers their head word (or by {@code resolveName}), descriptions ("the US
 * Secretary") by the titles entity recognition learned, pronouns by the most recent compatible
 * subject. Never guesses: what it cannot tie to one entity stays a bare mention.
 */
final class SpeakerResolver {

    /** How far back (characters) a pronoun looks for its antecedent. */
    private static final int PRONOUN_WINDOW = 2500;
    /** How many sentences back a pronoun looks. */
    private static final int PRONOUN_SENTENCES = 6;

    private final Document doc;
    private final EntityAnalysis entities;
    private final QuoteZones zones;
    /** Speakers of the quotes attributed so far, by quote start. */
    private final TreeMap<Integer, Entity> quoteSpeakers = new TreeMap<>();

    SpeakerResolver(Document doc, EntityAnalysis entities, QuoteZones zones) {
        this.doc = doc;
        this.entities = entities;
        this.zones = zones;
    }

    void recordSpeaker(int quoteStart, Entity e) {
        quoteSpeakers.put(quoteStart, e);
    }

    /** Resolves the phrase made of words {@code [a, b]} of {@code w}. */
    Speaker resolve(Words w, int a, int b) {
        String mention = w.span(a, b);
        String head = w.lower(b);
        if (a == b && Lexicon.PERSONAL_PRONOUNS.contains(head)) {
            return resolvePronoun(w.text(b), w.start(b));
        }
        // a person named as the head of the phrase, possibly with "of Iran" or "from the X camp" after
        Optional<Entity> person = personHead(w, a, b);
        if (person.isPresent()) {
            return Speaker.of(mention, person.get());
        }
        // the entity whose mention covers the head word ("Wendy Parmet", "the SDF", "His wife Mary")
        Optional<Entity> e = usable(entities.entityAt(w.start(b)));
        if (e.isPresent()) {
            return Speaker.of(mention, e.get());
        }
        long name = Phrases.nameRun(w, a, b);
        if (name >= 0) {
            int na = Phrases.first(name);
            while (na <= b && (Lexicon.isTitle(w.lower(na)) || !w.isWord(na))) {
                na++;
            }
            if (na <= b) {
                String clean = stripPossessive(w.span(na, b));
                Optional<Entity> byName = usable(entities.resolveName(clean));
                if (byName.isEmpty()) {
                    byName = usable(entities.resolveName(w.span(Phrases.first(name), b)));
                }
                if (byName.isPresent()) {
                    return Speaker.of(mention, byName.get());
                }
                // a proper name the recognizer missed is still the article's name for the speaker
                if (na == Phrases.first(name) || Lexicon.isTitle(w.lower(na - 1)) || !w.isWord(na - 1)) {
                    return new Speaker(mention, Optional.of(clean), Optional.empty());
                }
            }
        }
        Optional<Entity> byTitle = usable(entities.resolveDescription(mention, w.start(a)));
        if (byTitle.isPresent()) {
            return Speaker.of(mention, byTitle.get());
        }
        return Speaker.unknown(mention);
    }

    /**
     * The last person mentioned in the phrase who is its head: nothing follows the name, or only a
     * complement such as "of Iran" / "from the pro-Beijing camp"; never a possessive ("Kerry's aide").
     */
    private Optional<Entity> personHead(Words w, int a, int b) {
        Entity best = null;
        for (EntityAnalysis.Resolved r : entities.mentionsIn(w.start(a), w.end(b))) {
            if (r.entity().type() != EntityType.PERSON || r.mention().end() > w.end(b)) {
                continue;
            }
            int k = a;
            while (k <= b && w.start(k) < r.mention().end()) {
                k++;
            }
            if (k > b) {
                best = r.entity();
                continue;
            }
            String next = w.lower(k);
            boolean possessive = w.start(k) == r.mention().end();
            if (!possessive && (next.equals("of") || next.equals("from") || next.equals("at"))) {
                best = r.entity();
            }
        }
        return Optional.ofNullable(best);
    }

    /** An organisation named right after a description: "a spokesman for Acme Corp." */
    Optional<Entity> organisationAfter(Words w, int b) {
        int k = b + 1;
        if (!w.isWord(k)) {
            return Optional.empty();
        }
        String prep = w.lower(k);
        if (!prep.equals("for") && !prep.equals("of") && !prep.equals("at") && !prep.equals("from")) {
            return Optional.empty();
        }
        for (int i = k + 1; i < w.size() && i <= k + 6; i++) {
            if (!w.isWord(i)) {
                if (Phrases.isNameDot(w, i)) {
                    continue;
                }
                break;
            }
            Optional<Entity> e = entities.entityAt(w.start(i));
            if (e.isPresent() && e.get().type() == EntityType.ORGANIZATION) {
                return e;
            }
        }
        return Optional.empty();
    }

    private static String stripPossessive(String s) {
        if (s.endsWith("'s") || s.endsWith("\u2019s")) {
            return s.substring(0, s.length() - 2);
        }
        return s;
    }

    private static Optional<Entity> usable(Optional<Entity> e) {
        return e.filter(x -> x.type() == EntityType.PERSON || x.type() == EntityType.ORGANIZATION
                || x.type() == EntityType.PLACE);
    }

    /**
     * "he"/"she": the most recent compatible person among the subjects and speakers of the preceding
     * sentences; "it"/"they": an organisation. First and second person resolve to nobody.
     */
    Speaker resolvePronoun(String pronoun, int offset) {
        String p = pronoun.toLowerCase(Locale.ROOT);
        Gender want;
        boolean person;
        switch (p) {
            case "he" -> {
                want = Gender.MALE;
                person = true;
            }
            case "she" -> {
                want = Gender.FEMALE;
                person = true;
            }
            case "it", "they" -> {
                want = Gender.UNKNOWN;
                person = false;
            }
            default -> {
                return Speaker.unknown(pronoun);
            }
        }
        Optional<Sentence> at = doc.sentenceAt(offset);
        if (at.isEmpty()) {
            return Speaker.unknown(pronoun);
        }
        int idx = at.get().index();
        int limit = offset;
        int floor = Math.max(0, offset - PRONOUN_WINDOW);
        List<Sentence> sentences = doc.sentences();
        for (int k = 0; k < PRONOUN_SENTENCES && idx - k >= 0; k++) {
            Sentence s = sentences.get(idx - k);
            if (s.end() <= floor) {
                break;
            }
            int from = Math.max(s.start(), floor);
            int to = k == 0 ? Math.min(limit, s.end()) : s.end();
            if (from >= to) {
                continue;
            }
            Optional<Entity> found = candidateIn(from, to, want, person);
            if (found.isPresent()) {
                return Speaker.of(pronoun, found.get());
            }
            if (!person && k >= 1) {
                break; // "it"/"they" only look one sentence back: organisations rarely carry further
            }
        }
        return Speaker.unknown(pronoun);
    }

    private Optional<Entity> candidateIn(int from, int to, Gender want, boolean person) {
        List<Entity> candidates = new ArrayList<>();
        // the subject of a reporting verb, which may be a description ("The Secretary of State said")
        Words w = Words.of(doc.text(), from, Math.min(to, from + 600));
        for (int i = 0; i < w.size(); i++) {
            if (zones.inside(w.start(i))) {
                continue;
            }
            int len = ReportingCues.get().cueLength(w, i);
            if (len > 0 && !w.lower(i).equals("according")) {
                long subj = Phrases.subjectBefore(w, i, 0);
                if (subj >= 0 && !(Phrases.first(subj) == Phrases.last(subj)
                        && Lexicon.PERSONAL_PRONOUNS.contains(w.lower(Phrases.first(subj))))) {
                    Speaker s = resolve(w, Phrases.first(subj), Phrases.last(subj));
                    s.entity().ifPresent(candidates::add);
                }
                break;
            }
        }
        // speakers of quotes in the stretch
        for (Map.Entry<Integer, Entity> q : quoteSpeakers.subMap(from, true, to, false).entrySet()) {
            candidates.add(q.getValue());
        }
        // named mentions outside quotes, first (the likely subject) first
        for (EntityAnalysis.Resolved r : entities.mentionsIn(from, to)) {
            if (!zones.inside(r.mention().start())) {
                candidates.add(r.entity());
            }
        }
        for (Entity e : candidates) {
            if (person ? compatiblePerson(e, want) : e.type() == EntityType.ORGANIZATION) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static boolean compatiblePerson(Entity e, Gender want) {
        return e.type() == EntityType.PERSON && (e.gender() == want || e.gender() == Gender.UNKNOWN);
    }
}
