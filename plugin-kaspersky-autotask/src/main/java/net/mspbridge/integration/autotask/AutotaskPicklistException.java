package net.mspbridge.integration.autotask;

/**
 * A picklist field or label could not be resolved from Autotask's {@code entityInformation/fields}:
 * the field is not a picklist of that entity, or no value carries the label asked for. The message
 * lists the labels Autotask offers.
 */
public final class AutotaskPicklistException extends AutotaskException {

    private static final long serialVersionUID = 1L;

    private final String entity;
    private final String field;

    /** @param problem what could not be resolved, with the labels Autotask offers where known */
    public AutotaskPicklistException(String entity, String field, String problem) {
        super("Autotask picklist " + entity + "." + field + ": " + problem);
        this.entity = entity;
        this.field = field;
    }

    /** The entity, e.g. {@code Contracts}. */
    public String entity() {
        return entity;
    }

    /** The field, e.g. {@code contractType}. */
    public String field() {
        return field;
    }
}
