package dev.analyze.stats;

/**
 * The readability formulas, from counts (W words, S sentences, Y syllables). Each answers 0 when
 * there are no words or no sentences, so results stay finite.
 *
 * <ul>
 * <li>Flesch reading ease = 206.835 - 1.015 W/S - 84.6 Y/W
 * <li>Flesch-Kincaid grade = 0.39 W/S + 11.8 Y/W - 15.59
 * <li>Gunning fog = 0.4 (W/S + 100 complex/W)
 * <li>SMOG = 1.043 sqrt(30 polysyllables/S) + 3.1291
 * <li>Coleman-Liau = 0.0588 L - 0.296 S100 - 15.8 (L letters and S100 sentences per 100 words)
 * <li>ARI = 4.71 letters/W + 0.5 W/S - 21.43
 * </ul>
 */
public final class Readability {

    private Readability() {
    }

    public static double fleschReadingEase(long words, long sentences, long syllables) {
        if (words == 0 || sentences == 0) {
            return 0;
        }
        return 206.835 - 1.015 * words / sentences - 84.6 * syllables / words;
    }

    public static double fleschKincaidGrade(long words, long sentences, long syllables) {
        if (words == 0 || sentences == 0) {
            return 0;
        }
        return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }

    public static double gunningFog(long words, long sentences, long complexWords) {
        if (words == 0 || sentences == 0) {
            return 0;
        }
        return 0.4 * ((double) words / sentences + 100.0 * complexWords / words);
    }

    public static double smog(long sentences, long polysyllables) {
        if (sentences == 0) {
            return 0;
        }
        return 1.043 * Math.sqrt(30.0 * polysyllables / sentences) + 3.1291;
    }

    public static double colemanLiau(long words, long sentences, long letters) {
        if (words == 0 || sentences == 0) {
            return 0;
        }
        double lettersPer100 = 100.0 * letters / words;
        double sentencesPer100 = 100.0 * sentences / words;
        return 0.0588 * lettersPer100 - 0.296 * sentencesPer100 - 15.8;
    }

    public static double ari(long words, long sentences, long letters) {
        if (words == 0 || sentences == 0) {
            return 0;
        }
        return 4.71 * letters / words + 0.5 * words / sentences - 21.43;
    }
}
