package net.mspbridge.host.settings;

/**
 * Root of the settings feature's refusals: a request about a plugin's settings that the host
 * will not carry out. The message is written for the person on the settings page and names what
 * to fix; nothing was changed.
 */
public class SettingsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String pluginId;

    public SettingsException(String pluginId, String message) {
        super(message);
        this.pluginId = pluginId;
    }

    /** The plugin the request was about. */
    public String pluginId() {
        return pluginId;
    }
}
