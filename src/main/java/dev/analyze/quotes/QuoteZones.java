package dev.analyze.quotes;

import dev.analyze.document.Span;
import java.util.Arrays;
import java.util.List;

/** The stretches of text inside quotation marks, for "is this offset inside a quote" in log time. */
final class QuoteZones {

    private final int[] starts;
    private final int[] ends;

    QuoteZones(List<RawQuote> quotes) {
        int n = 0;
        for (RawQuote q : quotes) {
            n += q.parts().size();
        }
        starts = new int[n];
        ends = new int[n];
        int k = 0;
        for (RawQuote q : quotes) {
            for (Span s : q.parts()) {
                starts[k] = s.start();
                ends[k] = s.end();
                k++;
            }
        }
        // quotes arrive sorted by opening mark and do not overlap, so the parts are sorted too
    }

    boolean inside(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        if (i < 0) {
            i = -i - 2;
        }
        return i >= 0 && offset < ends[i];
    }
}
