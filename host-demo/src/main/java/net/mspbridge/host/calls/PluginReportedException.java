package net.mspbridge.host.calls;

import net.mspbridge.api.PluginException;

/**
 * The plugin refused the call with a {@link PluginException}: a condition a person must act on,
 * described by the plugin for that person. The message is the plugin's.
 */
public class PluginReportedException extends PluginCallException {

    private static final long serialVersionUID = 1L;

    public PluginReportedException(String pluginId, PluginException cause) {
        super(pluginId, cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(), cause);
    }

    /** The plugin's exception: its type says which kind of condition (configuration, service down, ...). */
    public PluginException reported() {
        return (PluginException) getCause();
    }
}
