package net.mspbridge.api;

/**
 * The stored settings do not allow the requested work: something is missing or invalid, or a
 * request named a panel, action or option source the plugin does not have. The message names the
 * setting to fix.
 */
public class ConfigurationException extends PluginException {

    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }
}
