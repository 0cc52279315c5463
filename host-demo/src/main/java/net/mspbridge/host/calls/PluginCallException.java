package net.mspbridge.host.calls;

/**
 * A call to a plugin did not give a usable answer. The message is for the person on the page:
 * a plugin's own {@link net.mspbridge.api.PluginException} message as it is, otherwise a sentence
 * that names the kind of failure and never the plugin's internal details (those are in the log).
 */
public class PluginCallException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String pluginId;

    public PluginCallException(String pluginId, String message, Throwable cause) {
        super(message, cause, false, true);
        this.pluginId = pluginId;
    }

    /** The plugin that was called. */
    public String pluginId() {
        return pluginId;
    }
}
