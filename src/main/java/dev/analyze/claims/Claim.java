package dev.analyze.claims;

import java.util.Optional;

/**
 * A key claim in the article's own words.
 *
 * @param text      the sentence or clause as it stands in the article
 * @param speaker   canonical name of the claimant; empty for the article's own reporting
 * @param kind      quoted, reported, statistic or assertion
 * @param paragraph 1-based paragraph number
 * @param sentence  1-based sentence number
 * @param start     offset of the text in the document
 * @param end       end offset of the text
 * @param score     ranking score, higher first
 */
public record Claim(
        String text,
        Optional<String> speaker,
        ClaimKind kind,
        int paragraph,
        int sentence,
        int start,
        int end,
        double score) {
}
