package dev.analyze.quotes;

import java.util.Set;

/** Closed word classes the attribution rules need: pronouns, titles, determiners, clause words. */
final class Lexicon {

    private Lexicon() {
    }

    static final Set<String> PERSONAL_PRONOUNS = words("he", "she", "they", "it", "we", "i", "you");

    static final Set<String> DETERMINERS = words("the", "a", "an", "his", "her", "their", "its", "our", "one",
            "another", "this", "that", "these", "those", "some", "several", "two", "three", "many", "other");

    /** Honorifics and titles stripped from the front of a name ("Mayor Ana Ruiz" becomes "Ana Ruiz"). */
    static final Set<String> TITLES = words("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame",
            "lord", "lady", "rev", "reverend", "father", "sister", "brother", "president", "vice", "prime", "minister",
            "secretary", "general", "gen", "sen", "senator", "rep", "representative", "gov", "governor", "mayor",
            "chancellor", "king", "queen", "prince", "princess", "judge", "justice", "chief", "commissioner",
            "chairman", "chairwoman", "chairperson", "chair", "director", "spokesman", "spokeswoman",
            "spokesperson", "officer", "detective", "inspector", "sergeant", "sgt", "constable", "captain", "capt",
            "lt", "lieutenant", "colonel", "col", "major", "maj", "admiral", "adm", "ambassador", "attorney",
            "deputy", "assistant", "foreign", "defence", "defense", "interior", "finance", "health", "state",
            "former", "acting", "cde", "comrade", "pope", "bishop", "archbishop", "cardinal", "imam", "sheikh",
            "councillor", "councilman", "councilwoman", "speaker", "leader", "minority", "majority", "whip",
            "coach", "manager", "ceo", "chairwoman", "superintendent", "commander", "sheriff", "marshal",
            "senior", "junior", "mp", "mep", "congressman", "congresswoman", "premier", "emir", "sultan",
            "supreme", "high", "grand", "first", "executive", "head", "house", "senate", "us", "u.s", "uk", "un",
            "eu", "of", "the", "and", "st");

    /** Words that may sit between a subject and its verb ("Kerry today said", "he also said"). */
    static final Set<String> ADVERBS = words("today", "yesterday", "tonight", "also", "later", "then", "earlier",
            "again", "further", "once", "previously", "recently", "reportedly", "repeatedly", "has", "had", "have",
            "would", "will", "was", "is", "did", "does", "do", "once", "simply", "just", "only", "quickly", "flatly",
            "angrily", "firmly", "publicly", "privately", "separately", "subsequently", "finally", "initially",
            "originally", "still", "even", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "not", "never", "always", "often", "proudly", "bluntly", "openly", "immediately");

    /** Words that end a subject phrase when walking back from its verb. */
    static final Set<String> CLAUSE_WORDS = words("that", "which", "who", "whom", "whose", "and", "but", "or",
            "while", "when", "as", "because", "if", "though", "although", "after", "before", "since", "so",
            "where", "whether", "than", "then", "until", "unless", "once", "where", "how", "why", "what", "to",
            "by", "for", "with", "without", "about", "in", "on", "at", "into", "from", "over", "under", "during",
            "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "would", "will", "could",
            "should", "can", "may", "might", "must", "did", "does", "do", "not", "also", "there", "here", "him",
            "them", "us", "me");

    /** Speaker nouns that may stand bare, without a determiner ("police said", "officials said"). */
    static final Set<String> BARE_SPEAKERS = words("police", "officials", "authorities", "witnesses", "experts",
            "analysts", "critics", "residents", "sources", "prosecutors", "investigators", "doctors", "scientists",
            "researchers", "organisers", "organizers", "protesters", "activists", "officers", "lawyers",
            "diplomats", "observers", "people", "locals", "students", "workers", "survivors", "firefighters");

    /**
     * Cue verbs that do not always report words ("Unrest continued in Portland", "she praised the
     * team"): not enough for the weakest rule, a quote with no cue after a reporting sentence.
     */
    static final Set<String> WEAK_VERBS = words("continued", "continues", "called", "calls", "calling",
            "described", "describes", "describing", "praised", "praising", "thanked", "thanking", "welcomed",
            "attacked", "hailed", "slammed", "lauded", "touted", "decried", "derided", "justified", "expressed",
            "directing", "instructing", "talked", "spoke", "speaks", "speaking", "addressed", "agreed", "agrees",
            "disagreed", "defended", "dismissed", "questioned", "accused", "blamed", "charged", "condemned",
            "criticised", "criticized", "labelled", "labeled", "termed", "invited", "demanded", "demanding",
            "requested", "reflected", "remembered", "estimated", "projected", "forecasted", "calculated",
            "guessed", "wondered", "mused", "reads", "read", "reported", "reporting", "objected", "protested",
            "appealed", "threatened", "threatens");

    /** Abbreviations whose full stop does not end a sentence. */
    static final Set<String> ABBREVIATIONS = words("mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gov",
            "sen", "rep", "lt", "gen", "col", "capt", "sgt", "rev", "no", "vs", "etc", "inc", "corp", "co", "ltd",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "ave",
            "blvd", "dept", "univ", "maj", "adm", "cde", "messrs", "approx", "est", "fig", "al", "cf", "e.g", "i.e");

    /** A set of words; duplicates in the lists are harmless. */
    static Set<String> words(String... ws) {
        return Set.copyOf(java.util.Arrays.asList(ws));
    }

    static boolean isTitle(String lower) {
        return TITLES.contains(lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower);
    }
}
