package dev.analyze.claims;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.analyze.document.Document;
import dev.analyze.document.DocumentParser;
import dev.analyze.document.Sentence;
import dev.analyze.document.Token;
import dev.analyze.document.TokenKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The claims path's shortcuts give bit for bit what the plain computations they replace gave (the
 * plain versions are kept here as references): the similarity graph through an inverted index, the
 * boilerplate test with its cheap first-character checks, the worthiness score from lower-cased
 * tokens computed once.
 */
class ClaimsShortcutsTest {

    @Test
    void similarityGraphEqualsPairwiseCosines() {
        Random r = new Random(11);
        for (int t = 0; t < 200; t++) {
            int n = 1 + r.nextInt(40);
            List<TermVector> vectors = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                vectors.add(randomVector(r, 1 + r.nextInt(30), r.nextInt(8)));
            }
            int[][] nbr = new int[n][];
            double[][] wt = new double[n][];
            double[] outSum = new double[n];
            TextRank.similarityGraph(vectors, nbr, wt, outSum);
            for (int i = 0; i < n; i++) {
                List<Integer> js = new ArrayList<>();
                List<Double> ws = new ArrayList<>();
                double sum = 0;
                if (!vectors.get(i).isEmpty()) {
                    for (int j = 0; j < n; j++) {
                        double s = j == i ? 0 : vectors.get(i).cosine(vectors.get(j));
                        if (s > 0) {
                            js.add(j);
                            ws.add(s);
                            sum += s;
                        }
                    }
                }
                assertArrayEquals(js.stream().mapToInt(Integer::intValue).toArray(), nbr[i]);
                assertArrayEquals(ws.stream().mapToDouble(Double::doubleValue).toArray(), wt[i], 0.0);
                assertEquals(sum, outSum[i], 0.0);
            }
        }
    }

    /** A unit vector over up to {@code terms} of the first {@code dims} term ids (empty when terms is 0). */
    private static TermVector randomVector(Random r, int dims, int terms) {
        int[] ids = r.ints(terms, 0, dims).sorted().distinct().toArray();
        float[] w = new float[ids.length];
        double norm = 0;
        for (int k = 0; k < w.length; k++) {
            w[k] = 0.01f + r.nextFloat();
            norm += w[k] * w[k];
        }
        for (int k = 0; k < w.length; k++) {
            w[k] *= (float) (1 / Math.sqrt(norm));
        }
        return new TermVector(ids, w);
    }

    @Test
    void quoteMaskInsideAsABinarySearchEachTime() {
        Random r = new Random(8);
        for (int t = 0; t < 300; t++) {
            List<dev.analyze.quotes.Quote> quotes = new ArrayList<>();
            List<int[]> spans = new ArrayList<>();
            int at = r.nextInt(3);
            for (int q = 0, n = r.nextInt(12); q < n; q++) {
                int start = at + r.nextInt(4);
                int end = start + r.nextInt(3) * r.nextInt(4); // empty spans too
                spans.add(new int[] {start, end});
                quotes.add(new dev.analyze.quotes.Quote("", java.util.Optional.empty(), java.util.Optional.empty(),
                        java.util.Optional.empty(), dev.analyze.quotes.QuoteKind.FULL, 1, 1, start, end,
                        List.of(new dev.analyze.document.Span(start, end)), "", List.of()));
                at = end + (r.nextBoolean() ? 0 : 1 + r.nextInt(3));
            }
            QuoteMask mask = new QuoteMask(new dev.analyze.quotes.QuoteAnalysis(quotes, List.of()));
            for (int k = 0; k < 60; k++) {
                int offset = r.nextInt(at + 3);
                boolean expected = false;
                for (int[] sp : spans) {
                    // inside a span, or at the start of a span (empty or merged) as the exact search found it
                    expected |= offset >= sp[0] && offset < sp[1];
                }
                expected |= mergedStartAt(spans, offset);
                assertEquals(expected, mask.inside(offset), spans.size() + " spans, offset " + offset);
            }
        }
    }

    /** Whether a merged span (overlapping or touching spans joined) starts at {@code offset}. */
    private static boolean mergedStartAt(List<int[]> spans, int offset) {
        int end = -1;
        for (int[] sp : spans) {
            if (end >= 0 && sp[0] <= end) {
                end = Math.max(end, sp[1]);
                continue;
            }
            if (sp[0] == offset) {
                return true;
            }
            end = sp[1];
        }
        return false;
    }

    @Test
    void stemsAsEveryRuleTriedInTurnGave() {
        String[] stems = {"", "a", "st", "sto", "tie", "bo", "cla", "ru", "announc", "stopp", "fe", "gra", "ne", "kis",
            "mi", "ax", "bu", "ch", "sh"};
        String[] endings = {"", "s", "'s", "\u2019s", "'", "\u2019", "ies", "sses", "xes", "ches", "shes", "ss", "us",
            "is", "ing", "ied", "ed", "eed", "e", "es", "d", "g"};
        for (String a : stems) {
            for (String b : endings) {
                for (String c : new String[] {"", "s", "ing", "ed"}) {
                    String w = a + b + c;
                    assertEquals(stemAsBefore(w), LightStemmer.stem(w), w);
                }
            }
        }
    }

    /** LightStemmer.stem as it was written. */
    private static String stemAsBefore(String word) {
        String w = word;
        if (w.endsWith("'s") || w.endsWith("\u2019s")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("'") || w.endsWith("\u2019")) {
            w = w.substring(0, w.length() - 1);
        }
        int n = w.length();
        String s;
        if (n <= 3) {
            s = w;
        } else if (w.endsWith("ies") && n > 4) {
            s = w.substring(0, n - 3) + "y";
        } else if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")) {
            s = w.substring(0, n - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            s = w.substring(0, n - 1);
        } else if (w.endsWith("ing") && n > 5) {
            s = undouble(w.substring(0, n - 3));
        } else if (w.endsWith("ied") && n > 4) {
            s = w.substring(0, n - 3) + "y";
        } else if (w.endsWith("ed") && n > 4 && !w.endsWith("eed")) {
            s = undouble(w.substring(0, n - 2));
        } else {
            s = w;
        }
        return s.length() > 4 && s.endsWith("e") ? s.substring(0, s.length() - 1) : s;
    }

    private static String undouble(String s) {
        int n = s.length();
        if (n >= 3 && s.charAt(n - 1) == s.charAt(n - 2) && "lsz".indexOf(s.charAt(n - 1)) < 0
                && "aeiou".indexOf(s.charAt(n - 1)) < 0) {
            return s.substring(0, n - 1);
        }
        return s;
    }

    private static final String[] PIECES = {"By", "by", "From", "Reporting by", "Jane Doe", "WASHINGTON", "(Reuters)",
        "-", "\u2014", ":", "Monday,", "March", "4,", "2019", "12", "2019-03-04", ".", "Photo:", "(Photo credit: AP)",
        "Read more", "Click here", "Copyright", "\u00a9", "All rights reserved", "the", "council", "said", "Sources",
        "Related", "U.S.", "A", "B.", "http://example.com", "x@example.com", "\u0085", "\uD835\uDC00", "The", "it", "of",
        "Image", "FILE", "video", "(", ")", "'s", "41", "Apr", "28th", "Tuesday", "\n\n"};

    @Test
    void boilerplateAsTheRegexesAloneDecided() {
        Random r = new Random(5);
        int furniture = 0;
        for (int t = 0; t < 3000; t++) {
            StringBuilder sb = new StringBuilder();
            int pieces = 1 + r.nextInt(t % 3 == 0 ? 30 : 7);
            for (int i = 0; i < pieces; i++) {
                sb.append(PIECES[r.nextInt(PIECES.length)]).append(r.nextInt(4) == 0 ? "" : " ");
            }
            Document doc = DocumentParser.standard().parse("t", "t", sb.toString());
            for (Sentence s : doc.sentences()) {
                boolean expected = boilerplateWithRegexesOnly(doc, s);
                furniture += expected ? 1 : 0;
                assertEquals(expected, Boilerplate.is(doc, s), () -> "'" + doc.text(s) + "'");
                String[] lower = ClaimWorthiness.lowerCase(s.tokens());
                assertEquals(scoreAsBefore(s), ClaimWorthiness.score(s.tokens(), lower,
                        ClaimWorthiness.hasQuantity(s.tokens(), lower)), 0.0, doc.text(s));
            }
        }
        assertEquals(true, furniture > 300, "the generator makes furniture too: " + furniture);
    }

    private static final Pattern BYLINE = Pattern.compile(
            "(?i)^(by|from|written by|reporting by|edited by)\\s+\\p{Lu}[\\p{L}.'\\- ]{0,60}(,.{0,40})?$");
    private static final Pattern DATELINE = Pattern.compile(
            "^[\\p{Lu}][\\p{Lu} ,.'\\-]{1,40}(\\([\\p{L} .]{1,30}\\))?\\s*[-\u2013\u2014:]*\\s*$");
    private static final Pattern DATE = Pattern.compile(
            "(?i)^((monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s*)?"
            + "(\\p{L}+\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+\\p{L}+\\s+\\d{4}|\\d{4}-\\d\\d-\\d\\d)\\.?$");
    private static final List<String> TRAILERS = List.of("read more", "related", "related news", "sources",
            "source", "see also", "external links", "advertisement", "share this", "follow us",
            "subscribe", "photo", "image", "file photo", "copyright", "all rights reserved");
    private static final Pattern CAPTION = Pattern.compile(
            "(?i)\\(?(photo|image|picture|video|file)( credit)?\\s*:|read more\\b|click here\\b|"
            + "copyright\\b|\\u00a9|all rights reserved");

    /** Boilerplate.is as it was written, every pattern tried. */
    private static boolean boilerplateWithRegexesOnly(Document doc, Sentence s) {
        long words = s.tokens().stream().filter(Token::isWord).count();
        if (words < 3) {
            return true;
        }
        if (s.end() - s.start() <= 120) {
            String text = doc.text(s).strip();
            String lower = text.toLowerCase(Locale.ROOT).replaceAll("[:.]+$", "").strip();
            if (TRAILERS.contains(lower) || BYLINE.matcher(text).matches() || DATELINE.matcher(text).matches()
                    || DATE.matcher(text).matches()) {
                return true;
            }
        }
        String head = doc.text().substring(s.start(), Math.min(s.end(), s.start() + 40));
        long urls = s.tokens().stream().filter(t -> t.kind() == TokenKind.URL || t.kind() == TokenKind.EMAIL).count();
        return CAPTION.matcher(head).lookingAt() || urls > 0 && urls * 2 >= words;
    }

    /** ClaimWorthiness.score as it was written, lower-casing each token where needed. */
    private static double scoreAsBefore(Sentence s) {
        List<Token> toks = s.tokens();
        double score = ClaimWorthiness.hasQuantity(toks) ? 0.5 : 0;
        boolean comparison = false;
        boolean obligation = false;
        List<String> comparisons = Arrays.asList("more", "less", "fewer", "most", "least", "than", "record", "biggest",
                "largest", "highest", "lowest", "worst", "best", "first", "only", "greater", "greatest", "major",
                "critical", "rising", "fell", "rose", "increased", "decreased", "declined", "dropped", "surged",
                "soared");
        List<String> obligations = Arrays.asList("must", "should", "cannot", "can't", "need", "needs", "needed",
                "will", "won't", "would", "ought", "necessary", "responsible", "blame", "clear");
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (t.kind() != TokenKind.WORD) {
                continue;
            }
            String w = t.text().toLowerCase(Locale.ROOT);
            comparison |= comparisons.contains(w) || (w.endsWith("est") && w.length() > 5 && i > 0
                    && toks.get(i - 1).text().equalsIgnoreCase("the"));
            obligation |= obligations.contains(w) || ((w.equals("has") || w.equals("have") || w.equals("had"))
                    && i + 1 < toks.size() && toks.get(i + 1).text().equalsIgnoreCase("to"));
        }
        return Math.min(1.0, score + (comparison ? 0.25 : 0) + (obligation ? 0.25 : 0));
    }
}
