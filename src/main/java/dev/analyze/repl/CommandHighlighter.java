package dev.analyze.repl;

import java.util.regex.Pattern;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import picocli.CommandLine.Model.CommandSpec;

/** Colours the command word (known: bold green, unknown: red) and known options (cyan). */
final class CommandHighlighter implements Highlighter {

    private final CommandSpec root;
    private final boolean color;

    CommandHighlighter(CommandSpec root, boolean color) {
        this.root = root;
        this.color = color;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        AttributedStringBuilder sb = new AttributedStringBuilder();
        if (!color) {
            return sb.append(buffer).toAttributedString();
        }
        int i = 0;
        int n = buffer.length();
        CommandSpec command = null;
        boolean first = true;
        while (i < n) {
            int start = i;
            if (Character.isWhitespace(buffer.charAt(i))) {
                while (i < n && Character.isWhitespace(buffer.charAt(i))) {
                    i++;
                }
                sb.append(buffer.substring(start, i));
                continue;
            }
            while (i < n && !Character.isWhitespace(buffer.charAt(i))) {
                i++;
            }
            String word = buffer.substring(start, i);
            if (first) {
                first = false;
                var sub = root.subcommands().get(word);
                if (sub != null) {
                    command = sub.getCommandSpec();
                    sb.styled(AttributedStyle.BOLD.foreground(AttributedStyle.GREEN), word);
                } else if (word.startsWith("#")) {
                    sb.styled(AttributedStyle.DEFAULT.faint(), buffer.substring(start));
                    return sb.toAttributedString();
                } else {
                    sb.styled(AttributedStyle.DEFAULT.foreground(AttributedStyle.RED), word);
                }
            } else if (word.startsWith("-") && command != null) {
                String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
                if (command.findOption(name) != null) {
                    sb.styled(AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN), word);
                } else {
                    sb.append(word);
                }
            } else {
                sb.append(word);
            }
        }
        return sb.toAttributedString();
    }

    @Override
    public void setErrorPattern(Pattern errorPattern) {
    }

    @Override
    public void setErrorIndex(int errorIndex) {
    }
}
