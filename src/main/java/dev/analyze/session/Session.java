package dev.analyze.session;

import dev.analyze.document.Document;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The documents loaded in a REPL or script session, and the current one. No I/O: documents arrive
 * already parsed. Names are unique: a clash gets a numeric suffix ("kerry", "kerry-2").
 */
public final class Session {

    private final Map<String, Document> documents = new LinkedHashMap<>();
    private String current;

    /** A unique document name derived from {@code stem}. */
    public String uniqueName(String stem) {
        String base = stem.isBlank() ? "doc" : stem;
        if (!documents.containsKey(base)) {
            return base;
        }
        for (int i = 2; ; i++) {
            String candidate = base + "-" + i;
            if (!documents.containsKey(candidate)) {
                return candidate;
            }
        }
    }

    /** Adds a document (its name must be unique) and makes it current. */
    public void add(Document document) {
        if (documents.containsKey(document.name())) {
            throw new IllegalArgumentException("document name in use: " + document.name());
        }
        documents.put(document.name(), document);
        current = document.name();
    }

    public Optional<Document> get(String name) {
        return Optional.ofNullable(documents.get(name));
    }

    public List<Document> documents() {
        return List.copyOf(documents.values());
    }

    public List<String> names() {
        return new ArrayList<>(documents.keySet());
    }

    public Optional<Document> current() {
        return current == null ? Optional.empty() : Optional.ofNullable(documents.get(current));
    }

    public boolean use(String name) {
        if (!documents.containsKey(name)) {
            return false;
        }
        current = name;
        return true;
    }

    /** Removes a document; if it was current, the most recently loaded remaining one becomes current. */
    public boolean remove(String name) {
        if (documents.remove(name) == null) {
            return false;
        }
        if (name.equals(current)) {
            current = documents.isEmpty() ? null : names().get(documents.size() - 1);
        }
        return true;
    }

    public boolean isEmpty() {
        return documents.isEmpty();
    }
}
