package dev.analyze.document;

import java.util.List;

/** Splits a range of text into tokens with offsets. */
public interface Tokenizer {

    /** Returns the tokens of {@code text[start, end)} in order; white space is never a token. */
    List<Token> tokenize(String text, int start, int end);
}
