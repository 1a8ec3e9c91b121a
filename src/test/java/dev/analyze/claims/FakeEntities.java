package dev.analyze.claims;

import dev.analyze.document.Document;
import dev.analyze.entities.Entity;
import dev.analyze.entities.EntityAnalysis;
import dev.analyze.entities.EntityType;
import dev.analyze.entities.Gender;
import dev.analyze.entities.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A hand-made {@link EntityAnalysis} for tests: the test names the entities, their aliases and
 * titles; mentions are every whole-word occurrence of a name or alias (longest first).
 */
final class FakeEntities implements EntityAnalysis {

    private final List<Entity> entities;

    private FakeEntities(List<Entity> entities) {
        this.entities = entities;
    }

    /** One entity spec: canonical name, type, gender, aliases and titles. */
    record Spec(String name, EntityType type, Gender gender, List<String> aliases, List<String> titles) {
        static Spec person(String name, Gender g, String... aliases) {
            return new Spec(name, EntityType.PERSON, g, List.of(aliases), List.of());
        }

        static Spec org(String name, String... aliases) {
            return new Spec(name, EntityType.ORGANIZATION, Gender.UNKNOWN, List.of(aliases), List.of());
        }

        Spec titled(String... titles) {
            return new Spec(name, type, gender, aliases, List.of(titles));
        }
    }

    static FakeEntities of(Document doc, Spec... specs) {
        String text = doc.text();
        List<int[]> taken = new ArrayList<>();
        List<Entity> out = new ArrayList<>();
        for (Spec spec : specs) {
            List<String> forms = new ArrayList<>(spec.aliases());
            forms.add(spec.name());
            forms.sort(Comparator.comparingInt(String::length).reversed());
            List<Mention> mentions = new ArrayList<>();
            for (String form : forms) {
                int from = 0;
                for (int i = text.indexOf(form, from); i >= 0; i = text.indexOf(form, i + 1)) {
                    int end = i + form.length();
                    boolean whole = (i == 0 || !Character.isLetter(text.charAt(i - 1)))
                            && (end == text.length() || !Character.isLetter(text.charAt(end)));
                    final int a = i;
                    if (!whole || taken.stream().anyMatch(t -> a < t[1] && t[0] < end)) {
                        continue;
                    }
                    taken.add(new int[] {i, end});
                    int sentence = doc.sentenceAt(i).map(s -> s.index()).orElse(0);
                    mentions.add(new Mention(form, i, end, sentence));
                }
            }
            mentions.sort(Comparator.comparingInt(Mention::start));
            out.add(new Entity(spec.name(), spec.type(), mentions.size(), spec.aliases(), mentions, spec.titles(),
                    spec.gender(), Optional.empty()));
        }
        return new FakeEntities(List.copyOf(out));
    }

    @Override
    public List<Entity> entities() {
        return entities;
    }

    @Override
    public Optional<Entity> entityAt(int offset) {
        return entities.stream()
                .filter(e -> e.mentions().stream().anyMatch(m -> m.start() <= offset && offset < m.end()))
                .findFirst();
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
        out.sort(Comparator.comparingInt(r -> r.mention().start()));
        return out;
    }

    @Override
    public Optional<Entity> resolveName(String name) {
        String n = name.strip();
        return entities.stream()
                .filter(e -> e.name().equalsIgnoreCase(n) || e.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(n)))
                .findFirst();
    }

    @Override
    public Optional<Entity> resolveDescription(String description, int beforeOffset) {
        String d = description.toLowerCase(Locale.ROOT).replaceFirst("^(the|a|an) ", "").strip();
        List<Entity> hits = entities.stream()
                .filter(e -> !e.mentions().isEmpty() && e.mentions().get(0).start() < beforeOffset)
                .filter(e -> e.titles().stream().anyMatch(t -> t.endsWith(d)))
                .toList();
        return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
    }
}
