package dev.analyze.entities;

import java.util.ArrayList;
import java.util.List;

/** Candidates judged to name the same thing; becomes an {@link Entity}. */
final class Group {
    final String key;
    EntityType type;
    /** Gazetteer canonical name, or {@code null} to use the fullest form written. */
    String canonical;
    String country;
    final List<Candidate> members = new ArrayList<>();
    boolean dropped;

    Group(String key) {
        this.key = key;
    }

    int firstStart() {
        int s = Integer.MAX_VALUE;
        for (Candidate c : members) {
            s = Math.min(s, c.start);
        }
        return s;
    }

    /** Start of the earliest mention with this many words or more. */
    int firstStartWithWords(int words) {
        int s = Integer.MAX_VALUE;
        for (Candidate c : members) {
            if (c.words >= words) {
                s = Math.min(s, c.start);
            }
        }
        return s;
    }

    void absorb(Group other) {
        for (Candidate c : other.members) {
            c.group = this;
            members.add(c);
        }
        other.members.clear();
        other.dropped = true;
    }

    @Override
    public String toString() {
        return key + ":" + type + members;
    }
}
