package dev.analyze.claims;

/**
 * The knobs of claim ranking, in one place so the dev harness can compare settings.
 *
 * @param centrality    weight of TextRank centrality
 * @param position      weight of the lead-position prior
 * @param worthiness    weight of claim-worthiness cues (numbers, comparisons, obligations)
 * @param attribution   weight of having a claimant (full for a resolved one)
 * @param halfLife      content sentences after which the lead prior has halved
 * @param headline      lead prior of the headline (it mostly restates the lead, in fewer words)
 * @param lambda        MMR: relevance against redundancy
 * @param sameSpeaker   MMR: extra redundancy between two claims of one claimant
 * @param wholeSentence claim text is the whole sentence rather than the attributed clause
 * @param paragraphLead bonus for the first content sentence of a paragraph (news paragraphs lead
 *                      with their point)
 * @param sameParagraph MMR: extra redundancy between two claims of one paragraph
 * @param byParagraph   the lead prior decays with the paragraph rather than the sentence
 * @param reported      bonus for indirect speech: the reporter's own distillation of a claim
 * @param newSpeaker    bonus for the first claim of each named claimant: a claims list should
 *                      give every voice of the article a turn
 * @param leadDecay     the paragraph-lead bonus shrinks with the sentence's place in its
 *                      paragraph (1, 1/2, 1/3 ...) instead of going to the first sentence only
 * @param quoteUnits    the sentences of one direct quote (within a paragraph) make one claim: a
 *                      quoted utterance is one statement, and its point is often not in its first
 *                      sentence
 * @param coverage      MMR: share of redundancy measured as the candidate's weight on words the
 *                      list already has (the rest is the closest pair's similarity)
 */
record RankingWeights(double centrality, double position, double worthiness, double attribution,
        double halfLife, double headline, double lambda, double sameSpeaker, boolean wholeSentence,
        double paragraphLead, double sameParagraph, boolean byParagraph,
        double reported, double newSpeaker, boolean leadDecay, boolean quoteUnits,
        double coverage) {

    static final RankingWeights DEFAULT = new RankingWeights(
            0.30, 0.35, 0.15, 0.30, 4.0, 0.5, 0.7, 0.20, true,
            0.15, 0.10, true, 0.10, 0.30, true, true, 0.3);
}
