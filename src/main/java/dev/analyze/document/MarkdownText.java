package dev.analyze.document;

import java.util.regex.Pattern;

/**
 * Plain text from Markdown: heading marks, emphasis, link targets, images, code fences and HTML
 * comments removed; paragraphs kept. Offsets then refer to this plain text.
 */
final class MarkdownText {

    private static final Pattern FENCE = Pattern.compile("(?ms)^```.*?^```[ \\t]*$");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]\\n]*)\\]\\([^)\\n]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]*)\\]\\([^)\\n]*\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^[ \\t]{0,3}#{1,6}[ \\t]+(.*?)[ \\t#]*$");
    private static final Pattern SETEXT = Pattern.compile("(?m)^[ \\t]*(=+|-{3,})[ \\t]*$");
    private static final Pattern QUOTE = Pattern.compile("(?m)^[ \\t]*>[ \\t]?");
    private static final Pattern BULLET = Pattern.compile("(?m)^[ \\t]*([-*+]|\\d+[.)])[ \\t]+");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|_)(?=\\S)([^*_\\n]+?)(?<=\\S)\\1");
    private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");

    private MarkdownText() {
    }

    static String strip(String md) {
        String s = FENCE.matcher(md).replaceAll("");
        s = COMMENT.matcher(s).replaceAll("");
        s = IMAGE.matcher(s).replaceAll("$1");
        s = LINK.matcher(s).replaceAll("$1");
        s = HEADING.matcher(s).replaceAll("$1\n");
        s = SETEXT.matcher(s).replaceAll("");
        s = QUOTE.matcher(s).replaceAll("");
        s = BULLET.matcher(s).replaceAll("");
        s = EMPHASIS.matcher(s).replaceAll("$2");
        s = CODE.matcher(s).replaceAll("$1");
        return s;
    }
}
