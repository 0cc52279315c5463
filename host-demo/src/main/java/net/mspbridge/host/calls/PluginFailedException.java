package net.mspbridge.host.calls;

/**
 * The plugin failed with an exception that is not one of plugin-api's: a defect in the plugin.
 * The message names only the exception type; the details were logged once, where it was caught.
 */
public class PluginFailedException extends PluginCallException {

    private static final long serialVersionUID = 1L;

    private final String failureType;

    public PluginFailedException(String pluginId, String failureType) {
        super(pluginId, "the plugin failed: " + failureType, null);
        this.failureType = failureType;
    }

    /** The simple name of the exception the plugin threw. */
    public String failureType() {
        return failureType;
    }
}
