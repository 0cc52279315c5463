package net.mspbridge.api.settings;

import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** Argument checks shared by the records of this package. */
final class Checks {

    private Checks() {
    }

    /** Requires a non-null, non-blank identifier and returns it. */
    static String id(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    /** Requires non-null text (empty allowed) and returns it. */
    static String text(String value, String what) {
        return Objects.requireNonNull(value, what);
    }

    /** Requires the ids to be distinct, naming the first duplicate. */
    static void unique(Collection<String> ids, String what, String owner) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("duplicate " + what + " '" + id + "' in " + owner);
            }
        }
    }
}
