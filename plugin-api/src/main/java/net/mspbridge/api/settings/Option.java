package net.mspbridge.api.settings;

/**
 * One choice of a select field or column.
 *
 * @param id          the value stored when the option is chosen
 * @param label       what the person sees
 * @param description more detail shown as a hint; empty when none
 */
public record Option(String id, String label, String description) {

    public Option {
        Checks.id(id, "id");
        Checks.text(label, "label");
        Checks.text(description, "description");
    }

    public static Option of(String id, String label) {
        return new Option(id, label, "");
    }
}
