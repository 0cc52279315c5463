package net.mspbridge.host.settings;

/**
 * A save was based on a version of the settings that is no longer the stored one: someone else
 * saved in between. Nothing was stored; the person must reload the page and redo the change.
 */
public class StaleSettingsException extends SettingsException {

    private static final long serialVersionUID = 1L;

    private final long basedOn;
    private final long current;

    public StaleSettingsException(String pluginId, long basedOn, long current) {
        super(pluginId, "these settings were changed by someone else since you opened the page: reload");
        this.basedOn = basedOn;
        this.current = current;
    }

    /** The version the refused save was based on. */
    public long basedOn() {
        return basedOn;
    }

    /** The version stored now. */
    public long current() {
        return current;
    }
}
