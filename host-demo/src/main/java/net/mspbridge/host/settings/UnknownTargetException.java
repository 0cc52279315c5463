package net.mspbridge.host.settings;

/**
 * A request named a plugin, panel, field, column or action that does not exist (or, for a
 * plugin, has no settings). The message names what was not found.
 */
public class UnknownTargetException extends SettingsException {

    private static final long serialVersionUID = 1L;

    public UnknownTargetException(String pluginId, String message) {
        super(pluginId, message);
    }
}
