package net.mspbridge.api.settings;

/**
 * A button on a panel, such as "Test connection", run with
 * {@link net.mspbridge.api.SettingsPanelProvider#runAction} against the panel's proposed values.
 *
 * @param id    the action id, unique in its panel
 * @param label the button label
 * @param help  what the action does, empty when none
 */
public record ActionDefinition(String id, String label, String help) {

    public ActionDefinition {
        Checks.id(id, "id");
        Checks.text(label, "label");
        Checks.text(help, "help");
    }
}
