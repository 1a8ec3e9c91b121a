package dev.analyze.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** News-English sentence splitting, case by case; every case must pass. */
class NewsSentenceSplitterTest {

    private static final NewsSentenceSplitter SPLITTER = new NewsSentenceSplitter();

    static Stream<Arguments> news() {
        return Stream.of(
                // datelines
                c("WASHINGTON (AP) \u2014 The Senate voted 52-48 on Tuesday. The bill now goes to the House.",
                        "WASHINGTON (AP) \u2014 The Senate voted 52-48 on Tuesday.", "The bill now goes to the House."),
                c("LONDON, Jan. 5 (Reuters) - Shares fell 2.5% in early trading. Analysts were surprised.",
                        "LONDON, Jan. 5 (Reuters) - Shares fell 2.5% in early trading.", "Analysts were surprised."),
                c("NEW DELHI, Sept. 12 \u2014 Officials said the talks would resume.",
                        "NEW DELHI, Sept. 12 \u2014 Officials said the talks would resume."),
                // titles
                c("Mr. Obama met Mrs. Clinton and Ms. Rice at noon.", "Mr. Obama met Mrs. Clinton and Ms. Rice at noon."),
                c("Dr. Jane Goodall spoke first. Gen. Mark Milley followed her.",
                        "Dr. Jane Goodall spoke first.", "Gen. Mark Milley followed her."),
                c("Sen. Elizabeth Warren and Gov. Gavin Newsom disagreed.", "Sen. Elizabeth Warren and Gov. Gavin Newsom disagreed."),
                c("Rep. Adam Schiff questioned Lt. Col. Alexander Vindman.", "Rep. Adam Schiff questioned Lt. Col. Alexander Vindman."),
                c("The parade passed St. Patrick's Cathedral. Crowds cheered.",
                        "The parade passed St. Patrick's Cathedral.", "Crowds cheered."),
                // numbers after abbreviations
                c("She lives at No. 10 Downing Street. Her office is upstairs.",
                        "She lives at No. 10 Downing Street.", "Her office is upstairs."),
                c("The vote is set for Feb. 14 and results are due by Dec. 1. Turnout is expected to be high.",
                        "The vote is set for Feb. 14 and results are due by Dec. 1.", "Turnout is expected to be high."),
                c("The case was filed in Jan. The court has not ruled.",
                        "The case was filed in Jan.", "The court has not ruled."),
                // companies
                c("Apple Inc. reported record sales. Microsoft Corp. did not comment.",
                        "Apple Inc. reported record sales.", "Microsoft Corp. did not comment."),
                c("The deal was signed by Tata Steel Ltd. The shares rose.",
                        "The deal was signed by Tata Steel Ltd.", "The shares rose."),
                c("He fell ill. Doctors said he would recover. The team hit Ill. hard.",
                        "He fell ill.", "Doctors said he would recover.", "The team hit Ill. hard."),
                c("The case, Roe vs. Wade, was decided in 1973.", "The case, Roe vs. Wade, was decided in 1973."),
                c("They brought food, water, blankets, etc. to the camp.", "They brought food, water, blankets, etc. to the camp."),
                // initialisms
                c("Inflation is rising in the U.S. The Fed said it would act.",
                        "Inflation is rising in the U.S.", "The Fed said it would act."),
                c("The U.S. military has 800 bases abroad.", "The U.S. military has 800 bases abroad."),
                c("The resolution passed at the U.N. Security Council on Friday.",
                        "The resolution passed at the U.N. Security Council on Friday."),
                c("He moved to Washington, D.C. He was 22.", "He moved to Washington, D.C.", "He was 22."),
                c("Talks with the U.K. government stalled. Brussels blamed London.",
                        "Talks with the U.K. government stalled.", "Brussels blamed London."),
                c("Sanctions were imposed by the E.U. But they had little effect.",
                        "Sanctions were imposed by the E.U.", "But they had little effect."),
                // initials
                c("President John F. Kennedy was shot in Dallas.", "President John F. Kennedy was shot in Dallas."),
                c("The Hobbit was written by J. R. R. Tolkien in 1937.", "The Hobbit was written by J. R. R. Tolkien in 1937."),
                c("The prize went to Leroy P. Steele and Anna N. Berg.", "The prize went to Leroy P. Steele and Anna N. Berg."),
                c("The award went to Michael J. Fox. He thanked his family.",
                        "The award went to Michael J. Fox.", "He thanked his family."),
                // decimals, money, times
                c("The economy grew 3.5 percent. Exports rose to $1.2 billion.",
                        "The economy grew 3.5 percent.", "Exports rose to $1.2 billion."),
                c("The meeting ends at 5 p.m. on Monday.", "The meeting ends at 5 p.m. on Monday."),
                c("Polls close at 8 p.m. Results are expected by midnight.",
                        "Polls close at 8 p.m.", "Results are expected by midnight."),
                c("The blast happened at 10:30 a.m. local time. Nobody was hurt.",
                        "The blast happened at 10:30 a.m. local time.", "Nobody was hurt."),
                c("At 6 a.m. Mr. Lee left home.", "At 6 a.m. Mr. Lee left home."),
                // quotes with attribution
                c("\"We will win,\" she said. \"Nobody can stop us.\"",
                        "\"We will win,\" she said.", "\"Nobody can stop us.\""),
                c("\"Why now?\" she asked. \"Because it is time.\"",
                        "\"Why now?\" she asked.", "\"Because it is time.\""),
                c("\"Get out!\" he shouted at the reporters.", "\"Get out!\" he shouted at the reporters."),
                c("\u201CIs this the end?\u201D asked the minister.", "\u201CIs this the end?\u201D asked the minister."),
                c("\u201CIt is over.\u201D The crowd fell silent.", "\u201CIt is over.\u201D", "The crowd fell silent."),
                c("He said the plan was \"dead.\" Others disagreed.", "He said the plan was \"dead.\"", "Others disagreed."),
                c("\u201CThe war is over,\u201D Smith told reporters. \u201CWe are going home.\u201D",
                        "\u201CThe war is over,\u201D Smith told reporters.", "\u201CWe are going home.\u201D"),
                c("She quoted him: 'It is finished.' Then she left.", "She quoted him: 'It is finished.'", "Then she left."),
                // ellipses in quotes
                c("\"We tried... we failed,\" he admitted.", "\"We tried... we failed,\" he admitted."),
                c("\"I don't know\u2026 maybe next year,\" she said.", "\"I don't know\u2026 maybe next year,\" she said."),
                c("\"We waited and waited... Nothing happened,\" he said.",
                        "\"We waited and waited...", "Nothing happened,\" he said."),
                // brackets
                c("The company (which was founded in 1998.) is based in Ohio.",
                        "The company (which was founded in 1998.) is based in Ohio."),
                c("He declined to comment. (Reporting by Jane Doe.)", "He declined to comment.", "(Reporting by Jane Doe.)"),
                // web and mail
                c("Details are at www.example.org. Call 555-0100 for help.",
                        "Details are at www.example.org.", "Call 555-0100 for help."),
                c("Write to tips@example.com. We read every message.", "Write to tips@example.com.", "We read every message."),
                // question and exclamation
                c("Will prices fall? Economists doubt it. Wow! That was fast.",
                        "Will prices fall?", "Economists doubt it.", "Wow!", "That was fast."),
                c("Is it legal? yes, the court said.", "Is it legal? yes, the court said."),
                c("Asked if he would resign, he gave a terse \"no.\"  Aides declined to comment.",
                        "Asked if he would resign, he gave a terse \"no.\"", "Aides declined to comment."),
                c("She said, 'Let's talk about it tomorrow.' \u201D Then she hung up.",
                        "She said, 'Let's talk about it tomorrow.' \u201D", "Then she hung up."),
                // lists
                c("1. Cut taxes. 2. Build roads. 3. Hire teachers.", "1. Cut taxes.", "2. Build roads.", "3. Hire teachers."),
                // quoted text in other scripts
                c("\u0939\u092E \u0906\u090F\u0964 \u0935\u094B \u0917\u090F\u0964 Then we left.",
                        "\u0939\u092E \u0906\u090F\u0964", "\u0935\u094B \u0917\u090F\u0964", "Then we left."),
                // more abbreviations, nested quotes and exclamations inside names
                c("Martin Luther King Jr. spoke here. King Jr. The crowd roared.",
                        "Martin Luther King Jr. spoke here.", "King Jr.", "The crowd roared."),
                c("Acme Inc.'s profit rose. It beat forecasts.", "Acme Inc.'s profit rose.", "It beat forecasts."),
                c("The Blues are the No. 1 seed. They play St. Louis next.",
                        "The Blues are the No. 1 seed.", "They play St. Louis next."),
                c("He said, \"She told me, 'Go home.'\" Then he left.",
                        "He said, \"She told me, 'Go home.'\"", "Then he left."),
                c("The film \"Who Framed Roger Rabbit?\" was a hit.", "The film \"Who Framed Roger Rabbit?\" was a hit."),
                c("Lt. Gov. Dan Patrick, R-Texas, objected. Others agreed.",
                        "Lt. Gov. Dan Patrick, R-Texas, objected.", "Others agreed."),
                c("The firm, based in Washington, D.C., said no.", "The firm, based in Washington, D.C., said no."),
                c("Prices rose in Oct. and Nov. but fell in Dec. Analysts were surprised.",
                        "Prices rose in Oct. and Nov. but fell in Dec.", "Analysts were surprised."),
                c("Is he guilty? \"No,\" the jury said.", "Is he guilty?", "\"No,\" the jury said."),
                c("\"We're done,\" he said... \"Really done.\"", "\"We're done,\" he said...", "\"Really done.\""),
                c("Read more at Politico.com. The site is free.", "Read more at Politico.com.", "The site is free."),
                // the paragraph end always ends the last sentence
                c("The talks continue", "The talks continue"),
                c("  Spaces around.   And more.  ", "Spaces around.", "And more."));
    }

    private static Arguments c(String text, String... expected) {
        return Arguments.of(text, List.of(expected));
    }

    static List<String> split(String text) {
        return SPLITTER.split(text, 0, text.length()).stream().map(s -> s.coveredText(text)).toList();
    }

    @ParameterizedTest
    @MethodSource("news")
    void splitsNews(String text, List<String> expected) {
        assertEquals(expected, split(text));
    }

    @Test
    void newsSetIsLargeEnough() {
        assertTrue(news().count() >= 40);
    }

    @Test
    void kerryBodyParagraphs() throws IOException {
        Path p = Path.of("samples/kerry.txt");
        String text = Files.readString(p, StandardCharsets.UTF_8);
        Document doc = DocumentParser.standard().parse("kerry", p.toString(), text);
        Paragraph body = doc.paragraphs().get(1);
        List<Sentence> sentences = doc.sentences().subList(body.firstSentence(), body.endSentence());
        assertEquals(2, sentences.size());
        assertTrue(sentences.get(1).span().coveredText(text).startsWith("However, he conceded"));
        // the ellipsis inside the quote before a lower-case word does not split
        boolean found = doc.sentences().stream().map(s -> s.span().coveredText(text))
                .anyMatch(s -> s.startsWith("\"More than 50,000 people have been killed... people define"));
        assertTrue(found, "ellipsis in the quote kept inside one sentence");
    }

    @Test
    void offsetsAreInsideTheRangeTrimmedAndNonEmpty() {
        String text = "xx  A. B. C.  \u201C\u2026\u201D  ?!? ... . . .  Mr.  \uD83D\uDE00. \uD800 end. ";
        for (int a = 0; a < text.length(); a++) {
            for (int b = a; b <= text.length(); b++) {
                int prev = a;
                for (Span s : SPLITTER.split(text, a, b)) {
                    assertTrue(s.start() >= prev && s.end() <= b && !s.isEmpty(), s + " in " + a + ".." + b);
                    assertTrue(!DocumentParser.isSpace(text.charAt(s.start()))
                            && !DocumentParser.isSpace(text.charAt(s.end() - 1)), "trimmed " + s);
                    prev = s.end();
                }
            }
        }
    }

    /** Hostile megabyte paragraphs split correctly; their timing is measured in src/bench, not here. */
    @Test
    void hugeParagraphsSplitSoundly() {
        List<String> inputs = new ArrayList<>();
        // 2 MB each: linear work is milliseconds, quadratic work would be hours
        inputs.add("The U.S. said no. ".repeat(120_000));
        inputs.add("a".repeat(1_000_000) + ". " + "b.".repeat(500_000));
        inputs.add(".".repeat(1_000_000) + " " + ". ".repeat(500_000));
        inputs.add("1. x ".repeat(200_000) + "\"?\" ".repeat(250_000));
        inputs.add("\u201C".repeat(1_000_000) + ". \"".repeat(300_000));
        for (String s : inputs) {
            List<Span> spans = SPLITTER.split(s, 0, s.length());
            assertTrue(!spans.isEmpty());
            int prev = 0;
            for (Span span : spans) {
                assertTrue(span.start() >= prev && span.end() <= s.length() && !span.isEmpty());
                prev = span.end();
            }
        }
        assertEquals(120_000, SPLITTER.split(inputs.get(0), 0, inputs.get(0).length()).size());
    }
}
