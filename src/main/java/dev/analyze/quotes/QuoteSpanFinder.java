package dev.analyze.quotes;

import dev.analyze.document.Document;
import dev.analyze.document.Paragraph;
import dev.analyze.document.Span;
import dev.analyze.quotes.QuoteMarks.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs quotation marks paragraph by paragraph, in one linear pass. Double marks pair with double,
 * single with single; single marks inside a double quote are nested quotes and stay part of it. A
 * quote still open at the end of its paragraph continues only when the next paragraph opens with a
 * mark (the news convention for a quote running over paragraphs); otherwise it is closed at the
 * paragraph end and a warning says so. Stray closing marks are ignored with a warning.
 */
final class QuoteSpanFinder {

    /** A single-quoted span longer than this is taken for apostrophes that happened to pair. */
    static final int MAX_SINGLE_QUOTE = 1500;
    /** Warnings kept per document, so a pathological input cannot flood the output. */
    static final int MAX_WARNINGS = 20;

    record Result(List<RawQuote> quotes, List<String> warnings) {
    }

    Result find(Document doc) {
        String text = doc.text();
        List<RawQuote> out = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<Paragraph> paras = doc.paragraphs();
        List<Span> carry = null; // parts of a quote running on from earlier paragraphs
        int carryOpen = -1;
        int carryFirst = -1;
        for (int pi = 0; pi < paras.size(); pi++) {
            Paragraph p = paras.get(pi);
            int from = p.start();
            int to = Math.min(p.end(), text.length());
            int dOpen = -1;
            int sOpen = -1;
            List<Span> parts = new ArrayList<>();
            int firstPara = pi;
            int openMark = -1;
            int i = from;
            if (carry != null) {
                // the caller checked that this paragraph opens with a mark
                parts.addAll(carry);
                openMark = carryOpen;
                firstPara = carryFirst;
                dOpen = from;
                i = from + 1;
                carry = null;
            }
            for (; i < to; i++) {
                char c = text.charAt(i);
                if (QuoteMarks.isDouble(c)) {
                    Role role = QuoteMarks.doubleRole(text, i, from, to);
                    if (dOpen < 0) {
                        if (role == Role.OPEN || role == Role.EITHER) {
                            dOpen = i;
                            openMark = i;
                            firstPara = pi;
                            parts.clear();
                        } else {
                            if (warnings.size() <= MAX_WARNINGS) {
                                warn(warnings, "stray closing quotation mark at offset " + i
                                        + " (paragraph " + p.number() + ") ignored");
                            }
                        }
                    } else if (role == Role.CLOSE || role == Role.EITHER) {
                        out.add(new RawQuote(withPart(parts, new Span(dOpen + 1, i)), openMark, i, firstPara, pi,
                                false));
                        if (!parts.isEmpty()) {
                            parts = new ArrayList<>();
                        }
                        if (sOpen > dOpen) {
                            sOpen = -1;
                        }
                        dOpen = -1;
                    } else {
                        // an opening mark while a quote is open: the earlier one was never closed
                        if (warnings.size() <= MAX_WARNINGS) {
                            warn(warnings, "quotation opened at offset " + openMark
                                    + " not closed before the next one opens (paragraph " + p.number() + ")");
                        }
                        out.add(new RawQuote(withPart(parts, new Span(dOpen + 1, trimEnd(text, dOpen + 1, i))),
                                openMark, -1, firstPara, pi, false));
                        if (!parts.isEmpty()) {
                            parts = new ArrayList<>();
                        }
                        dOpen = i;
                        openMark = i;
                        firstPara = pi;
                        sOpen = -1;
                    }
                } else if (QuoteMarks.isSingle(c)) {
                    Role role = QuoteMarks.singleRole(text, i, from, to);
                    if (role == Role.OPEN) {
                        sOpen = i;
                    } else if ((role == Role.CLOSE || role == Role.CLOSE_OR_APOSTROPHE && !laterClose(text, i, from, to))
                            && sOpen >= 0) {
                        if (dOpen >= 0 && sOpen > dOpen) {
                            sOpen = -1; // nested inside a double quote: part of it
                        } else if (i - sOpen - 1 <= MAX_SINGLE_QUOTE && i > sOpen + 1) {
                            out.add(new RawQuote(List.of(new Span(sOpen + 1, i)), sOpen, i, pi, pi, true));
                            sOpen = -1;
                        } else {
                            sOpen = -1;
                        }
                    }
                }
            }
            if (dOpen >= 0) {
                parts.add(new Span(Math.min(dOpen + 1, to), to));
                Paragraph next = pi + 1 < paras.size() ? paras.get(pi + 1) : null;
                if (next != null && !next.heading() && opensWithMark(text, next)) {
                    carry = parts;
                    carryOpen = openMark;
                    carryFirst = firstPara;
                } else {
                    if (warnings.size() <= MAX_WARNINGS) {
                        warn(warnings, "quotation opened at offset " + openMark + " (paragraph "
                                + paras.get(firstPara).number() + ") has no closing mark; closed at the end of paragraph "
                                + p.number());
                    }
                    out.add(new RawQuote(parts, openMark, -1, firstPara, pi, false));
                }
            }
        }
        if (!sorted(out)) { // single quotes are added when they close, after doubles opened later
            out.sort(Comparator.comparingInt(RawQuote::openMark));
        }
        return new Result(dropNested(out), warnings);
    }

    /**
     * The parts of a quote ending with {@code last}: the carried parts plus it, or just it (no list
     * to grow and copy for the usual one-paragraph quote).
     */
    private static List<Span> withPart(List<Span> parts, Span last) {
        if (parts.isEmpty()) {
            return List.of(last);
        }
        parts.add(last);
        return parts;
    }

    private static boolean sorted(List<RawQuote> quotes) {
        for (int i = 1; i < quotes.size(); i++) {
            if (quotes.get(i).openMark() < quotes.get(i - 1).openMark()) {
                return false;
            }
        }
        return true;
    }

    /** How far a possessive-looking mark looks ahead for a better closing mark. */
    private static final int LOOKAHEAD = 300;

    /**
     * After "Jones'" a plain closing single mark follows before any opening one: the earlier mark
     * was a possessive apostrophe ('Jones' car is red,' she said).
     */
    private static boolean laterClose(String text, int i, int from, int to) {
        int end = Math.min(to, i + LOOKAHEAD);
        for (int k = i + 1; k < end; k++) {
            char c = text.charAt(k);
            if (QuoteMarks.isDouble(c)) {
                return false;
            }
            if (QuoteMarks.isSingle(c)) {
                Role r = QuoteMarks.singleRole(text, k, from, to);
                if (r == Role.CLOSE) {
                    return true;
                }
                if (r == Role.OPEN) {
                    return false;
                }
            }
        }
        return false;
    }

    private static boolean opensWithMark(String text, Paragraph next) {
        if (next.start() >= next.end() || next.start() >= text.length()) {
            return false;
        }
        char c = text.charAt(next.start());
        if (!QuoteMarks.isDouble(c)) {
            return false;
        }
        Role r = QuoteMarks.doubleRole(text, next.start(), next.start(), Math.min(next.end(), text.length()));
        return r == Role.OPEN || r == Role.EITHER;
    }

    /**
     * Removes quotes starting inside an earlier one (a double quote inside a British single quote,
     * or marks that paired across each other), so the quotes never overlap.
     */
    private static List<RawQuote> dropNested(List<RawQuote> sorted) {
        List<RawQuote> kept = new ArrayList<>(sorted.size());
        int maxAfter = -1;
        for (RawQuote q : sorted) {
            if (q.openMark() < maxAfter) {
                continue;
            }
            kept.add(q);
            maxAfter = Math.max(maxAfter, q.after());
        }
        return kept;
    }

    private static int trimEnd(String text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    /**
     * Keeps the first warnings. Callers build a message only while {@code warnings.size() <=
     * MAX_WARNINGS}: dense marks would otherwise format thousands of messages that are dropped.
     */
    private static void warn(List<String> warnings, String message) {
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(message);
        } else if (warnings.size() == MAX_WARNINGS) {
            warnings.add("further quotation-mark warnings suppressed");
        }
    }
}
