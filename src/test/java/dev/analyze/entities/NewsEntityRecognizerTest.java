package dev.analyze.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.analyze.document.Document;
import dev.analyze.document.DocumentParser;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of the recognizer on short texts written for the test. */
class NewsEntityRecognizerTest {

    private static final NewsEntityRecognizer RECOGNIZER = new NewsEntityRecognizer();

    static EntityAnalysis analyze(String text) {
        Document doc = DocumentParser.standard().parse("t.txt", "test", text);
        return RECOGNIZER.analyze(doc);
    }

    /** A body-only document (no title line). */
    static EntityAnalysis body(String text) {
        return analyze("Test article\n\n" + text);
    }

    static Optional<Entity> find(EntityAnalysis a, String name) {
        return a.entities().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    static Entity get(EntityAnalysis a, String name) {
        return find(a, name).orElseThrow(() -> new AssertionError(name + " not in " + names(a)));
    }

    static List<String> names(EntityAnalysis a) {
        return a.entities().stream().map(e -> e.name() + "/" + e.type() + "/" + e.count()).toList();
    }

    @Test
    void surnameJoinsTheUniqueFullName() {
        EntityAnalysis a = body("Finance Minister Jane Holloway unveiled the budget on Tuesday. "
                + "Holloway said the plan would cut debt. Critics said Holloway was wrong.");
        Entity e = get(a, "Jane Holloway");
        assertEquals(EntityType.PERSON, e.type());
        assertEquals(3, e.count());
        assertEquals(List.of("Holloway"), e.aliases());
        assertEquals(e, a.resolveName("Mrs. Holloway").orElseThrow());
        assertEquals(e, a.resolveName("Holloway's").orElseThrow());
    }

    @Test
    void aMiddleInitialStaysInsideTheName() {
        EntityAnalysis a = body("The adviser, Peter K. Lindqvist, met Anna M. Rossi on Monday. "
                + "Lindqvist said the talks went well.");
        Entity peter = get(a, "Peter K. Lindqvist");
        assertEquals(EntityType.PERSON, peter.type());
        assertEquals(2, peter.count());
        assertEquals(EntityType.PERSON, get(a, "Anna M. Rossi").type());
        assertTrue(find(a, "Peter K").isEmpty(), names(a).toString());
    }

    @Test
    void surnameSharedByTwoFullNamesStaysAmbiguous() {
        EntityAnalysis a = body("Prime Minister Nawaz Sharif met army chief Raheel Sharif in the capital. "
                + "Later Sharif said the talks went well.");
        assertEquals(1, get(a, "Nawaz Sharif").count());
        assertEquals(1, get(a, "Raheel Sharif").count());
        assertTrue(a.resolveName("Sharif").isEmpty());
        assertTrue(find(a, "Sharif").isEmpty());
    }

    @Test
    void surnameBeforeTheSecondNameGoesToTheFirst() {
        EntityAnalysis a = body("Maria Okafor won the vote. Okafor thanked voters. "
                + "Her brother, Daniel Okafor, was absent.");
        assertEquals(2, get(a, "Maria Okafor").count());
        assertEquals(1, get(a, "Daniel Okafor").count());
    }

    @Test
    void firstNameAloneJoinsAUniquePerson() {
        EntityAnalysis a = body("The explorer Walter Brandt died on Sunday. Walter loved the sea, "
                + "Brandt's daughter said.");
        Entity e = get(a, "Walter Brandt");
        assertEquals(3, e.count());
        assertTrue(e.aliases().containsAll(List.of("Walter", "Brandt")));
    }

    @Test
    void acronymInParenthesesJoinsItsExpansion() {
        EntityAnalysis a = body("The Global Water Alliance (GWA) published a report. "
                + "The GWA said rivers were drying up.");
        Entity e = get(a, "Global Water Alliance");
        assertEquals(EntityType.ORGANIZATION, e.type());
        assertEquals(3, e.count());
        assertTrue(e.aliases().contains("GWA"));
    }

    @Test
    void acronymMatchingInitialsJoinsTheOnlyCandidate() {
        EntityAnalysis a = body("The National Farmers Federation wants rain. A spokesman for the NFF "
                + "said crops were failing.");
        Entity e = get(a, "National Farmers Federation");
        assertEquals(2, e.count());
        assertTrue(e.aliases().contains("NFF"));
    }

    @Test
    void expansionFoundFromTheAcronymLetters() {
        EntityAnalysis a = body("Fighters of the Islamic Front of Azania and Tuvia (IFAT) crossed the river.");
        Entity e = get(a, "Islamic Front of Azania and Tuvia");
        assertEquals(EntityType.ORGANIZATION, e.type());
        assertTrue(e.aliases().contains("IFAT"));
    }

    @Test
    void countryShortFormsJoinTheCountry() {
        EntityAnalysis a = body("Trade between the U.S. and the UK grew. Britain sells cars to America, "
                + "and the United States sells grain.");
        Entity us = get(a, "United States");
        Entity uk = get(a, "United Kingdom");
        assertEquals(3, us.count());
        assertEquals(2, uk.count());
        assertTrue(us.aliases().containsAll(List.of("U.S.", "America")));
        assertEquals(EntityType.PLACE, uk.type());
    }

    @Test
    void demonymsAreOtherAndLinkedToTheirCountry() {
        EntityAnalysis a = body("Kenyan officials said the border with Somalia was closed. "
                + "Many Somalis waited in Kenya.");
        Entity kenyan = get(a, "Kenyan");
        assertEquals(EntityType.OTHER, kenyan.type());
        assertEquals(Optional.of("Kenya"), kenyan.country());
        assertEquals(Optional.of("Somalia"), get(a, "Somalis").country());
        assertEquals(EntityType.PLACE, get(a, "Kenya").type());
        assertEquals(1, get(a, "Somalia").count());
    }

    @Test
    void titleIsRememberedAndResolvesALaterDescription() {
        String text = "Foreign Minister Maria Lopez arrived in Lima. The minister said talks would start. "
                + "Lopez left on Friday.";
        EntityAnalysis a = body(text);
        Entity lopez = get(a, "Maria Lopez");
        assertEquals(2, lopez.count(), "a bare title is not a named mention");
        assertTrue(lopez.titles().contains("foreign minister"));
        assertEquals(Gender.FEMALE, lopez.gender());
        int at = ("Test article\n\n" + text).indexOf("The minister");
        assertEquals(lopez, a.resolveDescription("The minister", at).orElseThrow());
        assertEquals(lopez, a.resolveDescription("the Foreign Minister", at).orElseThrow());
        assertTrue(a.resolveDescription("the minister", 5).isEmpty(), "title not yet seen");
        assertTrue(a.resolveDescription("the governor", at).isEmpty());
    }

    @Test
    void descriptionCarriedByTwoPeopleIsNotResolved() {
        EntityAnalysis a = body("Senator Paul Grady and Senator Ruth Emmons voted no. The senator said no more.");
        assertTrue(a.resolveDescription("the senator", 200).isEmpty());
    }

    @Test
    void countryWordBeforeATitleCountsForTheCountry() {
        EntityAnalysis a = body("French President Louis Marchand spoke. US Secretary of State Ann Pryce listened. "
                + "The US Secretary said nothing.");
        Entity pryce = get(a, "Ann Pryce");
        assertTrue(pryce.titles().contains("secretary of state"));
        assertTrue(pryce.titles().contains("us secretary of state"));
        assertEquals(2, get(a, "United States").count());
        assertEquals(EntityType.OTHER, get(a, "French").type());
        assertEquals(EntityType.PERSON, get(a, "Louis Marchand").type());
        assertEquals(pryce, a.resolveDescription("The US Secretary", 10_000).orElseThrow());
    }

    @Test
    void nameInsideALongerNameIsNotCountedSeparately() {
        EntityAnalysis a = body("He spoke at IIT-Delhi on Monday, and later at the University of Lagos.");
        assertEquals(EntityType.ORGANIZATION, get(a, "IIT-Delhi").type());
        assertEquals(EntityType.ORGANIZATION, get(a, "University of Lagos").type());
        assertTrue(find(a, "New Delhi").isEmpty());
        assertTrue(find(a, "Lagos").isEmpty());
    }

    @Test
    void titleCaseHeadlineKeepsOnlyConfirmedNames() {
        EntityAnalysis a = analyze("Flood Waters Rise Across Bangladesh As Minister Tanvir Alam Warns Of Worse\n\n"
                + "Rivers burst their banks in Bangladesh on Monday. Disaster Minister Tanvir Alam said more rain "
                + "was coming.");
        assertEquals(2, get(a, "Bangladesh").count());
        assertEquals(2, get(a, "Tanvir Alam").count());
        assertTrue(a.entities().stream().noneMatch(e -> e.name().contains("Flood")), names(a).toString());
        assertTrue(a.entities().stream().noneMatch(e -> e.name().contains("Worse")), names(a).toString());
    }

    @Test
    void headlineRepeatsCountOnce() {
        EntityAnalysis a = analyze("Storm hits Manila\n\nStorm hits Manila\n\nThe storm reached Manila at dawn.");
        assertEquals(2, get(a, "Manila").count());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Despite the rain, crowds gathered in Accra.|Despite",
        "Speaking in Lagos, the governor smiled.|Speaking",
        "However, Nairobi stayed calm.|However",
        "The Nile flooded. Meanwhile the dam held.|Meanwhile",
        "\"Nobody expected this,\" a witness in Quito said.|Nobody",
        "You've seen nothing like Lagos, she said.|You"})
    void sentenceInitialCapitalsAreNotNames(String text, String word) {
        EntityAnalysis a = body(text);
        assertTrue(a.entities().stream().noneMatch(e -> e.name().contains(word)), names(a).toString());
        assertFalse(a.entities().isEmpty(), "the place is still found: " + names(a));
    }

    @Test
    void wordSeenInLowerCaseIsNotANameAtASentenceStart() {
        EntityAnalysis a = body("Drought worsened. The drought hit farms near Harare.");
        assertTrue(find(a, "Drought").isEmpty(), names(a).toString());
        assertEquals(EntityType.PLACE, get(a, "Harare").type());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Officials from the Ministry of Water Resources arrived.|Ministry of Water Resources|ORGANIZATION",
        "Shares in Zenith Holdings Ltd fell sharply.|Zenith Holdings Ltd|ORGANIZATION",
        "The Supreme Court ruled on Friday.|Supreme Court|ORGANIZATION",
        "She studied at Carville University for years.|Carville University|ORGANIZATION",
        "Divers searched Lake Mbato for days.|Lake Mbato|PLACE",
        "Traffic stopped on Ridgeway Road after the crash.|Ridgeway Road|PLACE",
        "The bridge over the Oran River collapsed.|Oran River|PLACE",
        "Mr. Tobias Renner said he was innocent.|Tobias Renner|PERSON",
        "The rebels of the Karsi network attacked.|Karsi network|ORGANIZATION"})
    void typedByHeadWordsAndTitles(String text, String name, EntityType type) {
        assertEquals(type, get(body(text), name).type());
    }

    @Test
    void coordinatedNamesShareTheListType() {
        EntityAnalysis a = body("Armed groups like Ashabi, Kel Tamar and the FPLA were blamed.");
        assertEquals(EntityType.ORGANIZATION, get(a, "Ashabi").type());
        assertEquals(EntityType.ORGANIZATION, get(a, "Kel Tamar").type());
        assertEquals(EntityType.ORGANIZATION, get(a, "FPLA").type());
    }

    @Test
    void genderFromHonorificsFirstNamesAndPronouns() {
        EntityAnalysis a = body("Mr. Okonjo-Bello arrived late. Dr. Sabine Kraus said she was tired. "
                + "Arvelo Tansk waved. Tansk said he would return.");
        assertEquals(Gender.MALE, get(a, "Okonjo-Bello").gender());
        assertEquals(Gender.FEMALE, get(a, "Sabine Kraus").gender());
        assertEquals(Gender.MALE, get(a, "Arvelo Tansk").gender());
    }

    @Test
    void eventsLawsAndDiseasesAreNotEntities() {
        EntityAnalysis a = body("After World War Two and the Clean Air Act, COVID-19 reached Peru.");
        assertEquals(List.of("Peru/PLACE/1"), names(a).stream().filter(n -> !n.contains("OTHER")).toList());
    }

    @Test
    void mentionsAreFoundByOffset() {
        String text = "Test article\n\nMaria Okafor flew to Accra. Okafor met the mayor of Accra.";
        EntityAnalysis a = analyze(text);
        int at = text.indexOf("Okafor met");
        assertEquals("Maria Okafor", a.entityAt(at + 2).orElseThrow().name());
        assertTrue(a.entityAt(text.indexOf("met")).isEmpty());
        List<EntityAnalysis.Resolved> in = a.mentionsIn(text.indexOf("Okafor met"), text.length());
        assertEquals(List.of("Okafor", "Accra"), in.stream().map(r -> r.mention().text()).toList());
        assertEquals("Accra", in.get(1).entity().name());
    }

    @Test
    void entitiesAreSortedByCountThenFirstMention() {
        EntityAnalysis a = body("Accra and Lagos met Lagos. Then Dakar, Lagos and Accra.");
        assertEquals(List.of("Lagos", "Accra", "Dakar"),
                a.entities().stream().map(Entity::name).toList());
    }

    @Test
    void appositionAfterACommaIsNotAList() {
        EntityAnalysis a = body("The mayor of Accra, Kwame Osei-Tutu, opened the bridge. Osei-Tutu spoke first.");
        assertEquals(EntityType.PLACE, get(a, "Accra").type());
        assertEquals(EntityType.PERSON, get(a, "Kwame Osei-Tutu").type());
        assertEquals(2, get(a, "Kwame Osei-Tutu").count());
    }

    @Test
    void sentenceInitialAdjectiveBeforeAKnownNameIsDropped() {
        EntityAnalysis a = body("The host, Don Vardy, retired. Longtime Vardy fans were sad. Vardy said goodbye.");
        Entity e = get(a, "Don Vardy");
        assertEquals(3, e.count());
        assertTrue(find(a, "Longtime Vardy").isEmpty(), names(a).toString());
    }

    @Test
    void bareTitleInParenthesesNamesTheFollowingPerson() {
        EntityAnalysis a = body("I met (Kenyan Foreign Minister) Amina Wafula yesterday. Later the minister left.");
        Entity e = get(a, "Amina Wafula");
        assertTrue(e.titles().contains("foreign minister"), e.titles().toString());
        assertEquals(e, a.resolveDescription("the minister", 10_000).orElseThrow());
    }

    @Test
    void institutionBeforeATitleIsItsOwnMention() {
        EntityAnalysis a = body("Senate Majority Leader Tom Radley blocked the bill. The Senate adjourned.");
        assertEquals(2, get(a, "Senate").count());
        assertEquals(EntityType.PERSON, get(a, "Tom Radley").type());
    }

    @Test
    void titleInAppositionIsEvidenceAndRemembered() {
        String text = "Test article\n\nTarek Haddad-Amin, the acting Prime Minister of Jordan, condemned the attack. "
                + "The prime minister called it cowardly.";
        EntityAnalysis a = analyze(text);
        Entity e = get(a, "Tarek Haddad-Amin");
        assertEquals(EntityType.PERSON, e.type());
        assertEquals(e, a.resolveDescription("the prime minister", text.indexOf("The prime")).orElseThrow());
    }

    @Test
    void singleWordInstitutionJoinsItsFullName() {
        EntityAnalysis a = body("The House of Representatives voted. The House then adjourned.");
        assertEquals(2, get(a, "House of Representatives").count());
    }

    @Test
    void unknownCapitalisedPhraseWithoutEvidenceIsLeftOut() {
        EntityAnalysis a = body("They watched Rolling Thunder Revue again on Sunday.");
        assertTrue(a.entities().isEmpty(), names(a).toString());
    }

    @Test
    void lowerCaseTitleBeforeANameIsRemembered() {
        String text = "Test article\n\nThe talks were led by foreign minister Ilse Brandvold. The minister smiled.";
        EntityAnalysis a = analyze(text);
        Entity e = get(a, "Ilse Brandvold");
        assertTrue(e.titles().contains("foreign minister"), e.titles().toString());
        assertEquals(e, a.resolveDescription("the minister", text.indexOf("The minister")).orElseThrow());
    }

    @Test
    void organisationTitleAndNameInOneRunAreSplit() {
        EntityAnalysis a = body("Bank of Freedonia Governor Mark Tallis raised rates. Tallis said inflation was high.");
        assertEquals(EntityType.ORGANIZATION, get(a, "Bank of Freedonia").type());
        Entity e = get(a, "Mark Tallis");
        assertEquals(2, e.count());
        assertTrue(e.titles().contains("governor"));
    }

    @Test
    void partyAdjectivesAreNotScored() {
        EntityAnalysis a = body("Republican senators and Democrats argued in Ohio.");
        assertTrue(a.entities().stream().filter(e -> e.type() != EntityType.OTHER).allMatch(e -> e.name().equals("Ohio")),
                names(a).toString());
    }
}
