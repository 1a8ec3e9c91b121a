package dev.analyze.entities;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normal forms of names for matching: case, accents, dots, hyphens, "the" and possessives ignored. */
final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Names() {
    }

    /** "The U.S.'s" -> "us"; "Ciudad Juárez" -> "ciudad juarez"; "IIT-Delhi" -> "iit delhi". */
    static String key(String name) {
        String s = name;
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                ascii = false;
                break;
            }
        }
        if (!ascii) {
            s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
            s = s.replace('\u2019', '\'').replace('\u2018', '\'');
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                continue;
            }
            if (c == '-' || Character.isWhitespace(c) || c == '\u2010' || c == '\u2013') {
                if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                    b.append(' ');
                }
            } else {
                b.append(Character.toLowerCase(c));
            }
        }
        String k = b.toString().trim();
        if (k.indexOf('\'') >= 0) {
            // possessives on any word: "People's Protection Units" = "Peoples Protection Units" forms
            StringBuilder o = new StringBuilder(k.length());
            for (String w : k.split(" ")) {
                if (w.endsWith("'s")) {
                    w = w.substring(0, w.length() - 2);
                } else if (w.endsWith("'")) {
                    w = w.substring(0, w.length() - 1);
                }
                if (!w.isEmpty()) {
                    o.append(o.length() > 0 ? " " : "").append(w);
                }
            }
            k = o.toString();
        }
        if (k.startsWith("the ")) {
            k = k.substring(4);
        }
        return k.toLowerCase(Locale.ROOT);
    }

    /** The last word of a key without an Arabic article ("al assad" -> "assad"). */
    static String lastWord(String key) {
        int sp = key.lastIndexOf(' ');
        return sp < 0 ? key : key.substring(sp + 1);
    }

    static String firstWord(String key) {
        int sp = key.indexOf(' ');
        return sp < 0 ? key : key.substring(0, sp);
    }
}
