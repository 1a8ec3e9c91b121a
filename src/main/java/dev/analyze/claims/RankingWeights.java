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
 * @param continuation  penalty for a sentence that continues a quote begun in an earlier one
 * @param newSpeaker    bonus for the first claim of each named claimant: a claims list should
 *                      give every voice of the article a turn
 * @param leadDecay     the paragraph-lead bonus shrinks with the sentence's place in its
 *                      paragraph (1, 1/2, 1/3 ...) instead of going to the first sentence only
 * @param leadSentence  bonus for the article's first content sentence, the news lead
 */
record RankingWeights(double centrality, double position, double worthiness, double attribution,
        double halfLife, double headline, double lambda, double sameSpeaker, boolean wholeSentence,
        double paragraphLead, double sameParagraph, boolean byParagraph,
        double reported, double continuation, double newSpeaker, boolean leadDecay,
        double leadSentence) {

    static final RankingWeights DEFAULT = new RankingWeights(
            0.30, 0.35, 0.15, 0.30, 4.0, 0.5, 0.7, 0.20, true,
            0.15, 0.10, true, 0.10, 0.0, 0.30, true, 0.0);

    static RankingWeights fromSystemProperties() {
        RankingWeights d = DEFAULT;
        return new RankingWeights(
                Double.parseDouble(System.getProperty("w.centrality", "" + d.centrality)),
                Double.parseDouble(System.getProperty("w.position", "" + d.position)),
                Double.parseDouble(System.getProperty("w.worthiness", "" + d.worthiness)),
                Double.parseDouble(System.getProperty("w.attribution", "" + d.attribution)),
                Double.parseDouble(System.getProperty("w.halfLife", "" + d.halfLife)),
                Double.parseDouble(System.getProperty("w.headline", "" + d.headline)),
                Double.parseDouble(System.getProperty("w.lambda", "" + d.lambda)),
                Double.parseDouble(System.getProperty("w.sameSpeaker", "" + d.sameSpeaker)),
                Boolean.parseBoolean(System.getProperty("w.wholeSentence", "" + d.wholeSentence)),
                Double.parseDouble(System.getProperty("w.paragraphLead", "" + d.paragraphLead)),
                Double.parseDouble(System.getProperty("w.sameParagraph", "" + d.sameParagraph)),
                Boolean.parseBoolean(System.getProperty("w.byParagraph", "" + d.byParagraph)),
                Double.parseDouble(System.getProperty("w.reported", "" + d.reported)),
                Double.parseDouble(System.getProperty("w.continuation", "" + d.continuation)),
                Double.parseDouble(System.getProperty("w.newSpeaker", "" + d.newSpeaker)),
                Boolean.parseBoolean(System.getProperty("w.leadDecay", "" + d.leadDecay)),
                Double.parseDouble(System.getProperty("w.leadSentence", "" + d.leadSentence)));
    }
}
