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
import java.util.Optional;

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
    /**
     * Speakers of the quotes attributed so far, by quote start (ascending): quotes are attributed in
     * order, so this is an append-only pair of arrays rather than a tree map of boxed keys.
     */
    private int[] speakerStarts = new int[16];
    private Entity[] speakers = new Entity[16];
    private int speakerCount;

    SpeakerResolver(Document doc, EntityAnalysis entities, QuoteZones zones) {
        this.doc = doc;
        this.entities = entities;
        this.zones = zones;
    }

    void recordSpeaker(int quoteStart, Entity e) {
        int i = lowerBound(quoteStart);
        if (i < speakerCount && speakerStarts[i] == quoteStart) {
            speakers[i] = e;
            return;
        }
        if (speakerCount == speakerStarts.length) {
            speakerStarts = java.util.Arrays.copyOf(speakerStarts, speakerCount * 2);
            speakers = java.util.Arrays.copyOf(speakers, speakerCount * 2);
        }
        System.arraycopy(speakerStarts, i, speakerStarts, i + 1, speakerCount - i);
        System.arraycopy(speakers, i, speakers, i + 1, speakerCount - i);
        speakerStarts[i] = quoteStart;
        speakers[i] = e;
        speakerCount++;
    }

    /** Index of the first recorded quote starting at or after {@code offset}. */
    private int lowerBound(int offset) {
        if (speakerCount == 0 || speakerStarts[speakerCount - 1] < offset) {
            return speakerCount; // the usual case: quotes are recorded in order
        }
        int lo = 0;
        int hi = speakerCount;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (speakerStarts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Resolves the phrase made of words {@code [a, b]} of {@code w}. */
    Speaker resolve(Words w, int a, int b) {
        String mention = w.span(a, b);
        String head = w.lower(b);
        if (a == b && Lexicon.PERSONAL_PRONOUNS.contains(head)) {
            return resolvePronoun(w.text(b), w.start(b));
        }
        // an indefinite description ("a spokesman", "A number of Senators", "an official Twitter
        // account") introduces someone new: never an earlier entity
        String det = w.lower(a);
        if ((a < b || det.equals("one") || det.equals("another")) && (det.equals("a") || det.equals("an")
                || det.equals("one") || det.equals("another")
                || det.equals("some") || det.equals("several") || det.equals("many"))) {
            // ... but "a spokesman for Acme Corp" speaks for the organisation the article names
            for (int k = a + 1; k < b; k++) {
                if (w.isWord(k) && !w.isCapitalized(k) && LINKS.contains(w.lower(k))) {
                    for (EntityAnalysis.Resolved r : entities.mentionsIn(w.start(k + 1), w.end(b))) {
                        if (r.entity().type() == EntityType.ORGANIZATION) {
                            return Speaker.of(mention, r.entity());
                        }
                    }
                    break;
                }
            }
            return Speaker.unknown(mention);
        }
        // a person named as the head of the phrase, possibly with "of Iran" or "from the X camp" after
        Optional<Speaker> byHead = headEntity(w, a, b, mention);
        if (byHead.isPresent()) {
            return byHead.get();
        }
        // the entity whose mention covers the head word ("Wendy Parmet", "the SDF", "His wife Mary"),
        // unless a preposition puts it in a complement ("a correspondent in Cairo")
        Optional<Entity> e = usable(entities.entityAt(w.start(b)));
        if (e.isPresent() && !inComplement(w, a, b)) {
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
        if (byTitle.isEmpty()) {
            // "the US Secretary" when the title learned was "secretary of state": drop the country
            String bare = withoutPlaces(w, a, b);
            if (bare != null) {
                byTitle = usable(entities.resolveDescription(bare, w.start(a)));
            }
        }
        if (byTitle.isPresent()) {
            return Speaker.of(mention, byTitle.get());
        }
        return Speaker.unknown(mention);
    }

    private static final java.util.Set<String> LINKS = Lexicon.words("of", "from", "at", "for", "in");

    /**
     * The entity at the head of the phrase: the first person or organisation followed by a
     * complement ("Hassan Rouhani of Iran", "The Aam Aadmi Party in Goa", "Regina Ip from the
     * pro-Beijing camp"), else the last person that ends the phrase; never a possessive ("Kerry's
     * aide"). A name followed by a complement that entity recognition missed is taken as written.
     */
    private Optional<Speaker> headEntity(Words w, int a, int b, String mention) {
        Entity last = null;
        for (EntityAnalysis.Resolved r : entities.mentionsIn(w.start(a), w.end(b))) {
            EntityType t = r.entity().type();
            if (t != EntityType.PERSON && t != EntityType.ORGANIZATION || r.mention().end() > w.end(b)) {
                continue;
            }
            int k = a;
            while (k <= b && w.start(k) < r.mention().end()) {
                k++;
            }
            if (k > b) {
                if (t == EntityType.PERSON) {
                    last = r.entity();
                }
                continue;
            }
            boolean possessive = w.start(k) == r.mention().end();
            if (!possessive && w.isWord(k) && LINKS.contains(w.lower(k))) {
                return Optional.of(Speaker.of(mention, r.entity()));
            }
        }
        if (last != null) {
            return Optional.of(Speaker.of(mention, last));
        }
        // "Jennifer Lu of Marriage Equality Coalition Taiwan" with Jennifer Lu unknown to the recognizer
        for (int k = a + 1; k < b; k++) {
            if (w.isWord(k) && (w.lower(k).equals("of") || w.lower(k).equals("from")) && !w.isCapitalized(k)
                    && w.isCapitalized(k - 1) && entities.entityAt(w.start(k - 1)).isEmpty()) {
                long name = Phrases.nameRun(w, a, k - 1);
                if (name < 0) {
                    break;
                }
                int na = Phrases.first(name);
                while (na < k - 1 && Lexicon.isTitle(w.lower(na))) {
                    na++;
                }
                if (na < k - 1 && !Lexicon.isTitle(w.lower(k - 1))) {
                    String clean = w.span(na, k - 1);
                    Optional<Entity> byName = usable(entities.resolveName(clean));
                    return Optional.of(byName.map(e -> Speaker.of(mention, e))
                            .orElse(new Speaker(mention, Optional.of(clean), Optional.empty())));
                }
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * The description without its place modifiers ("the US Secretary" gives "the Secretary"), or
     * null when it has none: words naming a place, or short all-capital abbreviations before the head.
     */
    private String withoutPlaces(Words w, int a, int b) {
        StringBuilder sb = new StringBuilder();
        boolean dropped = false;
        for (int i = a; i <= b; i++) {
            if (!w.isWord(i)) {
                continue;
            }
            String t = w.text(i);
            boolean abbreviation = i < b && t.length() <= 4 && t.equals(t.toUpperCase(Locale.ROOT))
                    && Character.isLetter(t.charAt(0));
            boolean place = i < b && w.isCapitalized(i) && entities.entityAt(w.start(i))
                    .filter(e -> e.type() == EntityType.PLACE).isPresent();
            if (abbreviation || place) {
                dropped = true;
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t);
        }
        return dropped && sb.length() > 0 ? sb.toString() : null;
    }

    /** The head word's name starts after a linking preposition of the phrase. */
    private boolean inComplement(Words w, int a, int b) {
        int mentionStart = w.start(b);
        for (EntityAnalysis.Resolved r : entities.mentionsIn(w.start(a), w.end(b))) {
            if (r.mention().start() <= w.start(b) && r.mention().end() >= w.end(b)) {
                mentionStart = r.mention().start();
            }
        }
        for (int k = a + 1; k < b; k++) {
            if (w.isWord(k) && w.start(k) < mentionStart && LINKS.contains(w.lower(k)) && !w.isCapitalized(k)) {
                return true;
            }
        }
        return false;
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
        // a person only named after a preposition ("spoke with Anne Sacoolas") is a last resort
        Optional<Entity> fallback = Optional.empty();
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
            // whole sentences before the quote do not change any more: their candidates are kept
            boolean whole = k > 0 && from == s.start();
            List<Entity> primary = whole ? primaryCache.computeIfAbsent(s.index(), x -> candidates(from, to))
                    : candidates(from, to);
            Optional<Entity> found = firstCompatible(primary, want, person);
            if (found.isPresent()) {
                return Speaker.of(pronoun, found.get());
            }
            if (fallback.isEmpty()) {
                List<Entity> governed = whole ? governedCache.computeIfAbsent(s.index(), x -> governed(from, to))
                        : governed(from, to);
                fallback = firstCompatible(governed, want, person);
            }
            if (!person && k >= 1) {
                break; // "it"/"they" only look one sentence back: organisations rarely carry further
            }
        }
        return fallback.map(e -> Speaker.of(pronoun, e)).orElse(Speaker.unknown(pronoun));
    }

    private final java.util.Map<Integer, List<Entity>> primaryCache = new java.util.HashMap<>();
    private final java.util.Map<Integer, List<Entity>> governedCache = new java.util.HashMap<>();

    private static Optional<Entity> firstCompatible(List<Entity> candidates, Gender want, boolean person) {
        for (Entity e : candidates) {
            if (compatible(e, want, person)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** People named after a preposition in {@code [from, to)}, outside quotes. */
    private List<Entity> governed(int from, int to) {
        List<Entity> out = new ArrayList<>();
        for (EntityAnalysis.Resolved r : entities.mentionsIn(from, to)) {
            if (!zones.inside(r.mention().start()) && afterPreposition(r.mention().start())) {
                out.add(r.entity());
            }
        }
        return out;
    }

    /**
     * Antecedent candidates in {@code [from, to)}, most likely first: the subject of the first
     * reporting verb, the speakers of quotes, then named mentions outside quotes in order.
     */
    private List<Entity> candidates(int from, int to) {
        List<Entity> candidates = new ArrayList<>();
        // the subject of a reporting verb, which may be a description ("The Secretary of State said")
        Words w = Words.of(doc.text(), from, Math.min(to, from + 600));
        for (int i = 0; i < w.size(); i++) {
            if (!w.isWord(i) || zones.inside(w.start(i))) {
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
        for (int i = lowerBound(from); i < speakerCount && speakerStarts[i] < to; i++) {
            candidates.add(speakers[i]);
        }
        // named mentions outside quotes, first (the likely subject) first
        for (EntityAnalysis.Resolved r : entities.mentionsIn(from, to)) {
            if (!zones.inside(r.mention().start()) && !afterPreposition(r.mention().start())) {
                candidates.add(r.entity());
            }
        }
        return candidates;
    }

    private static final java.util.Set<String> PREPOSITIONS = Lexicon.words("of", "to", "for", "with", "by", "at",
            "in", "on", "from", "about", "against", "toward", "towards", "into", "than", "like", "under", "over");

    /** A mention governed by a preposition ("the character of Anya Jenkins") is not a subject. */
    private boolean afterPreposition(int start) {
        String text = doc.text();
        int k = start - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        int e = k + 1;
        while (k >= 0 && Character.isLetter(text.charAt(k))) {
            k--;
        }
        return e > k + 1 && PREPOSITIONS.contains(text.substring(k + 1, e).toLowerCase(Locale.ROOT));
    }

    private static boolean compatible(Entity e, Gender want, boolean person) {
        return person ? compatiblePerson(e, want) : e.type() == EntityType.ORGANIZATION;
    }

    private static boolean compatiblePerson(Entity e, Gender want) {
        return e.type() == EntityType.PERSON && (e.gender() == want || e.gender() == Gender.UNKNOWN);
    }
}
