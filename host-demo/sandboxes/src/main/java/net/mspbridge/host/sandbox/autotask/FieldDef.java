package net.mspbridge.host.sandbox.autotask;

import java.util.Map;

/**
 * One field of an entity as {@code entityInformation/fields} describes it, and how filter values
 * for it are read.
 *
 * @param picklist value -> label, empty when the field is not a picklist
 */
record FieldDef(String name, Type type, boolean required, boolean readOnly, String referenceEntity,
                Map<Integer, String> picklist) {

    /** The field's data type; {@link #wireName} is what {@code dataType} says. */
    enum Type {
        LONG("long"), INTEGER("integer"), STRING("string"), BOOLEAN("boolean"), DATETIME("datetime"),
        DECIMAL("decimal"), UDF_LIST("udf");

        final String wireName;

        Type(String wireName) {
            this.wireName = wireName;
        }
    }

    static FieldDef of(String name, Type type) {
        return new FieldDef(name, type, false, false, null, Map.of());
    }

    FieldDef asRequired() {
        return new FieldDef(name, type, true, readOnly, referenceEntity, picklist);
    }

    FieldDef asReadOnly() {
        return new FieldDef(name, type, required, true, referenceEntity, picklist);
    }

    FieldDef references(String entity) {
        return new FieldDef(name, type, required, readOnly, entity, picklist);
    }

    FieldDef picklist(Map<Integer, String> values) {
        return new FieldDef(name, type, required, readOnly, referenceEntity, values);
    }

    boolean queryable() {
        return type != Type.UDF_LIST;
    }
}
