package dev.analyze.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.analyze.document.Document;
import dev.analyze.document.DocumentParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The project's sample article against its hand-annotated gold entities. */
class KerrySampleTest {

    private static String text;
    private static EntityAnalysis analysis;

    @BeforeAll
    static void load() throws IOException {
        text = Files.readString(Path.of("samples/kerry.txt"));
        Document doc = DocumentParser.standard().parse("kerry.txt", "samples/kerry.txt", text);
        analysis = new NewsEntityRecognizer().analyze(doc);
    }

    private static Entity resolve(String name) {
        return analysis.resolveName(name).orElseThrow(() -> new AssertionError(name + " not resolved: "
                + NewsEntityRecognizerTest.names(analysis)));
    }

    @ParameterizedTest
    @CsvSource({
        "John Kerry, PERSON", "Nawaz Sharif, PERSON", "Narendra Modi, PERSON", "Pakistan, PLACE",
        "India, PLACE", "US, PLACE", "Islamabad, PLACE", "Afghanistan, PLACE", "Daesh, ORGANIZATION",
        "Al Qaeda, ORGANIZATION", "LeT, ORGANIZATION", "JeM, ORGANIZATION", "Haqqani network, ORGANIZATION",
        "IIT-Delhi, ORGANIZATION"})
    void everyGoldEntityIsFoundWithItsType(String name, EntityType type) {
        assertEquals(type, resolve(name).type());
    }

    @ParameterizedTest
    @CsvSource({"Kerry, 7", "Pakistan, 10", "India, 5", "United States, 3", "Sharif, 2", "LeT, 2", "Modi, 1"})
    void goldCounts(String name, int count) {
        assertEquals(count, resolve(name).count());
    }

    @Test
    void canonicalNamesAndAliases() {
        assertEquals("John Kerry", resolve("Kerry").name());
        assertEquals("United States", resolve("US").name());
        assertTrue(resolve("Pakistan").aliases().contains("Pak"));
        assertEquals(Gender.MALE, resolve("Kerry").gender());
    }

    @Test
    void onlyScoredEntitiesAreTheGoldOnes() {
        long scored = analysis.entities().stream().filter(e -> e.type() != EntityType.OTHER).count();
        assertEquals(14, scored, NewsEntityRecognizerTest.names(analysis).toString());
        Entity pakistanis = analysis.entities().stream().filter(e -> e.name().equals("Pakistanis")).findFirst()
                .orElseThrow();
        assertEquals(EntityType.OTHER, pakistanis.type());
        assertEquals(Optional.of("Pakistan"), pakistanis.country());
    }

    @Test
    void titlesResolveTheSecretaryOfStateToKerry() {
        Entity kerry = resolve("John Kerry");
        int usSecretary = text.indexOf("The US Secretary");
        int secretaryOfState = text.indexOf("The Secretary of State");
        assertEquals(kerry, analysis.resolveDescription("The US Secretary", usSecretary).orElseThrow());
        assertEquals(kerry, analysis.resolveDescription("the Secretary of State", secretaryOfState).orElseThrow());
        assertEquals(resolve("Sharif"), analysis.resolveDescription("the Pakistan Prime Minister",
                text.length()).orElseThrow());
        // the US Secretary is not counted as a mention of Kerry, but its "US" is one of the United States
        assertTrue(analysis.entityAt(usSecretary + 4).isPresent());
        assertEquals("United States", analysis.entityAt(usSecretary + 4).get().name());
        assertTrue(analysis.entityAt(usSecretary + 8).isEmpty());
    }
}
