package dev.analyze.entities;

import dev.analyze.document.Document;
import dev.analyze.document.Interruption;
import dev.analyze.document.Paragraph;
import dev.analyze.document.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds name candidates: maximal runs of capitalised words (with inner "of", "for", particles),
 * cut at sentence-initial common words, split into country word + title + name, and annotated
 * with the context cues that later decide their type.
 */
final class CandidateFinder {

    /** A word or mark of a sentence, scanned here so we depend on no tokenizer's quirks. */
    record Tok(String text, int start, int end, boolean word, String key) {
    }

    private static final Set<String> PARTICLES = Set.of("de", "da", "del", "della", "di", "du", "des", "van",
            "von", "der", "den", "ter", "bin", "ibn", "al", "el", "la", "le", "dos", "das", "y", "st");
    private static final Set<String> SAY = Set.of("said", "says", "told", "added", "stated", "explained",
            "noted", "wrote", "tweeted", "announced", "argued", "insisted", "warned", "claimed", "asked",
            "replied", "responded", "admitted", "denied", "believes", "thinks", "testified", "recalled",
            "confirmed", "urged", "praised", "appreciated", "conceded", "acknowledged", "stressed");
    /** Lower-case nouns for people's roles: "director Jane Doe", "Jane Doe, a spokeswoman for". */
    private static final Set<String> ROLE_NOUNS = Set.of("spokesman", "spokeswoman", "spokesperson", "official",
            "minister", "leader", "president", "director", "professor", "chairman", "chairwoman", "executive",
            "ceo", "founder", "co-founder", "author", "writer", "actor", "actress", "singer", "player", "coach",
            "manager", "secretary", "senator", "governor", "mayor", "judge", "lawyer", "attorney", "analyst",
            "economist", "researcher", "scientist", "doctor", "nurse", "officer", "inspector", "detective",
            "commander", "colonel", "captain", "ambassador", "diplomat", "adviser", "advisor", "candidate",
            "activist", "journalist", "reporter", "editor", "photographer", "artist", "musician", "rapper",
            "comedian", "host", "presenter", "teacher", "student", "resident", "victim", "witness", "suspect",
            "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "widow", "friend",
            "colleague", "expert", "prosecutor", "defendant", "driver", "pilot", "owner", "lawmaker",
            "legislator", "premier", "chancellor", "chief", "boss", "businessman", "businesswoman",
            "politician", "member", "head", "deputy", "sheriff", "pastor", "priest", "bishop", "astronaut",
            "engineer", "physician", "surgeon", "psychologist", "historian", "novelist", "poet", "director-general",
            "spokesmen", "boyfriend", "girlfriend", "partner", "cousin", "uncle", "aunt", "grandson",
            "granddaughter", "grandmother", "grandfather", "nephew", "niece", "man", "woman", "boy", "girl");
    private static final Set<String> APPOSITION_LEAD = Set.of("the", "a", "an", "acting", "former", "current",
            "then", "new", "interim", "outgoing", "incoming", "longtime", "veteran");
    private static final Set<String> PLACE_PREP = Set.of("in", "near", "across", "throughout", "outside",
            "inside", "into", "towards", "toward", "around", "within");
    private static final Set<String> WEAK_PLACE_PREP = Set.of("from", "to", "at", "via", "off", "over");
    private static final Set<String> ORG_NOUNS = Set.of("groups", "organisations", "organizations",
            "outfits", "companies", "firms", "parties", "agencies", "networks", "militias", "banks",
            "broadcasters", "newspapers", "outlets", "universities");
    private static final Set<String> PLACE_NOUNS = Set.of("countries", "nations", "cities", "states",
            "places", "regions", "provinces", "towns", "capitals");
    private static final Set<String> PERSON_NOUNS = Set.of("people", "leaders", "politicians", "officials",
            "players", "members", "figures", "actors", "men", "women", "ministers", "candidates");
    /** Lower-case nouns that end a name ("Haqqani network"). */
    private static final Set<String> LOWER_ORG_NOUNS = Set.of("network", "movement", "militia", "group",
            "police", "faction");
    private static final Set<String> TITLE_COMPLEMENTS = Set.of("state", "defence", "defense", "foreign",
            "affairs", "home", "health", "education", "finance", "justice", "interior", "energy", "labor",
            "labour", "commerce", "agriculture", "transport", "transportation", "treasury", "homeland",
            "security", "external", "trade", "environment", "culture", "industry", "development", "information",
            "communications", "tourism", "housing", "veterans", "war", "army", "navy", "air", "force");
    /** Longest run of words considered as one name. */
    private static final int MAX_RUN = 16;
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "i", "ii",
            "iii", "iv", "v");
    private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northern",
            "southern", "eastern", "western", "central", "upper", "lower", "greater", "northeast", "northwest",
            "southeast", "southwest");
    private static final Set<String> NAME_PREFIXES = Set.of("mount", "mt", "lake", "cape", "isle", "fort",
            "port", "camp", "gulf", "strait", "river");

    private final Lexicons lex = Lexicons.get();
    private final Document doc;
    final List<Candidate> candidates = new ArrayList<>();
    final List<List<Tok>> sentenceTokens = new ArrayList<>();
    /** Keys of words seen in lower case away from a sentence start. */
    final Set<String> lowerWords = new HashSet<>();
    /** Keys of capitalised words seen away from a sentence start (body only). */
    private final Set<String> midCapWords = new HashSet<>();
    private int lists;

    CandidateFinder(Document doc) {
        this.doc = doc;
    }

    List<Candidate> find() {
        String text = doc.text();
        Set<Integer> headingSentences = new HashSet<>();
        for (Paragraph p : doc.paragraphs()) {
            if (p.heading()) {
                for (int s = p.firstSentence(); s < p.endSentence(); s++) {
                    headingSentences.add(s);
                }
            }
        }
        char[] cs = text.toCharArray();
        StringPool pool = new StringPool();
        for (Sentence s : doc.sentences()) {
            Interruption.check();
            List<Tok> toks = scan(cs, s.start(), s.end(), pool);
            sentenceTokens.add(toks);
            if (headingSentences.contains(s.index())) {
                continue;
            }
            for (int i = 0; i < toks.size(); i++) {
                Tok t = toks.get(i);
                if (!t.word || isInitial(toks, i)) {
                    continue;
                }
                if (Character.isLowerCase(t.text.charAt(0))) {
                    lowerWords.add(t.key);
                } else {
                    midCapWords.add(t.key);
                }
            }
        }
        List<Integer> headings = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            Interruption.check();
            if (headingSentences.contains(s.index())) {
                headings.add(s.index());
            } else {
                findIn(s.index(), sentenceTokens.get(s.index()), false);
            }
        }
        for (int s : headings) {
            List<Tok> toks = sentenceTokens.get(s);
            if (isTitleCase(toks)) {
                findInTitleCase(s, toks);
            } else {
                findIn(s, toks, true);
            }
        }
        candidates.sort((a, b) -> Integer.compare(a.start, b.start));
        return candidates;
    }

    /**
     * Words (letters and digits, with inner hyphens, apostrophes and ampersands, and an optional
     * trailing apostrophe), initialisms ("U.S.") and single marks. Linear, no regex.
     */
    static List<Tok> scan(String text, int start, int end) {
        return scan(text.toCharArray(), start, end, new StringPool());
    }

    /**
     * As above, with {@code cs} the text's characters: String.charAt and codePointAt on a text
     * with any non-Latin-1 character cost a call and a bounds check each in the C1-only one-shot
     * JVM, and ASCII is answered without the Unicode tables. Texts and keys come from
     * {@code pool}: one string per distinct word, not one per token.
     */
    static List<Tok> scan(char[] cs, int start, int end, StringPool pool) {
        List<Tok> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            char c0 = cs[i];
            int cp = c0 < 128 ? c0 : Character.codePointAt(cs, i);
            int n = Character.charCount(cp);
            if (c0 < 128 ? isAsciiSpace(c0) : Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                i += n;
                continue;
            }
            int j;
            boolean word = c0 < 128 ? isAsciiLetterOrDigit(c0) : Character.isLetterOrDigit(cp);
            // plain: only ASCII letters and digits, whose key is the word in lower case (else Names.key)
            boolean plain = word && c0 < 128;
            boolean upper = c0 >= 'A' && c0 <= 'Z';
            if (word) {
                j = initialism(cs, i, end);
                if (j >= 0) {
                    plain = false;
                } else {
                    j = i + n;
                    while (true) {
                        while (j < end) {
                            char c = cs[j];
                            if (c < 128) {
                                if (!isAsciiLetterOrDigit(c)) {
                                    break;
                                }
                                upper |= c <= 'Z' && c >= 'A';
                                j++;
                            } else {
                                int q = Character.codePointAt(cs, j);
                                if (!isWordPart(q)) {
                                    break;
                                }
                                plain = false;
                                j += Character.charCount(q);
                            }
                        }
                        if (j + 1 < end && "-'\u2019&".indexOf(cs[j]) >= 0
                                && Character.isLetterOrDigit(Character.codePointAt(cs, j + 1))) {
                            plain = false;
                            j++;
                            continue;
                        }
                        break;
                    }
                    if (j < end && (cs[j] == '\'' || cs[j] == '\u2019')) {
                        plain = false;
                        j++;
                    }
                }
            } else {
                j = i + n;
            }
            String w = pool.intern(cs, i, j);
            String key;
            if (!word) {
                key = w;
            } else if (!plain) {
                key = pool.key(w); // Names.key: accents, dots, hyphens and apostrophes normalised
            } else {
                key = upper ? pool.internLowerAscii(cs, i, j) : w;
            }
            out.add(new Tok(w, i, j, word, key));
            i = j;
        }
        return out;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** {@link Character#isWhitespace} or {@link Character#isSpaceChar} of an ASCII character. */
    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
    }

    private static boolean isWordPart(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
    }

    /** End of "U.S." / "U.S.A." starting at i, or -1. */
    private static int initialism(char[] cs, int i, int end) {
        int j = i;
        int pairs = 0;
        while (j + 1 < end && Character.isUpperCase(cs[j]) && cs[j + 1] == '.') {
            j += 2;
            pairs++;
        }
        return pairs >= 2 ? j : -1;
    }

    // ---------------------------------------------------------------- token classes

    /** True when toks[j] is the dot of a one-letter capital initial that a capitalised word follows. */
    private boolean middleInitialDot(List<Tok> toks, int j) {
        if (j < 1 || j + 1 >= toks.size()) {
            return false;
        }
        Tok initial = toks.get(j - 1);
        Tok dot = toks.get(j);
        return dot.text.equals(".") && dot.start == initial.end && initial.word && initial.text.length() == 1
                && Character.isUpperCase(initial.text.charAt(0)) && isCap(toks.get(j + 1));
    }

    private static boolean isInitial(List<Tok> toks, int i) {
        for (int k = i - 1; k >= 0; k--) {
            Tok p = toks.get(k);
            if (p.word) {
                return false;
            }
            String t = p.text;
            if (t.equals("\"") || t.equals("\u201c") || t.equals("\u2018") || t.equals("(") || t.equals("[")
                    || t.equals(":") || t.equals("\u2014") || t.equals("\u2013") || t.equals("*")
                    || t.equals("\u2022")) {
                return true;
            }
            if (!(t.equals("'") || t.equals("-"))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCap(Tok t) {
        if (!t.word) {
            return false;
        }
        char c = t.text.charAt(0);
        if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
            int h = t.text.lastIndexOf('-');
            return h < 0 || !suffixAdjective(t.text.substring(h + 1));
        }
        // "d'Estaing", "d'Alema": a French or Italian particle joined to a name
        if (t.text.length() > 2 && (t.text.startsWith("d'") || t.text.startsWith("d\u2019"))
                && Character.isUpperCase(t.text.charAt(2))) {
            return true;
        }
        // "al-Assad", "el-Sisi": an Arabic article joined to a capitalised name
        int h = t.text.indexOf('-');
        return h > 0 && h + 1 < t.text.length() && PARTICLES.contains(t.text.substring(0, h).toLowerCase())
                && Character.isUpperCase(t.text.charAt(h + 1));
    }

    /** "-backed", "-led", "-based": the hyphenated word is an adjective ("Iranian-backed"). */
    private static boolean suffixAdjective(String tail) {
        return Set.of("backed", "led", "based", "born", "style", "owned", "funded", "linked", "allied",
                "bound", "run", "controlled", "held", "made", "related", "era", "wide", "like", "speaking",
                "american", "level").contains(tail.toLowerCase());
    }

    static boolean isAcronym(String s) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        if (upper < 2) {
            return false;
        }
        if (lower == 0) {
            return true;
        }
        // "LeT", "JeM", "LegCo" but not "McArthur" or "DeShawn"-like names
        return s.length() <= 5 && !s.startsWith("Mc") && !s.startsWith("Mac") && lower <= 3 && s.indexOf('-') < 0
                && s.indexOf('\'') < 0;
    }

    private boolean isHead(String key) {
        return lex.orgWords.contains(key) || lex.placeWords.contains(key);
    }

    private static boolean possessive(Tok t) {
        String s = t.text;
        return s.endsWith("'s") || s.endsWith("\u2019s") || s.endsWith("'") || s.endsWith("\u2019");
    }

    // ---------------------------------------------------------------- runs

    /** Runs of capitalised tokens as [from, to) index pairs, joined over "of", "for", "and", particles. */
    private List<int[]> runs(List<Tok> toks) {
        List<int[]> basic = new ArrayList<>();
        int n = toks.size();
        int i = 0;
        while (i < n) {
            if (!isCap(toks.get(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n) {
                Tok t = toks.get(j);
                if (possessive(toks.get(j - 1)) && (!continuesToHead(toks, j)
                        || lex.gazetteer.containsKey(toks.get(j - 1).key))) {
                    break;
                }
                if (isCap(t)) {
                    j++;
                } else if (middleInitialDot(toks, j)) {
                    j += 2; // "John R. Bolton", "George W. Bush": the initial's dot does not end the name
                } else if (t.word && PARTICLES.contains(t.key) && j + 1 < n && isCap(toks.get(j + 1))
                        && adjacent(toks, j)) {
                    j += 2;
                } else if ((t.text.equals("&")) && j + 1 < n && isCap(toks.get(j + 1))) {
                    j += 2;
                } else {
                    break;
                }
            }
            // no name is this long: cut runs of capitalised words (all-caps lines, lists) into pieces
            for (int a = i; a < j; a += MAX_RUN) {
                basic.add(new int[] {a, Math.min(j, a + MAX_RUN)});
            }
            i = j;
        }
        // join runs across "of", "of the", "for", "on", "and"
        List<int[]> out = new ArrayList<>();
        for (int k = 0; k < basic.size(); k++) {
            int[] cur = basic.get(k);
            while (k + 1 < basic.size()) {
                int[] next = basic.get(k + 1);
                int gap = next[0] - cur[1];
                if (gap < 1 || gap > 2) {
                    break;
                }
                String c1 = toks.get(cur[1]).key;
                String c2 = gap == 2 ? toks.get(cur[1] + 1).key : null;
                if (!toks.get(cur[1]).word || (gap == 2 && !"the".equals(c2))) {
                    break;
                }
                String lastKey = toks.get(cur[1] - 1).key;
                boolean join = false;
                if (c1.equals("of") || c1.equals("for") || c1.equals("on")) {
                    join = isHead(lastKey) || lex.titles.containsKey(lastKey) && c1.equals("of")
                            || containsOrgHead(toks, cur[0], cur[1]) && c1.equals("of")
                            || (c1.equals("of") && lex.gazetteer.containsKey(
                                    keyOf(toks, cur[0], next[1])));
                } else if (c1.equals("and") && gap == 1) {
                    join = lex.gazetteer.containsKey(keyOf(toks, cur[0], next[1]))
                            || (lex.orgWords.contains(toks.get(next[1] - 1).key)
                                && !lex.gazetteer.containsKey(keyOf(toks, cur[0], cur[1]))
                                && cur[1] - cur[0] <= 3 && !isAcronym(toks.get(cur[0]).text)
                                && !lex.firstNames.containsKey(toks.get(cur[0]).key)
                                && !lex.orgWords.contains(toks.get(cur[1] - 1).key)
                                && next[1] - next[0] >= 2
                                && !isAcronym(toks.get(next[0]).text));
                }
                if (!join) {
                    break;
                }
                if (next[1] - cur[0] > MAX_RUN) {
                    break;
                }
                cur = new int[] {cur[0], next[1]};
                k++;
            }
            // "University of California, San Diego": a campus named after a comma
            if (!out.isEmpty()) {
                int[] prev = out.get(out.size() - 1);
                if (cur[0] - prev[1] == 1 && toks.get(prev[1]).text.equals(",")
                        && toks.get(prev[0]).key.equals("university") && prev[1] - prev[0] >= 3
                        && lex.gazetteer.containsKey(keyOf(toks, cur[0], cur[1]))) {
                    out.set(out.size() - 1, new int[] {prev[0], cur[1]});
                    continue;
                }
            }
            out.add(cur);
        }
        return out;
    }

    private boolean containsOrgHead(List<Tok> toks, int from, int to) {
        for (int i = from; i < to; i++) {
            if (lex.orgWords.contains(toks.get(i).key)) {
                return true;
            }
        }
        return false;
    }

    private boolean continuesToHead(List<Tok> toks, int j) {
        int k = j;
        while (k < toks.size() && k < j + 8 && isCap(toks.get(k))) {
            if (isHead(toks.get(k).key) && (k + 1 >= toks.size() || !isCap(toks.get(k + 1)))) {
                return true;
            }
            k++;
        }
        return false;
    }

    private static boolean adjacent(List<Tok> toks, int j) {
        return true;
    }

    /** The key of tokens [from, to): their keys joined, without a leading "the" (as {@link Names#key}). */
    private static String keyOf(List<Tok> toks, int from, int to) {
        if (from < to && toks.get(from).key.equals("the") && to - from > 1) {
            from++;
        }
        if (to - from == 1) {
            return toks.get(from).key;
        }
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            Tok t = toks.get(i);
            if (!t.word) {
                if (t.text.equals("&")) {
                    b.append(b.length() > 0 ? " &" : "&");
                }
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(t.key);
        }
        return b.toString();
    }

    private static String join(List<Tok> toks, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                b.append(' ');
            }
            b.append(toks.get(i).text);
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- sentences

    private boolean isTitleCase(List<Tok> toks) {
        int content = 0;
        int lower = 0;
        for (Tok t : toks) {
            if (!t.word || t.key.length() < 4 || Character.isDigit(t.text.charAt(0))) {
                continue;
            }
            content++;
            if (Character.isLowerCase(t.text.charAt(0))) {
                lower++;
            }
        }
        return content >= 2 && lower * 5 <= content;
    }

    /** A Title-Case headline: keep only gazetteer names and names the body confirms. */
    private void findInTitleCase(int sentence, List<Tok> toks) {
        Set<String> known = new HashSet<>();
        for (Candidate c : candidates) {
            known.add(c.key);
            if (c.words > 1 && c.listed == null) {
                known.add(Names.lastWord(c.key));
            }
        }
        for (int[] r : runs(toks)) {
            int p = r[0];
            while (p < r[1]) {
                int best = -1;
                for (int q = Math.min(r[1], p + 6); q > p; q--) {
                    String k = keyOf(toks, p, q);
                    if (lex.gazetteer.containsKey(k) || known.contains(k)) {
                        best = q;
                        break;
                    }
                }
                if (best < 0) {
                    p++;
                    continue;
                }
                Candidate c = make(toks, p, best, sentence, true);
                cues(c, toks, p, best);
                candidates.add(c);
                p = best;
            }
        }
    }

    private void findIn(int sentence, List<Tok> toks, boolean headline) {
        List<Candidate> here = new ArrayList<>();
        String pendingTitle = null;
        String pendingLong = null;
        int pendingEnd = -1;
        for (int[] r : runs(toks)) {
            int from = r[0];
            int to = r[1];
            // sentence-initial common words ("The", "But", "Speaking") are not part of a name, unless
            // the whole run is a listed or head-word name ("World Health Organization")
            while (from < to && isInitialish(toks, from, r[0]) && !isAcronym(toks.get(from).text.replace(".", ""))
                    && !lex.titles.containsKey(toks.get(from).key)
                    && (lex.function.contains(toks.get(from).key) || lex.common.contains(toks.get(from).key)
                        && !(to - from >= 2 && (lex.gazetteer.containsKey(keyOf(toks, from, to))
                            || structuralType(toks, from, to) == EntityType.ORGANIZATION)))) {
                from++;
            }
            while (from < to && (!isCap(toks.get(from)) || lex.function.contains(toks.get(from).key)
                    && !isAcronym(toks.get(from).text.replace(".", "")))) {
                from++;
            }
            while (to > from && lex.function.contains(toks.get(to - 1).key) && !isAcronym(toks.get(to - 1).text)) {
                to--;
            }
            if (from >= to) {
                continue;
            }
            if (isOther(toks, from, to)) {
                continue;
            }
            // a lower-case organisation noun after the name: "the Haqqani network"
            if (to < toks.size() && LOWER_ORG_NOUNS.contains(toks.get(to).text) && !possessive(toks.get(to - 1))
                    && !lex.gazetteer.containsKey(keyOf(toks, from, to))
                    && lex.titles.get(toks.get(from).key) == null) {
                Candidate c = make(toks, from, to + 1, sentence, headline);
                c.structural = EntityType.ORGANIZATION;
                cues(c, toks, from, to + 1);
                here.add(c);
                continue;
            }
            // "House of Commons Speaker John Bercow": an organisation, a title, a name
            for (int k = from + 2; k < to - 1; k++) {
                int e = titleEnd(toks, k, to);
                if (e > k && e < to && structuralType(toks, from, k) != null
                        && !lex.gazetteer.containsKey(keyOf(toks, from, k)) && structuralType(toks, e, to) == null
                        && !lex.gazetteer.containsKey(keyOf(toks, e, to))) {
                    Candidate org = make(toks, from, k, sentence, headline);
                    cues(org, toks, from, k);
                    here.add(org);
                    Candidate c = make(toks, e, to, sentence, headline);
                    c.title = keyOf(toks, k, e);
                    c.longTitle = c.title;
                    c.titleGender = lex.titles.getOrDefault(c.title, Gender.UNKNOWN);
                    c.personVotes += 3;
                    cues(c, toks, e, to);
                    here.add(c);
                    from = to;
                    break;
                }
            }
            if (from >= to) {
                continue;
            }
            String wholeKey = keyOf(toks, from, to);
            int lead = titleEnd(toks, from, to);
            boolean titleOf = lead > from && lead < to && toks.get(lead).key.equals("of");
            if (lex.gazetteer.containsKey(wholeKey) || !titleOf && structuralType(toks, from, to) != null) {
                if (to - from == 1 && !supported(toks, from, sentence)) {
                    continue;
                }
                Candidate c = make(toks, from, to, sentence, headline);
                cues(c, toks, from, to);
                here.add(c);
                continue;
            }
            // country word + title + name: "US Secretary of State John Kerry"
            int p = from;
            Candidate countryWord = null;
            Lexicons.Place firstListed = lex.gazetteer.get(toks.get(from).key);
            if (firstListed != null && firstListed.type() == EntityType.OTHER && firstListed.country() != null
                    && titleEnd(toks, from + 1, to) == from + 1) {
                // "Zimbabwean State", "French Legion": a demonym is not the start of a name
                Candidate dem = make(toks, from, from + 1, sentence, headline);
                here.add(dem);
                p = from + 1;
                if (to - p == 1 && !supported(toks, p, sentence)) {
                    continue;
                }
            }
            for (int q = Math.min(to - 1, p + 3); q > p; q--) {
                Lexicons.Place pl = lex.gazetteer.get(keyOf(toks, p, q));
                if (pl != null && pl.country() != null && titleEnd(toks, q, to) > q) {
                    countryWord = make(toks, p, q, sentence, headline);
                    cues(countryWord, toks, p, q);
                    here.add(countryWord);
                    p = q;
                    break;
                }
            }
            int te = titleEnd(toks, p, to);
            if (te == p && countryWord == null) {
                // an institution or organisation before the title: "NATO Secretary-General Jens Stoltenberg"
                for (int k = p + 1; k < to; k++) {
                    int e = titleEnd(toks, k, to);
                    if (e > k) {
                        if (lex.gazetteer.containsKey(keyOf(toks, p, k))
                                || structuralType(toks, p, k) != null) {
                            Candidate pre = make(toks, p, k, sentence, headline);
                            cues(pre, toks, p, k);
                            here.add(pre);
                        }
                        p = k;
                        te = e;
                        break;
                    }
                }
            }
            String title = null;
            String longTitle = null;
            if (te > p) {
                title = keyOf(toks, p, te);
                longTitle = countryWord != null ? countryWord.key + " " + title : title;
                p = te;
            }
            // "President of France", "Speaker of the House": the rest is the place or body, the title is bare
            if (title != null && p < to && toks.get(p).key.equals("of")) {
                int q = p + 1;
                if (q < to && toks.get(q).key.equals("the")) {
                    q++;
                }
                int e = q;
                for (int k = Math.min(to, q + 4); k > q; k--) {
                    if (lex.gazetteer.containsKey(keyOf(toks, q, k))) {
                        e = k;
                        break;
                    }
                }
                if (e == q) {
                    e = to;
                }
                if (q < e) {
                    Candidate body = make(toks, q, e, sentence, headline);
                    cues(body, toks, q, e);
                    if (body.listed != null || body.structural != null || e - q == 1) {
                        here.add(body);
                    }
                    title = title + " of " + body.key;
                    longTitle = title;
                }
                p = e;
            }
            if (p >= to) {
                // a bare title: remember it for a name that follows "(Prime Minister) Nawaz Sharif"
                pendingTitle = title;
                pendingLong = longTitle;
                pendingEnd = toks.get(to - 1).end;
                continue;
            }
            if (title == null && pendingTitle != null && toks.get(p).start - pendingEnd <= 3) {
                title = pendingTitle;
                longTitle = pendingLong;
            }
            pendingTitle = null;
            if (title == null && p == from && to - from == 1 && !supported(toks, from, sentence)) {
                continue;
            }
            // a place before a person's name: "Zimbabwe Robert Mugabe"
            if (to - p >= 3) {
                for (int q = Math.min(to - 2, p + 3); q > p; q--) {
                    Lexicons.Place pl = lex.gazetteer.get(keyOf(toks, p, q));
                    if (pl != null && pl.type() == EntityType.PLACE && lex.firstNames.containsKey(toks.get(q).key)) {
                        Candidate pre = make(toks, p, q, sentence, headline);
                        cues(pre, toks, p, q);
                        here.add(pre);
                        p = q;
                        break;
                    }
                }
            }
            Candidate c = make(toks, p, to, sentence, headline);
            c.initialFirst = title == null && isInitial(toks, p) && to - p >= 2;
            if (title != null) {
                c.title = title;
                c.longTitle = longTitle;
                c.titleGender = lex.titles.getOrDefault(Names.firstWord(title).equals(title) ? title : title,
                        Gender.UNKNOWN);
                if (c.titleGender == Gender.UNKNOWN) {
                    c.titleGender = lex.titles.getOrDefault(Names.firstWord(title), Gender.UNKNOWN);
                }
                c.personVotes += 3;
            }
            cues(c, toks, p, to);
            here.add(c);
        }
        acronymExpansions(here, toks, sentence, headline);
        acronymsAndLists(here, sentence);
        candidates.addAll(here);
    }

    /** Events, laws, works, diseases: "World War Two", "Tenure of Office Act", "COVID-19". */
    private boolean isOther(List<Tok> toks, int from, int to) {
        String first = toks.get(from).key;
        String last = toks.get(to - 1).key;
        if (to - from >= 2 && NUMBER_WORDS.contains(last)) {
            last = toks.get(to - 2).key;
        }
        if (lex.gazetteer.containsKey(keyOf(toks, from, to))) {
            return false;
        }
        if (lex.otherFirst.contains(first) && to - from >= 2 || lex.otherLast.contains(last)) {
            return true;
        }
        if (to - from == 1 && toks.get(from).text.indexOf('-') > 0) {
            // "Syrian-Turkish", "Indo-Pakistani": adjectives of listed places
            boolean demonym = false;
            boolean listed = true;
            for (String part : toks.get(from).key.split(" ")) {
                Lexicons.Place pl = lex.gazetteer.get(part);
                if (pl == null) {
                    listed = false;
                    break;
                }
                demonym |= pl.type() == EntityType.OTHER;
            }
            if (listed && demonym) {
                return true;
            }
        }
        for (int i = from; i < to; i++) {
            String t = toks.get(i).text;
            boolean digit = false;
            boolean letter = false;
            for (int k = 0; k < t.length(); k++) {
                char ch = t.charAt(k);
                digit |= Character.isDigit(ch);
                letter |= Character.isLetter(ch);
            }
            if (digit && letter) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Islamic State of Iraq and Syria (ISIS)": the words before a parenthesised acronym whose
     * initials spell it form one name, replacing the pieces found inside it.
     */
    private void acronymExpansions(List<Candidate> here, List<Tok> toks, int sentence, boolean headline) {
        Set<Long> spans = null;
        List<Candidate> expansions = null;
        for (int i = 0; i + 2 < toks.size(); i++) {
            if (!toks.get(i).text.equals("(") || !toks.get(i + 2).text.equals(")")) {
                continue;
            }
            String acr = toks.get(i + 1).text.replace(".", "");
            if (!isAcronym(acr) || acr.length() < 2 || acr.length() > 8) {
                continue;
            }
            String letters = acr.toLowerCase();
            int end = i;
            int from = -1;
            int matched = letters.length();
            for (int k = end - 1; k >= 0 && k >= end - 24 && matched > 0; k--) {
                Tok t = toks.get(k);
                if (!t.word) {
                    break;
                }
                if (CONNECTOR_WORDS.contains(t.key)) {
                    continue;
                }
                if (!isCap(t)) {
                    break;
                }
                String[] parts = t.key.split(" ");
                for (int pi = parts.length - 1; pi >= 0 && matched > 0; pi--) {
                    if (parts[pi].isEmpty() || parts[pi].charAt(0) != letters.charAt(matched - 1)) {
                        matched = -1;
                        break;
                    }
                    matched--;
                }
                if (matched < 0) {
                    break;
                }
                if (matched == 0) {
                    from = k;
                }
            }
            if (from < 0 || end - from < 2) {
                continue;
            }
            int s0 = toks.get(from).start;
            int e0 = toks.get(end - 1).end;
            if (spans == null) {
                spans = new HashSet<>();
                for (Candidate c : here) {
                    spans.add(((long) c.start << 32) | c.end);
                }
            }
            if (spans.contains(((long) s0 << 32) | e0)) {
                continue;
            }
            Candidate c = make(toks, from, end, sentence, headline);
            if (c.listed == null && c.structural == null) {
                c.structural = EntityType.ORGANIZATION;
            }
            cues(c, toks, from, end);
            if (expansions == null) {
                expansions = new ArrayList<>();
            }
            expansions.add(c);
        }
        if (expansions == null) {
            return;
        }
        // one pass: drop the pieces inside each expansion, insert the expansion in order
        List<Candidate> merged = new ArrayList<>(here.size() + expansions.size());
        int x = 0;
        for (Candidate c : here) {
            while (x < expansions.size() && expansions.get(x).end <= c.start) {
                merged.add(expansions.get(x++));
            }
            if (x < expansions.size() && c.start < expansions.get(x).end && c.end > expansions.get(x).start) {
                continue;
            }
            merged.add(c);
        }
        while (x < expansions.size()) {
            merged.add(expansions.get(x++));
        }
        here.clear();
        here.addAll(merged);
    }

    private static final Set<String> CONNECTOR_WORDS = Set.of("of", "for", "and", "on", "the", "in", "&");

    private static boolean isInitialish(List<Tok> toks, int i, int runStart) {
        return i == runStart && isInitial(toks, i);
    }

    /** End of the longest title starting at p (p itself when none), leaving at least one name word. */
    private int titleEnd(List<Tok> toks, int p, int to) {
        return titleEnd(toks, p, to, 3);
    }

    private int titleEnd(List<Tok> toks, int p, int to, int depth) {
        int best = p;
        if (p >= to || !lex.titleFirst.contains(Names.firstWord(toks.get(p).key))) {
            return p;
        }
        for (int q = Math.min(to, p + lex.longestTitle); q > p; q--) {
            if (lex.titles.containsKey(keyOf(toks, p, q))) {
                best = q;
                break;
            }
        }
        if (best == p) {
            return p;
        }
        // "Minister of Foreign Affairs", "Secretary of Health"
        int q = best;
        if (q < to && toks.get(q).key.equals("of")) {
            int k = q + 1;
            while (k < to) {
                String w = toks.get(k).key;
                if (TITLE_COMPLEMENTS.contains(w)) {
                    k++;
                } else if ((w.equals("the") || w.equals("and")) && k + 1 < to
                        && TITLE_COMPLEMENTS.contains(toks.get(k + 1).key)) {
                    k += 2;
                } else {
                    break;
                }
            }
            if (k > q + 1) {
                q = k;
            }
        }
        // stacked titles: "Senator Majority Leader", "President-elect"
        int more = depth > 1 ? titleEnd(toks, q, to, depth - 1) : q;
        return more > q && more < to ? more : q;
    }

    /** Type implied by the words of the name: org or place head, acronym. */
    private EntityType structuralType(List<Tok> toks, int from, int to) {
        String last = toks.get(to - 1).key;
        for (int i = from; i < to - 1; i++) {
            String k = toks.get(i).key;
            String nk = toks.get(i + 1).key;
            if (nk.equals("of") || nk.equals("for") || nk.equals("on")) {
                if (lex.orgWords.contains(k)) {
                    return EntityType.ORGANIZATION;
                }
                if (lex.placeWords.contains(k)) {
                    return EntityType.PLACE;
                }
            }
        }
        if (to - from >= 2 || !lex.common.contains(last)) {
            if (lex.orgWords.contains(last) && !(to - from == 1 && lex.placeWords.contains(last))) {
                return to - from >= 2 || isInstitution(last) ? EntityType.ORGANIZATION : null;
            }
            if (lex.placeWords.contains(last) && to - from >= 2) {
                return EntityType.PLACE;
            }
        }
        if (to - from >= 2 && (NAME_PREFIXES.contains(toks.get(from).key)
                || DIRECTIONS.contains(toks.get(from).key) && !lex.firstNames.containsKey(toks.get(from + 1).key))) {
            return EntityType.PLACE;
        }
        if (to - from == 1) {
            String t = toks.get(from).text;
            if (isAcronym(t.replace(".", "")) || hasAcronymPart(t)) {
                return EntityType.ORGANIZATION;
            }
        }
        return null;
    }

    /** Words that name an institution on their own: "Congress", "the Senate", "Parliament". */
    private static boolean isInstitution(String key) {
        return Set.of("congress", "senate", "parliament", "house", "cabinet", "pentagon", "knesset", "duma")
                .contains(key);
    }

    /** "IIT-Delhi": an acronym joined to a word by a hyphen names an institution. */
    private static boolean hasAcronymPart(String t) {
        int h = t.indexOf('-');
        if (h <= 0) {
            return false;
        }
        for (String part : t.split("-")) {
            if (part.length() >= 2 && part.chars().allMatch(Character::isUpperCase)) {
                return true;
            }
        }
        return false;
    }

    /** A single capitalised word at a sentence start needs evidence that it is a name. */
    private boolean supported(List<Tok> toks, int i, int sentence) {
        Tok t = toks.get(i);
        int apo = Math.max(t.text.indexOf('\''), t.text.indexOf('\u2019'));
        if (apo > 0 && lex.common.contains(t.text.substring(0, apo).toLowerCase(java.util.Locale.ROOT))) {
            return false; // "You've", "It's", "Don't"
        }
        if (lex.gazetteer.containsKey(t.key)) {
            return true;
        }
        if (isAcronym(t.text.replace(".", ""))) {
            // "LeT", "JeM", "WHO" are names; "PhD", "CEO", "TV" and emphatic "MUST" are not
            boolean mixed = !t.text.equals(t.text.toUpperCase(java.util.Locale.ROOT));
            return !lex.common.contains(t.key) || mixed && lex.function.contains(t.key);
        }
        if (!isInitial(toks, i)) {
            return !lex.common.contains(t.key);
        }
        if (lex.common.contains(t.key) || lowerWords.contains(t.key)) {
            return false;
        }
        if (midCapWords.contains(t.key) || isAcronym(t.text.replace(".", "")) || hasAcronymPart(t.text)) {
            return true;
        }
        if (i + 1 < toks.size() && SAY.contains(toks.get(i + 1).key)) {
            return true;
        }
        return false;
    }

    private Candidate make(List<Tok> toks, int from, int to, int sentence, boolean headline) {
        Tok last = toks.get(to - 1);
        int end = last.end;
        String lt = last.text;
        if (lt.endsWith("'s") || lt.endsWith("\u2019s")) {
            end -= 2;
        } else if (lt.endsWith("'") || lt.endsWith("\u2019")) {
            end -= 1;
        }
        int start = toks.get(from).start;
        Candidate c = new Candidate(start, end, doc.text().substring(start, end), sentence, headline);
        c.listed = lex.gazetteer.get(c.key);
        if (c.listed == null) {
            c.structural = structuralType(toks, from, to);
        }
        return c;
    }

    // ---------------------------------------------------------------- context cues

    private void cues(Candidate c, List<Tok> toks, int from, int to) {
        Tok prev = prevWord(toks, from);
        Tok next = to < toks.size() ? toks.get(to) : null;
        String nextKey = next != null && next.word ? next.key : null;
        if (nextKey != null && SAY.contains(nextKey)) {
            c.personVotes += 2;
        }
        if (prev != null && (prev.key.equals("said") || prev.key.equals("says")) && from > 0
                && toks.get(from - 1).word) {
            c.personVotes += 1;
        }
        if (prev != null && toks.get(from - 1) == prev && ROLE_NOUNS.contains(prev.key)
                && Character.isLowerCase(prev.text.charAt(0))) {
            c.personVotes += 2;
        }
        // "army chief Raheel Sharif", "said prime minister Jane Doe": a title in lower case before the name
        if (c.title == null && c.listed == null && c.structural == null) {
            for (int k = Math.max(0, from - 3); k < from; k++) {
                Tok t = toks.get(k);
                if (t.word && Character.isLowerCase(t.text.charAt(0)) && titleEnd(toks, k, from) == from
                        && from - k <= 3) {
                    c.title = keyOf(toks, k, from);
                    c.longTitle = c.title;
                    c.titleGender = lex.titles.getOrDefault(c.title, Gender.UNKNOWN);
                    c.personVotes += 3;
                    break;
                }
            }
        }
        // "the El Paso mayor, Dee Margo": a role noun, a comma, the name
        if (from >= 2 && toks.get(from - 1).text.equals(",") && ROLE_NOUNS.contains(toks.get(from - 2).key)
                && Character.isLowerCase(toks.get(from - 2).text.charAt(0)) && c.words >= 2) {
            c.personVotes += 2;
            if (c.title == null && lex.titles.containsKey(toks.get(from - 2).key)) {
                c.title = toks.get(from - 2).key;
                c.longTitle = c.title;
            }
        }
        // "Adil Abdul-Mahdi, the acting Prime Minister of Iraq": a title in apposition
        if (to + 1 < toks.size() && toks.get(to).text.equals(",") && c.listed == null) {
            int k = to + 1;
            while (k < toks.size() && k < to + 4 && APPOSITION_LEAD.contains(toks.get(k).key)) {
                k++;
            }
            int te = k < toks.size() ? titleEnd(toks, k, toks.size()) : k;
            if (te > k && te - k <= 5) {
                c.personVotes += 2;
                if (c.title == null) {
                    c.title = keyOf(toks, k, te);
                    c.longTitle = c.title;
                }
            }
        }
        if (next != null && next.text.equals(",") && to + 1 < toks.size()) {
            Tok after = toks.get(to + 1);
            for (int k = to + 1; k < Math.min(toks.size(), to + 5); k++) {
                Tok t = toks.get(k);
                if (!t.word || Character.isUpperCase(t.text.charAt(0))) {
                    break;
                }
                if (ROLE_NOUNS.contains(t.key)) {
                    c.personVotes += 2;
                    break;
                }
            }
            if (after.key.equals("who")) {
                c.personVotes += 2;
            } else if (isAge(after.text) && to + 2 < toks.size()
                    && toks.get(to + 2).text.equals(",")) {
                c.personVotes += 2;
            } else if (isCap(after)) {
                Lexicons.Place pl = lex.gazetteer.get(after.key);
                if (pl != null && pl.type() == EntityType.PLACE) {
                    c.placeVotes += 3;
                }
            }
        }
        // "in Martian brines": a name followed by a noun is a modifier, not the place itself
        boolean modifier = next != null && next.word && Character.isLowerCase(next.text.charAt(0))
                && !lex.common.contains(next.key);
        if (prev != null && toks.get(from - 1) == prev && !modifier) {
            if (PLACE_PREP.contains(prev.key)) {
                c.placeVotes += 2;
            } else if (WEAK_PLACE_PREP.contains(prev.key)) {
                c.placeVotes += 1;
            } else if (prev.key.equals("the") && c.words >= 2) {
                c.orgVotes += 1;
            }
        }
        // "groups like Daesh, ...", "countries such as ..."
        for (int k = from - 1; k >= Math.max(0, from - 3); k--) {
            Tok t = toks.get(k);
            if (t.key.equals("like") || t.key.equals("including") || t.key.equals("as") && k > 0
                    && toks.get(k - 1).key.equals("such")) {
                int nounAt = t.key.equals("as") ? k - 2 : k - 1;
                if (nounAt >= 0) {
                    String noun = toks.get(nounAt).key;
                    if (ORG_NOUNS.contains(noun)) {
                        c.orgVotes += 3;
                    } else if (PLACE_NOUNS.contains(noun)) {
                        c.placeVotes += 3;
                    } else if (PERSON_NOUNS.contains(noun)) {
                        c.personVotes += 3;
                    }
                }
                break;
            }
            if (t.word) {
                break;
            }
        }
        if (c.words >= 2 && c.listed == null) {
            // the first word, or the second of three or more (keys have single spaces, none at the ends)
            String key = c.key;
            int s1 = key.indexOf(' ');
            int s2 = s1 < 0 ? -1 : key.indexOf(' ', s1 + 1);
            if (lex.firstNames.containsKey(s1 < 0 ? key : key.substring(0, s1))
                    || s2 >= 0 && lex.firstNames.containsKey(key.substring(s1 + 1, s2))) {
                c.personVotes += 2;
            }
        }
    }

    private static boolean isAge(String t) {
        return (t.length() == 1 || t.length() == 2) && Character.isDigit(t.charAt(0))
                && Character.isDigit(t.charAt(t.length() - 1));
    }

    private static Tok prevWord(List<Tok> toks, int from) {
        return from > 0 && toks.get(from - 1).word ? toks.get(from - 1) : null;
    }

    /** "World Health Organization (WHO)" and "A, B and C" lists, within one sentence. */
    private void acronymsAndLists(List<Candidate> here, int sentence) {
        String text = doc.text();
        for (int i = 0; i + 1 < here.size(); i++) {
            Candidate a = here.get(i);
            Candidate b = here.get(i + 1);
            if (b.start < a.end) {
                continue;
            }
            String between = text.substring(a.end, b.start);
            String gap = between.replace("'s", "").replace("\u2019s", "").trim();
            if ((gap.equals("(") || gap.equals("(the")) && isAcronym(b.text.replace(".", ""))
                    && b.end < text.length() && text.charAt(b.end) == ')') {
                acronymPairs.add(new Candidate[] {a, b});
                continue;
            }
            if (gap.endsWith(" the")) {
                gap = gap.substring(0, gap.length() - 4).trim();
            }
            if (gap.equals(",") || gap.equals("and") || gap.equals("or") || gap.equals(", and")
                    || gap.equals(", or")) {
                if (a.list < 0) {
                    a.list = lists++;
                }
                b.list = a.list;
                if (!gap.equals(",")) {
                    coordinated.add(a.list);
                }
            }
        }
    }

    final List<Candidate[]> acronymPairs = new ArrayList<>();
    /** Lists joined by "and"/"or" (a comma alone may be an apposition: "the mayor of London, Sadiq Khan"). */
    final Set<Integer> coordinated = new HashSet<>();
}
