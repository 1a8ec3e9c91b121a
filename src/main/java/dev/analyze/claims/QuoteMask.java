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
 * a reporting verb inside either is not the article's attribution).
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
        spans.sort(Comparator.naturalOrder());
        // merge overlaps so binary search over starts is valid
        List<int[]> merged = new ArrayList<>();
        for (Span s : spans) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s.start() <= last[1]) {
                last[1] = Math.max(last[1], s.end());
            } else {
                merged.add(new int[] {s.start(), s.end()});
            }
        }
        starts = new int[merged.size()];
        ends = new int[merged.size()];
        for (int i = 0; i < merged.size(); i++) {
            starts[i] = merged.get(i)[0];
            ends[i] = merged.get(i)[1];
        }
        quotes = analysis.quotes().stream().sorted(Comparator.comparingInt(Quote::start)).toList();
    }

    /** True when {@code offset} lies inside quotation marks. */
    boolean inside(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        if (i >= 0) {
            return true;
        }
        int k = -i - 2;
        return k >= 0 && offset < ends[k];
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
            for (Span p : q.parts()) {
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
            for (Span p : quotes.get(k).parts()) {
                if (p.start() < leftEnd && p.end() > rightStart) {
                    return true;
                }
            }
        }
        return false;
    }
}
