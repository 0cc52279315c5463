package net.mspbridge.host.calls;

import java.time.Duration;

/** The plugin did not answer within the time the host allows for the call; it was interrupted. */
public class PluginTimeoutException extends PluginCallException {

    private static final long serialVersionUID = 1L;

    private final transient Duration limit;

    public PluginTimeoutException(String pluginId, String what, Duration limit) {
        super(pluginId, "the plugin did not answer within " + Durations.toText(limit) + " (" + what
                + "); try again, and if it keeps happening check the services the plugin connects to", null);
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }
}
