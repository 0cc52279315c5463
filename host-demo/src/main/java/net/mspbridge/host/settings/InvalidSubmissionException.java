package net.mspbridge.host.settings;

/**
 * Submitted values do not fit the panel's definition (a field the panel does not have, a toggle
 * that is not true/false, an option the select does not offer, text too long). Nothing was
 * stored or sent to the plugin. The message names the field and what is expected.
 */
public class InvalidSubmissionException extends SettingsException {

    private static final long serialVersionUID = 1L;

    public InvalidSubmissionException(String pluginId, String message) {
        super(pluginId, message);
    }
}
