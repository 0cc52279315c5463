package net.mspbridge.host.calls;

/**
 * Every worker for plugin calls is busy (perhaps with calls that hang); the call was not made.
 * Trying again later may work.
 */
public class HostBusyException extends PluginCallException {

    private static final long serialVersionUID = 1L;

    public HostBusyException(String pluginId) {
        super(pluginId, "the host is busy with other plugin calls; try again in a moment", null);
    }
}
