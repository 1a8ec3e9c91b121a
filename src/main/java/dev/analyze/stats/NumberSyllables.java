package dev.analyze.stats;

import java.util.function.ToIntFunction;

/**
 * Syllables of numbers as an English newsreader would say them, roughly: "50,000" is "fifty
 * thousand" (4), "116th" is "one hundred sixteenth" (5), "3.5%" is "three point five percent"
 * (5), "$1.2bn" is "one point two billion dollars" (7), "10:30" is "ten thirty" (3). Four-digit
 * numbers from 1100 to 2099 without a comma are read as years in pairs ("1990" "nineteen
 * ninety", "2019" "twenty nineteen", "2005" "two thousand five"); "1990s" counts as "1990". Digit
 * strings with a leading zero or over 15 digits are read digit by digit. Letters mixed with
 * digits ("G7", "4G", "MP3") are counted run by run.
 */
final class NumberSyllables {

    /** zero to nineteen. */
    private static final int[] SMALL = {2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 3, 1, 2, 2, 2, 2, 3, 2, 2};
    /** twenty to ninety by tens (index 2 to 9). */
    private static final int[] TENS = {0, 0, 2, 2, 2, 2, 2, 3, 2, 2};
    /** "hundred", "thousand", "million", "billion", "trillion": two syllables each. */
    private static final int SCALE = 2;

    private NumberSyllables() {
    }

    /**
     * Syllables of a token that holds a digit; {@code words} counts any run of letters in it.
     */
    static int count(String s, ToIntFunction<String> words) {
        int total = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                int j = i;
                while (j < n && (isDigit(s.charAt(j))
                        || (isSeparator(s.charAt(j)) && j + 1 < n && isDigit(s.charAt(j + 1))))) {
                    j++;
                }
                String suffix = suffixAt(s, j);
                total += number(s.substring(i, j), suffix);
                i = j + suffix.length();
            } else if (Character.isLetter(c)) {
                int j = i;
                while (j < n && (Character.isLetter(s.charAt(j)) || s.charAt(j) == '\'')) {
                    j++;
                }
                total += words.applyAsInt(s.substring(i, j));
                i = j;
            } else {
                total += symbol(c);
                i++;
            }
        }
        return total;
    }

    /** A unit or ordinal written right after the digits: "%", "bn", "m", "k", "s", "th". */
    private static String suffixAt(String s, int j) {
        String rest = s.substring(j);
        for (String suffix : new String[] {"bn", "th", "st", "nd", "rd", "m", "k", "s", "%"}) {
            if (rest.startsWith(suffix)
                    && (rest.length() == suffix.length() || !Character.isLetter(rest.charAt(suffix.length())))) {
                return suffix;
            }
        }
        return "";
    }

    /** Syllables of a symbol spoken aloud next to a number ("$" "dollars"); 0 for the rest. */
    private static int symbol(char c) {
        return switch (c) {
            case '$', '\u20AC' -> 2; // dollars, euros
            case '\u00A3', '\u00A5', '+' -> 1; // pounds, yen, plus
            case '%' -> 2; // percent
            default -> 0;
        };
    }

    private static int number(String digits, String suffix) {
        int base = plain(digits);
        return base + switch (suffix) {
            case "%", "bn", "m", "k" -> 2; // percent, billion, million, thousand
            case "th", "st", "nd", "rd" -> ordinalExtra(digits);
            default -> 0;
        };
    }

    /** Syllables of digits with inner separators: "50,000", "3.5", "10:30". */
    private static int plain(String digits) {
        if (digits.indexOf(':') >= 0) {
            int total = 0;
            for (String part : digits.split(":")) {
                // "10:05" is "ten oh five"
                total += part.length() == 2 && part.charAt(0) == '0' ? 1 + SMALL[part.charAt(1) - '0'] : plain(part);
            }
            return total;
        }
        int dot = digits.indexOf('.');
        if (dot >= 0) {
            int total = withCommas(digits.substring(0, dot)) + 1; // "point"
            for (int k = dot + 1; k < digits.length(); k++) {
                char c = digits.charAt(k);
                total += isDigit(c) ? SMALL[c - '0'] : c == '.' ? 1 : 0;
            }
            return total;
        }
        return withCommas(digits);
    }

    /** Digits and commas: thousands separators, or a list ("1,2") read number by number. */
    private static int withCommas(String digits) {
        if (digits.indexOf(',') < 0) {
            return integer(digits, true);
        }
        String plain = withoutThousandsCommas(digits);
        if (plain.indexOf(',') < 0) {
            return integer(plain, false);
        }
        int total = 0;
        for (String part : plain.split(",")) {
            total += integer(part, true);
        }
        return total;
    }

    /** "50,000" as 50000 when every group after the first has three digits. */
    private static String withoutThousandsCommas(String s) {
        if (s.indexOf(',') < 0) {
            return s;
        }
        String[] groups = s.split(",");
        for (int k = 1; k < groups.length; k++) {
            if (groups[k].length() != 3) {
                return s;
            }
        }
        return s.replace(",", "");
    }

    /** A string of digits: as a year, as a cardinal, or digit by digit. */
    private static int integer(String d, boolean yearLike) {
        if (d.isEmpty()) {
            return 0;
        }
        if (d.length() > 15 || (d.length() > 1 && d.charAt(0) == '0')) {
            int total = 0;
            for (int k = 0; k < d.length(); k++) {
                total += SMALL[d.charAt(k) - '0'];
            }
            return total;
        }
        long v = Long.parseLong(d);
        if (yearLike && d.length() == 4 && v >= 1100 && v <= 2099 && !(v >= 2000 && v <= 2009)) {
            int high = (int) (v / 100);
            int low = (int) (v % 100);
            return below100(high) + (low == 0 ? SCALE : low < 10 ? 1 + SMALL[low] : below100(low));
        }
        return cardinal(v);
    }

    private static int cardinal(long v) {
        if (v == 0) {
            return SMALL[0];
        }
        int total = 0;
        for (int scale = 0; v > 0; scale++, v /= 1000) {
            int group = (int) (v % 1000);
            if (group > 0) {
                total += below1000(group) + (scale > 0 ? SCALE : 0); // thousand, million, ...
            }
        }
        return total;
    }

    private static int below1000(int g) {
        int h = g / 100;
        return (h > 0 ? SMALL[h] + SCALE : 0) + below100(g % 100);
    }

    private static int below100(int r) {
        if (r == 0) {
            return 0;
        }
        if (r < 20) {
            return SMALL[r];
        }
        return TENS[r / 10] + (r % 10 > 0 ? SMALL[r % 10] : 0);
    }

    /** "second" has one syllable more than "two", "twentieth" one more than "twenty". */
    private static int ordinalExtra(String digits) {
        int len = digits.length();
        int last = digits.charAt(len - 1) - '0';
        int tens = len > 1 ? digits.charAt(len - 2) - '0' : 0;
        if (last == 2 && tens != 1) {
            return 1;
        }
        return last == 0 && tens >= 2 ? 1 : 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == '.' || c == ':';
    }
}
