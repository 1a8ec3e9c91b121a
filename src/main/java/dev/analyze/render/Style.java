package dev.analyze.render;

/** ANSI styling, applied only when colour is on. Never applied to document text unescaped. */
public final class Style {

    public static final Style PLAIN = new Style(false);
    public static final Style COLOR = new Style(true);

    private final boolean enabled;

    private Style(boolean enabled) {
        this.enabled = enabled;
    }

    public static Style of(boolean color) {
        return color ? COLOR : PLAIN;
    }

    public boolean enabled() {
        return enabled;
    }

    public String bold(String s) {
        return wrap("1", s);
    }

    public String dim(String s) {
        return wrap("2", s);
    }

    public String cyan(String s) {
        return wrap("36", s);
    }

    public String yellow(String s) {
        return wrap("33", s);
    }

    public String green(String s) {
        return wrap("32", s);
    }

    public String red(String s) {
        return wrap("31", s);
    }

    private String wrap(String code, String s) {
        return enabled && !s.isEmpty() ? "\u001B[" + code + "m" + s + "\u001B[0m" : s;
    }
}
