package dev.analyze.claims;

import java.util.Optional;

/**
 * Which claims to return: how many, and optionally only one claimant's or one kind's. Filters
 * apply before ranking picks the top, so "--speaker Kerry --top 5" gives five of Kerry's claims.
 *
 * @param top     at most this many claims (at least 1)
 * @param speaker only claims by this claimant (canonical name, alias or surname, any case)
 * @param kind    only claims of this kind
 */
public record ClaimFilter(int top, Optional<String> speaker, Optional<ClaimKind> kind) {

    public static final int DEFAULT_TOP = 8;

    public ClaimFilter {
        if (top < 1) {
            throw new IllegalArgumentException("top must be at least 1, not " + top);
        }
    }

    /** The top {@code n} claims, any speaker, any kind. */
    public static ClaimFilter top(int n) {
        return new ClaimFilter(n, Optional.empty(), Optional.empty());
    }
}
