package net.mspbridge.api.settings;

import java.util.List;

/**
 * One field of a panel. The five kinds are the records permitted here; {@link #kind()} names the
 * kind for hosts that serialise definitions.
 */
public sealed interface FieldDefinition
        permits TextField, SecretField, ToggleField, SelectField, MappingTableField {

    /** The storage key: unique across all panels of a plugin. */
    String key();

    /** The label shown beside the field. */
    String label();

    /** Help text shown with the field; empty when there is none. */
    String help();

    /** The kind of field. */
    FieldKind kind();

    /**
     * Conditions on other fields of the same panel, all of which must hold for this field to be
     * shown; empty to show it always. A hidden field keeps its value.
     */
    List<Condition> visibleWhen();
}
