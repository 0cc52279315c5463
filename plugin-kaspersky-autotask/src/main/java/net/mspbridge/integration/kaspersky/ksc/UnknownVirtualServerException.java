package net.mspbridge.integration.kaspersky.ksc;

import java.util.List;

import net.mspbridge.api.ConfigurationException;

/** The virtual server named in the settings does not exist on the Administration Server. */
public final class UnknownVirtualServerException extends ConfigurationException {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final List<String> known;

    /**
     * @param message for the person: the name, the server, and what to correct
     * @param name    the name that was not found
     * @param known   the names the server has, when they were read; empty otherwise
     */
    public UnknownVirtualServerException(String message, String name, List<String> known) {
        super(message);
        this.name = name;
        this.known = List.copyOf(known);
    }

    /** The name that was not found. */
    public String name() {
        return name;
    }

    /** The names the server does have, when they were read; empty otherwise. */
    public List<String> known() {
        return known;
    }
}
