package dev.analyze.cli;

import dev.analyze.document.Document;

/**
 * What {@code docs} reports about a loaded document.
 *
 * @param titleRepeats how many identical copies of the title line followed it in the source
 *                     (counted once everywhere)
 */
record DocInfo(String name, String title, int titleRepeats, long words, int sentences, int paragraphs,
        String source, boolean current, String note) {

    static DocInfo of(Document d, boolean current) {
        String note = d.titleRepeats() == 0 ? ""
                : "title line appears " + (d.titleRepeats() + 1) + " times in the source; counted once";
        return new DocInfo(d.name(), d.titleText(), d.titleRepeats(), d.wordCount(), d.sentences().size(),
                d.paragraphs().size(), d.source(), current, note);
    }
}
