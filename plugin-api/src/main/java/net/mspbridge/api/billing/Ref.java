package net.mspbridge.api.billing;

import java.util.Objects;

/**
 * A thing in another system, by id and display name, as a report shows it.
 *
 * @param id   the id in that system
 * @param name the display name, empty when unknown
 */
public record Ref(String id, String name) {

    public Ref {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    public static Ref of(long id, String name) {
        return new Ref(Long.toString(id), name);
    }
}
