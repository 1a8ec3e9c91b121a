package dev.analyze.claims;

import dev.analyze.document.Document;
import dev.analyze.document.Sentence;
import dev.analyze.document.Token;
import dev.analyze.document.TokenKind;
import dev.analyze.entities.Entity;
import dev.analyze.entities.EntityAnalysis;
import dev.analyze.entities.EntityType;
import dev.analyze.entities.Gender;
import dev.analyze.entities.Mention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A deliberately crude stand-in for the entities branch, for tests and the dev harness only:
 * capitalised word runs are names, titles before them are stripped and remembered, a surname
 * alone joins the earlier full name, "he"/"she" soon after a person sets the gender.
 */
final class SimpleEntities implements EntityAnalysis {

    private static final Set<String> TITLES = Set.of("president", "secretary", "minister", "prime", "vice",
            "senator", "sen", "governor", "gov", "mayor", "chief", "director", "speaker", "leader", "chairman",
            "chairwoman", "mr", "mrs", "ms", "dr", "of", "state", "foreign", "us", "u.s", "general",
            "attorney", "representative", "rep", "commissioner", "judge", "king", "queen", "pope");
    private static final Set<String> ORG_WORDS = Set.of("university", "department", "council", "committee",
            "forces", "party", "organization", "organisation", "police", "embassy", "house", "congress",
            "senate", "ministry", "agency", "company", "corp", "inc", "group", "association", "court",
            "army", "bank", "institute", "center", "centre", "news", "times", "nations", "union", "office");
    private static final Set<String> STOP = Set.of("the", "a", "an", "however", "in", "on", "at", "but", "and",
            "this", "that", "it", "he", "she", "they", "we", "i", "if", "when", "while", "after", "before",
            "without", "with", "for", "as", "by", "from", "there", "these", "those", "his", "her", "their",
            "according", "praising", "underlining", "addressing", "more", "many", "some", "of", "our");

    private final List<Entity> entities;
    private final Map<String, Entity> byForm = new LinkedHashMap<>();

    SimpleEntities(List<Entity> entities) {
        this.entities = List.copyOf(entities);
        for (Entity e : this.entities) {
            byForm.putIfAbsent(e.name().toLowerCase(Locale.ROOT), e);
            for (String a : e.aliases()) {
                byForm.putIfAbsent(a.toLowerCase(Locale.ROOT), e);
            }
        }
    }

    static SimpleEntities of(Document doc) {
        Map<String, Builder> found = new LinkedHashMap<>();
        List<Builder> people = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Token> toks = s.tokens();
            int i = 0;
            while (i < toks.size()) {
                int j = i;
                while (j < toks.size() && (cap(toks.get(j)) || (j > i && toks.get(j).text().equals("of")
                        && j + 1 < toks.size() && cap(toks.get(j + 1))))) {
                    j++;
                }
                if (j == i) {
                    i++;
                    continue;
                }
                int a = i;
                while (a < j && STOP.contains(toks.get(a).text().toLowerCase(Locale.ROOT))) {
                    a++;
                }
                List<String> title = new ArrayList<>();
                int lastTitle = -1;
                for (int k = a; k < j; k++) {
                    if (TITLES.contains(toks.get(k).text().toLowerCase(Locale.ROOT).replace(".", ""))) {
                        lastTitle = k;
                    }
                }
                if (lastTitle >= a && lastTitle < j - 1) {
                    for (int k = a; k <= lastTitle; k++) {
                        title.add(toks.get(k).text().toLowerCase(Locale.ROOT));
                    }
                    a = lastTitle + 1;
                }
                if (a < j) {
                    String name = doc.text().substring(toks.get(a).start(), toks.get(j - 1).end());
                    String key = name.toLowerCase(Locale.ROOT);
                    Builder b = found.get(key);
                    if (b == null && j - a == 1) {
                        for (Builder p : found.values()) {
                            if (p.name.endsWith(" " + name)) {
                                b = p;
                                b.aliases.add(name);
                                break;
                            }
                        }
                    }
                    if (b == null) {
                        b = new Builder(name, type(toks, a, j, !title.isEmpty()));
                        found.put(key, b);
                        if (b.type == EntityType.PERSON) {
                            people.add(b);
                        }
                    }
                    if (!title.isEmpty()) {
                        b.titles.add(String.join(" ", title));
                        if (b.type != EntityType.PERSON) {
                            b.type = EntityType.PERSON;
                        }
                    }
                    b.mentions.add(new Mention(name, toks.get(a).start(), toks.get(j - 1).end(), s.index()));
                }
                i = j;
            }
            // gender: the first pronoun after a person's first mention
            for (Token t : toks) {
                String w = t.text().toLowerCase(Locale.ROOT);
                if (w.equals("he") || w.equals("she") || w.equals("his") || w.equals("her")) {
                    for (int k = people.size() - 1; k >= 0; k--) {
                        Builder p = people.get(k);
                        if (p.type == EntityType.PERSON && p.gender == Gender.UNKNOWN
                                && p.mentions.get(0).start() < t.start()) {
                            p.gender = w.startsWith("h") && !w.equals("her") ? Gender.MALE : Gender.FEMALE;
                        }
                        break;
                    }
                }
            }
        }
        List<Entity> out = new ArrayList<>();
        for (Builder b : found.values()) {
            out.add(new Entity(b.name, b.type, b.mentions.size(), List.copyOf(b.aliases), b.mentions,
                    List.copyOf(b.titles), b.gender, Optional.empty()));
        }
        return new SimpleEntities(out);
    }

    private static EntityType type(List<Token> toks, int a, int b, boolean titled) {
        for (int k = a; k < b; k++) {
            if (ORG_WORDS.contains(toks.get(k).text().toLowerCase(Locale.ROOT))) {
                return EntityType.ORGANIZATION;
            }
        }
        if (titled) {
            return EntityType.PERSON;
        }
        boolean said = b < toks.size() && Set.of("said", "says", "told").contains(toks.get(b).text());
        return said || b - a == 2 || b - a == 3 ? EntityType.PERSON : EntityType.PLACE;
    }

    private static boolean cap(Token t) {
        return t.kind() == TokenKind.WORD && Character.isUpperCase(t.text().charAt(0));
    }

    @Override
    public List<Entity> entities() {
        return entities;
    }

    @Override
    public Optional<Entity> entityAt(int offset) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.start() <= offset && offset < m.end()) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public List<Resolved> mentionsIn(int start, int end) {
        List<Resolved> out = new ArrayList<>();
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.start() >= start && m.start() < end) {
                    out.add(new Resolved(m, e));
                }
            }
        }
        out.sort((x, y) -> Integer.compare(x.mention().start(), y.mention().start()));
        return out;
    }

    @Override
    public Optional<Entity> resolveName(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceAll("('s|\u2019s)$", "").replaceFirst("^(mr|mrs|ms|dr)\\.? ", "");
        return Optional.ofNullable(byForm.get(n));
    }

    @Override
    public Optional<Entity> resolveDescription(String description, int beforeOffset) {
        String d = description.toLowerCase(Locale.ROOT).replaceFirst("^(the|a|an) ", "");
        Entity found = null;
        for (Entity e : entities) {
            if (e.mentions().isEmpty() || e.mentions().get(0).start() >= beforeOffset) {
                continue;
            }
            for (String t : e.titles()) {
                if (t.endsWith(d) || t.contains(d)) {
                    if (found != null && found != e) {
                        return Optional.empty();
                    }
                    found = e;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    private static final class Builder {
        final String name;
        EntityType type;
        Gender gender = Gender.UNKNOWN;
        final List<String> aliases = new ArrayList<>();
        final List<String> titles = new ArrayList<>();
        final List<Mention> mentions = new ArrayList<>();

        Builder(String name, EntityType type) {
            this.name = name;
            this.type = type;
        }
    }
}
