package dev.analyze.quotes;

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
import java.util.Set;

/**
 * A hand-made {@link EntityAnalysis} for tests: the entities are declared (name, type, gender,
 * aliases, titles) and their mentions found by whole-word search, longest name first.
 */
final class TestEntities implements EntityAnalysis {

    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "mayor", "sen", "gov",
            "president", "minister", "secretary", "chairwoman", "chairman", "commissioner", "prof");

    private record Decl(String name, EntityType type, Gender gender, List<String> aliases, List<String> titles) {
    }

    private final Document doc;
    private final List<Decl> decls = new ArrayList<>();
    private List<Entity> entities;

    private TestEntities(Document doc) {
        this.doc = doc;
    }

    static TestEntities of(Document doc) {
        return new TestEntities(doc);
    }

    /** A person; the surname (last word) is an alias automatically. */
    TestEntities person(String name, Gender gender, String... titles) {
        List<String> aliases = new ArrayList<>();
        String[] parts = name.split(" ");
        if (parts.length > 1) {
            aliases.add(parts[parts.length - 1]);
        }
        decls.add(new Decl(name, EntityType.PERSON, gender, aliases, List.of(titles)));
        entities = null;
        return this;
    }

    TestEntities entity(String name, EntityType type, Gender gender, List<String> aliases, List<String> titles) {
        decls.add(new Decl(name, type, gender, aliases, titles));
        entities = null;
        return this;
    }

    TestEntities org(String name, String... aliases) {
        return entity(name, EntityType.ORGANIZATION, Gender.UNKNOWN, List.of(aliases), List.of());
    }

    private List<Entity> built() {
        if (entities != null) {
            return entities;
        }
        String text = doc.text();
        boolean[] taken = new boolean[text.length() + 1];
        List<List<Mention>> perEntity = new ArrayList<>();
        for (int i = 0; i < decls.size(); i++) {
            perEntity.add(new ArrayList<>());
        }
        // longest form first so "Ana Ruiz" wins over "Ruiz"
        record Form(int entity, String form) {
        }
        List<Form> forms = new ArrayList<>();
        for (int i = 0; i < decls.size(); i++) {
            forms.add(new Form(i, decls.get(i).name()));
            for (String a : decls.get(i).aliases()) {
                forms.add(new Form(i, a));
            }
        }
        forms.sort(Comparator.comparingInt((Form f) -> -f.form().length()));
        for (Form f : forms) {
            int from = 0;
            while (true) {
                int at = text.indexOf(f.form(), from);
                if (at < 0) {
                    break;
                }
                int end = at + f.form().length();
                from = at + 1;
                boolean wordStart = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
                boolean wordEnd = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
                if (!wordStart || !wordEnd || taken[at] || taken[end - 1]) {
                    continue;
                }
                for (int k = at; k < end; k++) {
                    taken[k] = true;
                }
                int sentence = doc.sentenceAt(at).map(s -> s.index()).orElse(0);
                perEntity.get(f.entity()).add(new Mention(f.form(), at, end, sentence));
            }
        }
        List<Entity> out = new ArrayList<>();
        for (int i = 0; i < decls.size(); i++) {
            Decl d = decls.get(i);
            List<Mention> ms = perEntity.get(i);
            ms.sort(Comparator.comparingInt(Mention::start));
            out.add(new Entity(d.name(), d.type(), ms.size(), d.aliases(), ms, d.titles(), d.gender(),
                    Optional.empty()));
        }
        entities = out;
        return out;
    }

    @Override
    public List<Entity> entities() {
        return built();
    }

    @Override
    public Optional<Entity> entityAt(int offset) {
        for (Entity e : built()) {
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
        for (Entity e : built()) {
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
        String n = name.replace('\u2019', '\'');
        if (n.endsWith("'s")) {
            n = n.substring(0, n.length() - 2);
        }
        String[] words = n.strip().split("\\s+");
        int k = 0;
        while (k < words.length - 1 && HONORIFICS.contains(words[k].toLowerCase(Locale.ROOT).replace(".", ""))) {
            k++;
        }
        String clean = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
        List<Entity> hits = new ArrayList<>();
        for (Entity e : built()) {
            if (e.name().equalsIgnoreCase(clean) || e.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(clean))) {
                hits.add(e);
            }
        }
        return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
    }

    @Override
    public Optional<Entity> resolveDescription(String description, int beforeOffset) {
        String d = description.toLowerCase(Locale.ROOT).strip().replaceFirst("^(the|a|an)\\s+", "");
        List<Entity> hits = new ArrayList<>();
        for (Entity e : built()) {
            if (e.mentions().isEmpty() || e.mentions().get(0).start() >= beforeOffset) {
                continue;
            }
            for (String t : e.titles()) {
                if (t.equals(d) || t.startsWith(d + " ") || t.endsWith(" " + d)) {
                    hits.add(e);
                    break;
                }
            }
        }
        return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
    }
}
