package dev.analyze.quotes;

import dev.analyze.document.Span;
import java.util.Arrays;
import java.util.List;

/**
 * The stretches of text inside quotation marks, for "is this offset inside a quote" in log time.
 * Not thread-safe (it remembers the last zone found); each analysis makes its own.
 */
final class QuoteZones {

    private final int[] starts;
    private final int[] ends;

    QuoteZones(List<RawQuote> quotes) {
        int n = 0;
        for (int i = 0; i < quotes.size(); i++) {
            n += quotes.get(i).parts().size();
        }
        starts = new int[n];
        ends = new int[n];
        int k = 0;
        // indexed loops: the one-shot JVM's quick compiler allocates every iterator
        for (int i = 0; i < quotes.size(); i++) {
            List<Span> parts = quotes.get(i).parts();
            for (int j = 0; j < parts.size(); j++) {
                starts[k] = parts.get(j).start();
                ends[k] = parts.get(j).end();
                k++;
            }
        }
        // quotes arrive sorted by opening mark and do not overlap, so the parts are sorted too
    }

    /** The zone found last: questions come in runs near one place, so it is tried before a search. */
    private int last;

    boolean inside(int offset) {
        int i = last;
        if (!(i < starts.length && starts[i] <= offset && (i + 1 == starts.length || offset < starts[i + 1]))) {
            i = Arrays.binarySearch(starts, offset);
            if (i < 0) {
                i = -i - 2;
            }
            if (i < 0) {
                return false;
            }
            last = i;
        }
        return offset < ends[i];
    }
}
