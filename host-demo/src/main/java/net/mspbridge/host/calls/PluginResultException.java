package net.mspbridge.host.calls;

/** The plugin answered with something the host cannot use (nothing, or an invalid definition). */
public class PluginResultException extends PluginCallException {

    private static final long serialVersionUID = 1L;

    public PluginResultException(String pluginId, String problem) {
        super(pluginId, "the plugin returned an invalid answer: " + problem, null);
    }
}
