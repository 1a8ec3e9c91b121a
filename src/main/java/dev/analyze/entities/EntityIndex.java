package dev.analyze.entities;

import dev.analyze.document.Document;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The immutable {@link EntityAnalysis} of one document. */
final class EntityIndex implements EntityAnalysis {

    /** A title written with a name, at the offset of that name. */
    private record TitleUse(String title, int offset, Entity entity) {
    }

    private final List<Entity> entities;
    private final Resolved[] mentions;
    private final int[] starts;
    private final Map<String, Entity> byName;
    private final List<TitleUse> titleUses;

    private EntityIndex(List<Entity> entities, Resolved[] mentions, Map<String, Entity> byName,
            List<TitleUse> titleUses) {
        this.entities = List.copyOf(entities);
        this.mentions = mentions;
        this.starts = new int[mentions.length];
        for (int i = 0; i < mentions.length; i++) {
            starts[i] = mentions[i].mention().start();
        }
        this.byName = Map.copyOf(byName);
        this.titleUses = List.copyOf(titleUses);
    }

    static EntityIndex build(Document doc, List<Group> groups, List<List<CandidateFinder.Tok>> sentenceToks) {
        List<Entity> entities = new ArrayList<>();
        Map<Entity, Group> source = new IdentityHashMap<>();
        for (Group g : groups) {
            if (g.dropped || g.type == null) {
                continue;
            }
            List<Candidate> ms = new ArrayList<>();
            for (Candidate c : g.members) {
                if (!c.ambiguous) {
                    ms.add(c);
                }
            }
            if (ms.isEmpty()) {
                continue;
            }
            ms.sort(Comparator.comparingInt(c -> c.start));
            String name = g.canonical != null ? g.canonical : fullest(ms);
            Set<String> aliases = new LinkedHashSet<>();
            Set<String> titles = new LinkedHashSet<>();
            List<Mention> mentions = new ArrayList<>();
            for (Candidate c : ms) {
                String t = oneLine(c.text);
                if (!t.equals(name)) {
                    aliases.add(t);
                }
                if (c.title != null) {
                    titles.add(c.title);
                    if (c.longTitle != null) {
                        titles.add(c.longTitle);
                    }
                }
                mentions.add(new Mention(c.text, c.start, c.end, c.sentence));
            }
            Gender gender = g.type == EntityType.PERSON ? gender(ms, sentenceToks) : Gender.UNKNOWN;
            Entity e = new Entity(name, g.type, mentions.size(), new ArrayList<>(aliases), mentions,
                    new ArrayList<>(titles), gender, Optional.ofNullable(g.country));
            entities.add(e);
            source.put(e, g);
        }
        entities.sort(Comparator.comparingInt((Entity e) -> -e.count())
                .thenComparingInt(e -> e.mentions().get(0).start()));
        List<Resolved> all = new ArrayList<>();
        List<TitleUse> titleUses = new ArrayList<>();
        Map<String, Entity> byName = new HashMap<>();
        Set<String> clash = new HashSet<>();
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                all.add(new Resolved(m, e));
            }
            // only each title's first use per entity matters to resolveDescription ("seen before"):
            // one use per title keeps every lookup from scanning all uses (quadratic on long texts)
            Map<String, Integer> firstUse = new LinkedHashMap<>();
            for (Candidate c : source.get(e).members) {
                if (c.title != null && !c.ambiguous) {
                    firstUse.merge(c.title, c.start, Math::min);
                    if (c.longTitle != null && !c.longTitle.equals(c.title)) {
                        firstUse.merge(c.longTitle, c.start, Math::min);
                    }
                }
            }
            firstUse.forEach((title, at) -> titleUses.add(new TitleUse(title, at, e)));
            Set<String> keys = new LinkedHashSet<>();
            keys.add(Names.key(e.name()));
            for (String a : e.aliases()) {
                keys.add(Names.key(a));
            }
            if (e.type() == EntityType.PERSON) {
                keys.add(Names.lastWord(Names.key(e.name())));
            }
            for (String k : keys) {
                Entity prev = byName.putIfAbsent(k, e);
                if (prev != null && prev != e) {
                    clash.add(k);
                }
            }
        }
        for (Group g : groups) {
            for (Candidate c : g.members) {
                if (c.ambiguous) {
                    clash.add(c.key);
                }
            }
        }
        clash.forEach(byName::remove);
        all.sort(Comparator.comparingInt(r -> r.mention().start()));
        return new EntityIndex(entities, all.toArray(new Resolved[0]), byName, titleUses);
    }

    /** The text with each run of white space made one space (names may wrap across lines). */
    private static String oneLine(String text) {
        boolean plain = true;
        for (int i = 0; i < text.length() && plain; i++) {
            char c = text.charAt(i);
            plain = !Character.isWhitespace(c) || c == ' ' && (i == 0 || text.charAt(i - 1) != ' ');
        }
        return plain ? text : text.trim().replaceAll("\\s+", " ");
    }

    private static String fullest(List<Candidate> ms) {
        Candidate best = ms.get(0);
        for (Candidate c : ms) {
            if (c.words > best.words || c.words == best.words && c.text.length() > best.text.length()) {
                best = c;
            }
        }
        return oneLine(best.text);
    }

    /** Honorific or title first, then first names, then the pronouns that follow the mentions. */
    private static Gender gender(List<Candidate> ms, List<List<CandidateFinder.Tok>> sentenceToks) {
        for (Candidate c : ms) {
            if (c.titleGender != Gender.UNKNOWN) {
                return c.titleGender;
            }
        }
        Lexicons lex = Lexicons.get();
        for (Candidate c : ms) {
            if (c.words >= 2) {
                Gender g = lex.firstNames.get(Names.firstWord(c.key));
                if (g != null && g != Gender.UNKNOWN) {
                    return g;
                }
            }
        }
        int male = 0;
        int female = 0;
        for (Candidate c : ms) {
            // the pronouns in the next few dozen words after the mention
            int seen = 0;
            for (int s = c.sentence; s <= c.sentence + 1 && s < sentenceToks.size() && seen < 40; s++) {
                List<CandidateFinder.Tok> toks = sentenceToks.get(s);
                int i = s == c.sentence ? firstAtOrAfter(toks, c.end) : 0;
                for (; i < toks.size() && seen < 40; i++, seen++) {
                    switch (toks.get(i).key()) {
                        case "he", "him", "his", "himself" -> male++;
                        case "she", "her", "hers", "herself" -> female++;
                        default -> {
                        }
                    }
                }
            }
        }
        if (male > 0 && male >= 2 * female) {
            return Gender.MALE;
        }
        if (female > 0 && female >= 2 * male) {
            return Gender.FEMALE;
        }
        return Gender.UNKNOWN;
    }

    private static int firstAtOrAfter(List<CandidateFinder.Tok> toks, int offset) {
        int lo = 0;
        int hi = toks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toks.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public List<Entity> entities() {
        return entities;
    }

    @Override
    public Optional<Entity> entityAt(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        if (i < 0) {
            i = -i - 2;
        }
        while (i >= 0 && i < mentions.length) {
            Mention m = mentions[i].mention();
            if (offset >= m.start() && offset < m.end()) {
                return Optional.of(mentions[i].entity());
            }
            if (m.start() <= offset && i > 0 && starts[i - 1] == m.start()) {
                i--;
                continue;
            }
            break;
        }
        return Optional.empty();
    }

    @Override
    public List<Resolved> mentionsIn(int start, int end) {
        List<Resolved> out = new ArrayList<>();
        int i = Arrays.binarySearch(starts, start);
        if (i < 0) {
            i = -i - 1;
        }
        while (i > 0 && starts[i - 1] == start) {
            i--;
        }
        for (; i < mentions.length && starts[i] < end; i++) {
            if (starts[i] >= start) {
                out.add(mentions[i]);
            }
        }
        return out;
    }

    @Override
    public Optional<Entity> resolveName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String k = stripTitles(Names.key(name));
        if (k.isEmpty()) {
            return Optional.empty();
        }
        Entity e = byName.get(k);
        if (e == null) {
            Lexicons.Place p = Lexicons.get().gazetteer.get(k);
            if (p != null && p.type() == EntityType.PLACE) {
                e = byName.get(Names.key(p.canonical()));
            }
        }
        return Optional.ofNullable(e);
    }

    private static String stripTitles(String key) {
        Lexicons lex = Lexicons.get();
        String k = key;
        boolean changed = true;
        while (changed && k.contains(" ")) {
            changed = false;
            String[] w = k.split(" ");
            for (int n = Math.min(w.length - 1, lex.longestTitle); n >= 1; n--) {
                String head = String.join(" ", Arrays.copyOfRange(w, 0, n));
                if (lex.titles.containsKey(head)) {
                    k = String.join(" ", Arrays.copyOfRange(w, n, w.length));
                    changed = true;
                    break;
                }
            }
        }
        return k;
    }

    @Override
    public Optional<Entity> resolveDescription(String description, int beforeOffset) {
        if (description == null) {
            return Optional.empty();
        }
        List<String> d = new ArrayList<>(List.of(Names.key(description).split(" ")));
        while (!d.isEmpty() && Set.of("the", "a", "an", "former", "then", "our", "their", "its").contains(d.get(0))) {
            d.remove(0);
        }
        if (d.isEmpty() || d.get(0).isEmpty()) {
            return Optional.empty();
        }
        Entity found = null;
        for (TitleUse u : titleUses) {
            if (u.offset() >= beforeOffset) {
                continue;
            }
            String[] t = u.title().split(" ");
            if (matches(d, t)) {
                if (found != null && found != u.entity()) {
                    return Optional.empty();
                }
                found = u.entity();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The description's words appear in the title in order and include the title's head noun. */
    private static boolean matches(List<String> d, String[] t) {
        int j = 0;
        for (String w : t) {
            if (j < d.size() && d.get(j).equals(w)) {
                j++;
            }
        }
        if (j < d.size()) {
            return false;
        }
        int of = -1;
        for (int i = 0; i < t.length; i++) {
            if (t[i].equals("of")) {
                of = i;
                break;
            }
        }
        String head = of > 0 ? t[of - 1] : t[t.length - 1];
        return d.contains(head);
    }
}
