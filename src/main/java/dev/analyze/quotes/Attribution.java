package dev.analyze.quotes;

import java.util.Optional;

/**
 * Who said a quote and how the article says so.
 *
 * @param speaker the resolved speaker phrase, empty when no rule found one
 * @param cue     the reporting cue as written ("said", "told reporters", "according to", "—", ":")
 * @param rule    the rule that fired, for explanations
 */
record Attribution(Optional<Speaker> speaker, String cue, String rule) {

    static final Attribution NONE = new Attribution(Optional.empty(), "", "none");

    static Attribution of(Speaker s, String cue, String rule) {
        return new Attribution(Optional.of(s), cue, rule);
    }

    boolean found() {
        return speaker.isPresent();
    }

    boolean named() {
        return speaker.flatMap(Speaker::canonical).isPresent();
    }
}
