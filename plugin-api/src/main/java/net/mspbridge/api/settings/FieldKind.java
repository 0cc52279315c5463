package net.mspbridge.api.settings;

/** The kind of a {@link FieldDefinition}, for hosts that serialise definitions. */
public enum FieldKind { TEXT, SECRET, TOGGLE, SELECT, MAPPING_TABLE }
