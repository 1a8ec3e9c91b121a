package dev.analyze.entities;

import dev.analyze.document.Document;
import dev.analyze.document.Interruption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rule-based recognizer for English news: capitalised runs typed by gazetteers, head words, titles
 * and context cues, with document-level evidence and a precision-first alias sieve (exact name,
 * partial person names, acronyms, country short forms). No statistical model, no name lists of
 * particular articles.
 */
public final class NewsEntityRecognizer implements EntityRecognizer {

    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "on", "the", "de", "del", "da",
            "di", "du", "la", "le", "van", "von", "der", "den", "bin", "ibn", "y", "&", "in", "al", "el");

    /** Context votes a one-word name needs to be typed a place without a gazetteer ("in Kutama"). */
    private static final int SINGLE_PLACE = 2;

    public NewsEntityRecognizer() {
        Lexicons.get();
    }

    @Override
    public EntityAnalysis analyze(Document document) {
        CandidateFinder finder = new CandidateFinder(document);
        List<Candidate> cands = trimInitialWords(finder.find(), finder.lowerWords);
        Map<String, Group> groups = new LinkedHashMap<>();
        // group keys by candidate key: a name recurs, and its group key is a pure function of it
        // by identity: the value is a pure function of the place, and a record's hashCode would
        // bootstrap java.lang.runtime.ObjectMethods (~10 ms of a one-shot run) for a cache
        Map<Lexicons.Place, String> listedKeys = new java.util.IdentityHashMap<>();
        Map<String, String> normalForms = new java.util.HashMap<>();
        for (Candidate c : cands) {
            Interruption.check();
            if (c.key.isEmpty()) {
                continue;
            }
            Lexicons.Place listed = c.listed;
            String gk = listed != null
                    ? listedKeys.computeIfAbsent(listed, p -> "@" + Names.key(p.canonical()) + "/" + p.type())
                    : normalForms.computeIfAbsent(c.key, NewsEntityRecognizer::normalForm);
            Group g = groups.computeIfAbsent(gk, Group::new);
            if (c.listed != null) {
                g.type = c.listed.type();
                g.canonical = c.listed.type() == EntityType.OTHER ? null : c.listed.canonical();
                g.country = c.listed.country() != null && c.listed.type() == EntityType.OTHER
                        ? c.listed.country() : null;
            }
            g.members.add(c);
            c.group = g;
        }
        List<Group> all = new ArrayList<>(groups.values());
        for (Group g : all) {
            if (g.type == null) {
                g.type = vote(g);
            }
        }
        mergeAcronyms(all, finder.acronymPairs);
        propagateLists(all, cands, finder.coordinated);
        mergePersons(all);
        mergeOrgParts(all, finder.lowerWords);
        for (Group g : all) {
            if (g.dropped || g.type != null) {
                continue;
            }
            boolean multi = g.members.stream().anyMatch(c -> c.words >= 2);
            int place = g.members.stream().mapToInt(c -> c.placeVotes).sum();
            Lexicons lex = Lexicons.get();
            String first = Names.firstWord(g.key);
            Lexicons.Place firstPlace = lex.gazetteer.get(first);
            if (multi && place >= 2 || multi && firstPlace != null && firstPlace.type() == EntityType.PLACE
                    && !lex.firstNames.containsKey(first) && !personEvidence(g)) {
                g.type = EntityType.PLACE;
            } else if (place >= SINGLE_PLACE) {
                g.type = EntityType.PLACE;
            } else {
                g.dropped = true;
            }
        }
        return EntityIndex.build(document, all, finder.sentenceTokens);
    }

    /**
     * One form for variants of a longer name: a country short form becomes the country's name
     * ("us embassy" = "united states embassy") and "state department" = "department of state".
     */
    static String normalForm(String key) {
        String[] w = key.split(" ");
        if (w.length < 2) {
            return key;
        }
        Lexicons lex = Lexicons.get();
        for (int n = Math.min(3, w.length - 1); n >= 1; n--) {
            String head = String.join(" ", java.util.Arrays.copyOfRange(w, 0, n));
            Lexicons.Place p = lex.gazetteer.get(head);
            if (p != null && p.type() == EntityType.PLACE && lex.countries.contains(Names.key(p.canonical()))) {
                String rest = String.join(" ", java.util.Arrays.copyOfRange(w, n, w.length));
                key = Names.key(p.canonical()) + " " + rest;
                w = key.split(" ");
                break;
            }
        }
        String last = w[w.length - 1];
        if ((last.equals("department") || last.equals("ministry")) && w.length >= 2) {
            String[] body = java.util.Arrays.copyOfRange(w, 0, w.length - 1);
            return last + " of " + String.join(" ", body);
        }
        return key;
    }

    /**
     * "Longtime Imus fans": a sentence-initial word before a name known from elsewhere in the text
     * is an ordinary word, unless it is a given name or listed.
     */
    private static List<Candidate> trimInitialWords(List<Candidate> cands, Set<String> lowerWords) {
        Set<String> known = new java.util.HashSet<>();
        for (Candidate c : cands) {
            if (!c.initialFirst || Lexicons.get().firstNames.containsKey(Names.firstWord(c.key))) {
                known.add(c.key);
                if (c.words >= 2) {
                    known.add(Names.lastWord(c.key));
                }
            }
        }
        Lexicons lex = Lexicons.get();
        List<Candidate> out = new ArrayList<>(cands.size());
        for (Candidate c : cands) {
            if (c.initialFirst && c.listed == null && c.structural == null) {
                String first = Names.firstWord(c.key);
                String rest = c.key.substring(first.length()).trim();
                int sp = c.text.indexOf(' ');
                if (known.contains(rest) && !known.contains(c.key) && !lex.firstNames.containsKey(first)
                        && (lowerWords.contains(first) || ORDINARY_ENDING.matcher(first).find())
                        && !lex.gazetteer.containsKey(first) && sp > 0) {
                    int ns = c.start + sp;
                    while (ns < c.end && Character.isWhitespace(c.text.charAt(ns - c.start))) {
                        ns++;
                    }
                    out.add(c.withoutFirstWord(ns));
                    continue;
                }
            }
            out.add(c);
        }
        return out;
    }

    /** Endings of English adjectives and adverbs that open sentences ("Longtime", "Unlike", "Former"). */
    private static final java.util.regex.Pattern ORDINARY_ENDING = java.util.regex.Pattern.compile(
            "(ly|ing|ed|ful|ous|ive|less|ness|ment|est|time|ward|wards|like|able|ible)$");

    /** Type from the evidence of all mentions of one name: structure first, then context votes. */
    private static EntityType vote(Group g) {
        for (Candidate c : g.members) {
            if (c.structural != null) {
                return c.structural;
            }
        }
        int person = 0;
        int place = 0;
        int org = 0;
        for (Candidate c : g.members) {
            person += c.personVotes;
            place += c.placeVotes;
            org += c.orgVotes;
        }
        if (person == 0 && place == 0 && org == 0) {
            return null;
        }
        if (person >= place && person >= org) {
            return person >= 2 ? EntityType.PERSON : null;
        }
        if (org > place) {
            return org >= 2 ? EntityType.ORGANIZATION : null;
        }
        boolean multi = g.members.stream().anyMatch(c -> c.words >= 2);
        return place >= (multi ? 2 : SINGLE_PLACE) ? EntityType.PLACE : null;
    }

    /** Untyped names coordinated with typed ones ("Daesh, Al Qaeda, LeT and JeM") share their type. */
    private static void propagateLists(List<Group> all, List<Candidate> cands, Set<Integer> coordinated) {
        Map<Integer, List<Candidate>> lists = new HashMap<>();
        for (Candidate c : cands) {
            if (c.list >= 0 && coordinated.contains(c.list)) {
                lists.computeIfAbsent(c.list, k -> new ArrayList<>()).add(c);
            }
        }
        for (List<Candidate> list : lists.values()) {
            EntityType type = null;
            boolean mixed = false;
            for (Candidate c : list) {
                EntityType t = c.group.type;
                if (t == null || t == EntityType.OTHER) {
                    continue;
                }
                if (type != null && type != t) {
                    mixed = true;
                }
                type = t;
            }
            if (type == null || mixed) {
                continue;
            }
            for (Candidate c : list) {
                if (c.group.type == null && !c.group.dropped) {
                    c.group.type = type;
                }
            }
        }
    }

    /** "(WHO)" after its expansion, or an acronym matching the initials of one unique longer name. */
    private static void mergeAcronyms(List<Group> all, List<Candidate[]> pairs) {
        for (Candidate[] p : pairs) {
            Group full = p[0].group;
            Group acr = p[1].group;
            if (full == acr || full.dropped || acr.dropped || acr.country != null
                    || acr.type == EntityType.PLACE && acr.canonical != null) {
                continue;
            }
            if (full.type == null || full.type == EntityType.PERSON) {
                full.type = EntityType.ORGANIZATION;
            }
            full.absorb(acr);
        }
        Map<String, List<Group>> byInitials = new HashMap<>();
        for (Group g : all) {
            if (g.dropped || g.type == EntityType.PERSON || g.type == EntityType.OTHER) {
                continue;
            }
            for (String form : forms(g)) {
                if (form.indexOf(' ') > 0) {
                    List<Group> l = byInitials.computeIfAbsent(initials(form), k -> new ArrayList<>());
                    if (!l.contains(g)) {
                        l.add(g);
                    }
                }
            }
        }
        for (Group acr : all) {
            if (acr.dropped || acr.canonical != null || acr.members.isEmpty()) {
                continue;
            }
            String text = acr.members.get(0).text.replace(".", "");
            if (!CandidateFinder.isAcronym(text) || acr.members.get(0).words != 1) {
                continue;
            }
            List<Group> matches = byInitials.getOrDefault(text.toLowerCase(), List.of());
            Group match = null;
            int found = 0;
            for (Group g : matches) {
                if (g != acr && !g.dropped) {
                    match = g;
                    found++;
                }
            }
            if (found == 1) {
                if (match.type == null) {
                    match.type = EntityType.ORGANIZATION;
                }
                match.absorb(acr);
            }
        }
    }

    private static Set<String> forms(Group g) {
        Set<String> s = new LinkedHashSet<>();
        for (Candidate c : g.members) {
            s.add(c.key);
        }
        return s;
    }

    private static String initials(String key) {
        StringBuilder b = new StringBuilder();
        for (String w : key.split(" ")) {
            if (!w.isEmpty() && !CONNECTORS.contains(w)) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }

    /**
     * Partial person names join the unique full name they belong to: "Robert Mugabe" joins "Robert
     * Gabriel Mugabe"; "Kerry" joins "John Kerry". A one-word mention prefers full names written
     * before it; two candidates leave it ambiguous.
     */
    private static void mergePersons(List<Group> all) {
        List<Group> persons = new ArrayList<>();
        for (Group g : all) {
            if (!g.dropped && (g.type == EntityType.PERSON || g.type == null) && g.canonical == null
                    && g.members.get(0).words >= 2 && g.members.get(0).structural == null) {
                persons.add(g);
            }
        }
        persons.sort(Comparator.comparingInt((Group g) -> -g.members.get(0).words));
        Map<String, List<Group>> byLast = new HashMap<>();
        for (Group g : persons) {
            byLast.computeIfAbsent(Names.lastWord(g.key), k -> new ArrayList<>()).add(g);
        }
        // multi-word partial forms
        for (Group g : persons) {
            if (g.dropped) {
                continue;
            }
            String[] gw = g.key.split(" ");
            Group target = null;
            int n = 0;
            List<Group> bucket = byLast.get(gw[gw.length - 1]);
            if (bucket.size() > BUCKET_LIMIT) {
                continue;
            }
            for (Group h : bucket) {
                if (h == g || h.dropped || h.members.get(0).words <= gw.length) {
                    continue;
                }
                if (subsequence(gw, h.key.split(" "))) {
                    target = h;
                    n++;
                }
            }
            if (n == 1) {
                if (target.type == null) {
                    target.type = g.type;
                }
                target.absorb(g);
            }
        }
        // full names with evidence of being people, and the others (used only by a one-word name
        // that has its own evidence: "Tansk said")
        Map<String, List<Group>> surname = new HashMap<>();
        Map<String, List<Group>> given = new HashMap<>();
        Map<String, List<Group>> weakSurname = new HashMap<>();
        Map<String, List<Group>> weakGiven = new HashMap<>();
        Map<Group, Integer> firstFull = new HashMap<>();
        Lexicons lex = Lexicons.get();
        for (Group h : persons) {
            if (h.dropped || h.type == EntityType.ORGANIZATION || h.type == EntityType.PLACE) {
                continue;
            }
            boolean strong = h.type == EntityType.PERSON || personEvidence(h);
            Map<String, List<Group>> sm = strong ? surname : weakSurname;
            String[] hw = h.key.split(" ");
            sm.computeIfAbsent(stripArticle(hw[hw.length - 1]), k -> new ArrayList<>()).add(h);
            if (hw.length >= 3) {
                String two = stripArticle(hw[hw.length - 2] + " " + hw[hw.length - 1]);
                sm.computeIfAbsent(two, k -> new ArrayList<>()).add(h);
                // Spanish and Portuguese names: the first of two surnames ("Ricardo Rosselló Nevares")
                if (!lex.firstNames.containsKey(hw[hw.length - 2])) {
                    sm.computeIfAbsent(stripArticle(hw[hw.length - 2]), k -> new ArrayList<>()).add(h);
                }
            }
            (strong ? given : weakGiven).computeIfAbsent(hw[0], k -> new ArrayList<>()).add(h);
            firstFull.put(h, h.firstStartWithWords(2));
        }
        // one-word mentions
        for (Group g : all) {
            if (g.dropped || g.members.isEmpty() || g.members.get(0).words != 1 || g.country != null
                    || (g.canonical != null && !isCityOnly(g) && g.type != EntityType.ORGANIZATION)
                    || (g.type != null && g.type != EntityType.PERSON && g.canonical == null
                    && g.members.get(0).structural != null)) {
                continue;
            }
            if (g.type != EntityType.PERSON && g.type != null && strongOwnEvidence(g)) {
                continue;
            }
            String w = stripArticle(g.members.get(0).key);
            List<Group> cands = new ArrayList<>(surname.getOrDefault(w, List.of()));
            boolean ownEvidence = g.type == EntityType.PERSON && g.canonical == null;
            List<Group> weak = weakSurname.getOrDefault(w, List.of());
            if (ownEvidence || cands.isEmpty() && weak.size() == 1 && g.type == null && g.canonical == null) {
                // a bare surname repeated from one full name is that person's
                cands.addAll(weak);
            }
            if (cands.isEmpty()) {
                cands.addAll(given.getOrDefault(w, List.of()));
                if (ownEvidence) {
                    cands.addAll(weakGiven.getOrDefault(w, List.of()));
                }
            }
            if (cands.isEmpty() || cands.size() > BUCKET_LIMIT) {
                continue;
            }
            if (g.canonical != null && (cands.size() != 1 || cands.get(0).type != EntityType.PERSON)) {
                continue;
            }
            List<Candidate> moved = new ArrayList<>();
            for (Candidate c : g.members) {
                Group pick = null;
                Group before = null;
                int nBefore = 0;
                for (Group h : cands) {
                    if (firstFull.get(h) < c.start) {
                        before = h;
                        nBefore++;
                    }
                }
                if (nBefore == 1) {
                    pick = before;
                } else if (nBefore == 0 && cands.size() == 1) {
                    pick = cands.get(0);
                }
                if (pick == null) {
                    c.ambiguous = true;
                    continue;
                }
                if (pick.type == null) {
                    pick.type = EntityType.PERSON;
                }
                c.group = pick;
                pick.members.add(c);
                moved.add(c);
            }
            if (!moved.isEmpty()) {
                g.members.removeAll(new java.util.HashSet<>(moved));
            }
            if (g.members.isEmpty() || g.members.stream().allMatch(c -> c.ambiguous)) {
                g.dropped = true;
            }
        }
    }

    /** Buckets of names sharing a word larger than this are left alone (and never quadratic). */
    private static final int BUCKET_LIMIT = 64;

    private static boolean personEvidence(Group g) {
        for (Candidate c : g.members) {
            if (c.personVotes > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean strongOwnEvidence(Group g) {
        int place = 0;
        int org = 0;
        for (Candidate c : g.members) {
            place += c.placeVotes;
            org += c.orgVotes;
        }
        return g.canonical == null && (place >= 3 || org >= 3);
    }

    private static boolean isCityOnly(Group g) {
        return g.type == EntityType.PLACE && g.canonical != null
                && !Lexicons.get().countries.contains(Names.key(g.canonical));
    }

    private static String stripArticle(String w) {
        if (w.startsWith("al ") || w.startsWith("el ")) {
            return w.substring(3);
        }
        return w;
    }

    private static boolean subsequence(String[] small, String[] big) {
        int j = 0;
        for (String w : big) {
            if (j < small.length && small[j].equals(w)) {
                j++;
            }
        }
        return j == small.length;
    }

    /** "Scripps" joins "Scripps Institution of Oceanography"; "Judiciary Committee" its longer name. */
    private static void mergeOrgParts(List<Group> all, Set<String> lowerWords) {
        Map<String, List<Group>> orgsByFirst = new HashMap<>();
        Map<String, List<Group>> orgsByLast = new HashMap<>();
        Map<String, List<Group>> placesByLast = new HashMap<>();
        Map<String, List<Group>> orgsByWord = new HashMap<>();
        for (Group h : all) {
            if (h.dropped || h.members.isEmpty() || h.members.get(0).words < 2) {
                continue;
            }
            if (h.type == EntityType.ORGANIZATION) {
                for (String w : h.key.split(" ")) {
                    orgsByWord.computeIfAbsent(w, x -> new ArrayList<>()).add(h);
                }
                orgsByFirst.computeIfAbsent(Names.firstWord(h.key), k -> new ArrayList<>()).add(h);
                orgsByLast.computeIfAbsent(Names.lastWord(h.key), k -> new ArrayList<>()).add(h);
            } else if (h.type == EntityType.PLACE && h.canonical == null) {
                placesByLast.computeIfAbsent(Names.lastWord(h.key), k -> new ArrayList<>()).add(h);
            }
        }
        for (Group g : all) {
            if (g.dropped || g.canonical != null || g.type == EntityType.PERSON || g.type == EntityType.OTHER
                    || g.members.isEmpty()) {
                continue;
            }
            String k = g.key;
            int words = g.members.get(0).words;
            Set<Group> pool = new LinkedHashSet<>();
            pool.addAll(orgsByFirst.getOrDefault(Names.firstWord(k), List.of()));
            pool.addAll(orgsByLast.getOrDefault(Names.lastWord(k), List.of()));
            if (words >= 2 && g.type == null) {
                for (String w : k.split(" ")) {
                    pool.addAll(orgsByWord.getOrDefault(w, List.of()));
                }
            }
            if (pool.size() > BUCKET_LIMIT) {
                continue;
            }
            Group target = null;
            int n = 0;
            for (Group h : pool) {
                if (h == g || h.dropped || h.members.isEmpty() || h.members.get(0).words <= words) {
                    continue;
                }
                boolean prefix = words == 1 && (h.key.startsWith(k + " ") && g.type == null
                        && !lowerWords.contains(k) && !Lexicons.get().common.contains(k)
                        || h.key.startsWith(k + " of ") && g.type == EntityType.ORGANIZATION);
                boolean suffix = words >= 2 && h.key.endsWith(" " + k);
                boolean sub = words >= 2 && Names.firstWord(h.key).equals(Names.firstWord(k))
                        && subsequence(k.split(" "), h.key.split(" "))
                        || words >= 2 && g.type == null && (" " + h.key + " ").contains(" " + k + " ");
                if (prefix || suffix || sub) {
                    target = h;
                    n++;
                }
            }
            if (n == 1) {
                target.absorb(g);
            }
        }
        // "Croughton" joins "RAF Croughton", "Rhodesia" joins "Southern Rhodesia"
        for (Group g : all) {
            if (g.dropped || g.type != null || g.members.isEmpty() || g.members.get(0).words != 1) {
                continue;
            }
            List<Group> pool = placesByLast.getOrDefault(g.key, List.of());
            Group target = null;
            int n = 0;
            for (Group h : pool) {
                if (h != g && !h.dropped) {
                    target = h;
                    n++;
                }
            }
            if (n == 1) {
                target.absorb(g);
            }
        }
    }

    static Optional<String> none() {
        return Optional.empty();
    }
}
