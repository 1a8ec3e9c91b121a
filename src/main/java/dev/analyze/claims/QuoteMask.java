package dev.analyze.claims;

import dev.analyze.document.Span;
import dev.analyze.quotes.Quote;
import dev.analyze.quotes.QuoteAnalysis;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Where the quoted text of a document lies, for quick "is this offset inside a quote" questions.
 * Built from every quoted span of a {@link QuoteAnalysis} (real quotes and not-a-quote spans alike:
 * a reporting verb inside either is not the article's attribution). Not thread-safe (it
 * remembers the span it found last); each analysis makes its own.
 */
final class QuoteMask {

    private final int[] starts;
    private final int[] ends;
    private final List<Quote> quotes;

    QuoteMask(QuoteAnalysis analysis) {
        List<Span> spans = new ArrayList<>();
        for (Quote q : analysis.all()) {
            spans.addAll(q.parts());
        }
        if (!sorted(spans)) { // quotes come in document order: usually nothing to sort
            spans.sort(Comparator.naturalOrder());
        }
        // merge overlaps so binary search over starts is valid
        int[] s = new int[spans.size()];
        int[] e = new int[spans.size()];
        int n = 0;
        for (Span span : spans) {
            if (n > 0 && span.start() <= e[n - 1]) {
                e[n - 1] = Math.max(e[n - 1], span.end());
            } else {
                s[n] = span.start();
                e[n++] = span.end();
            }
        }
        starts = Arrays.copyOf(s, n);
        ends = Arrays.copyOf(e, n);
        List<Quote> real = analysis.quotes();
        quotes = byStart(real) ? real : real.stream().sorted(Comparator.comparingInt(Quote::start)).toList();
    }

    private static boolean sorted(List<Span> spans) {
        for (int i = 1; i < spans.size(); i++) {
            if (spans.get(i - 1).compareTo(spans.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean byStart(List<Quote> quotes) {
        for (int i = 1; i < quotes.size(); i++) {
            if (quotes.get(i - 1).start() > quotes.get(i).start()) {
                return false;
            }
        }
        return true;
    }

    /** The merged span found last: questions come in runs near one place, so it is tried first. */
    private int last;

    /** True when {@code offset} lies inside quotation marks (or starts an empty quote). */
    boolean inside(int offset) {
        int k = last;
        if (!(k < starts.length && starts[k] <= offset && (k + 1 == starts.length || offset < starts[k + 1]))) {
            int i = Arrays.binarySearch(starts, offset);
            k = i >= 0 ? i : -i - 2;
            if (k < 0) {
                return false;
            }
            last = k;
        }
        return starts[k] == offset || offset < ends[k];
    }

    /** Characters of {@code [start, end)} that lie inside quotation marks. */
    int coveredChars(int start, int end) {
        int i = Arrays.binarySearch(starts, start);
        int k = i >= 0 ? i : Math.max(0, -i - 2);
        int sum = 0;
        for (; k < starts.length && starts[k] < end; k++) {
            int a = Math.max(start, starts[k]);
            int b = Math.min(end, ends[k]);
            if (b > a) {
                sum += b - a;
            }
        }
        return sum;
    }

    /** The real quote with the largest overlap with {@code [start, end)}, if any overlaps. */
    Quote quoteOverlapping(int start, int end) {
        // quotes starting before end; only the last few can still reach into the range
        int lo = 0;
        int hi = quotes.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (quotes.get(mid).start() < end) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int from = Math.max(0, lo - 8);
        Quote best = null;
        int bestOverlap = 0;
        for (int k = from; k < lo; k++) {
            Quote q = quotes.get(k);
            int overlap = 0;
            List<Span> ps = q.parts();
            for (int iP = 0; iP < ps.size(); iP++) {
                Span p = ps.get(iP);
                overlap += Math.max(0, Math.min(end, p.end()) - Math.max(start, p.start()));
            }
            if (overlap > bestOverlap) {
                best = q;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    /**
     * True when one real quote runs across the gap between a sentence ending at {@code leftEnd} and
     * the next starting at {@code rightStart}: both sentences are parts of one quoted utterance.
     */
    boolean quoteSpans(int leftEnd, int rightStart) {
        int lo = 0;
        int hi = quotes.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (quotes.get(mid).start() < leftEnd) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int k = Math.max(0, lo - 8); k < lo; k++) {
            List<Span> ps = quotes.get(k).parts();
            for (int iP = 0; iP < ps.size(); iP++) {
                Span p = ps.get(iP);
                if (p.start() < leftEnd && p.end() > rightStart) {
                    return true;
                }
            }
        }
        return false;
    }
}
