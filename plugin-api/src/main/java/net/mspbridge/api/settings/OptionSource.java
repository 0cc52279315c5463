package net.mspbridge.api.settings;

import java.util.List;

/**
 * A named source of live options, fetched with
 * {@link net.mspbridge.api.SettingsPanelProvider#options}.
 *
 * @param name       the source name the plugin understands, for example {@code "autotask.services"}
 * @param parameters keys whose current values the host sends with the request: for a select
 *                   field, other fields of the same panel; for a mapping-table column, other columns
 *                   of the same row (for example the contracts of the company chosen in that row).
 *                   The host sends every parameter, with an empty value when nothing is chosen.
 */
public record OptionSource(String name, List<String> parameters) {

    public OptionSource {
        Checks.id(name, "name");
        parameters = List.copyOf(parameters);
    }

    public static OptionSource named(String name, String... parameters) {
        return new OptionSource(name, List.of(parameters));
    }
}
