package net.mspbridge.api.settings;

/** How serious a {@link ValidationMessage} is. */
public enum Severity {
    /** The values must not be saved until it is fixed. */
    ERROR,
    /** The values may be saved; the person should know the consequence. */
    WARNING
}
