package net.mspbridge.host.settings;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.mspbridge.api.settings.ActionResult;
import net.mspbridge.api.settings.MappingRow;
import net.mspbridge.api.settings.Option;
import net.mspbridge.host.calls.PluginCalls;
import net.mspbridge.host.plugins.ExtensionSource;

/**
 * The settings page's flow, generic over every plugin's panels.
 *
 * <p>Saving: the submitted panel values are merged into the stored ones (scalar values replace the
 * stored ones; mapping tables merge cell by cell, so a stored row the panel does not show now, such
 * as another product line's application or a customer the row source does not list, is kept
 * unchanged: see plugin-api's {@code MappingTableField}), the plugin validates the
 * proposed values ({@code validate} with a context holding them), the host adds its own checks of
 * required fields, and only when no message is an error is the result stored as a new version.
 *
 * <p>Thread-safe. Every plugin call is time-boxed by {@link PluginCalls}.
 *
 * <p>Errors: {@link UnknownTargetException} (no such plugin/panel/field/action),
 * {@link InvalidSubmissionException} (values that do not fit the definition),
 * {@link StaleSettingsException} (someone saved first), and
 * {@link net.mspbridge.host.calls.PluginCallException} when the plugin failed, hung or answered
 * nonsense; in every case nothing is stored.
 */
public interface HostSettingsService {

    /** Every plugin that has settings, in plugin order; a plugin whose panels fail is listed with the problem. */
    List<PluginSettings> all();

    /** One plugin's settings; its panels fail with an exception rather than a listed problem. */
    PluginSettings plugin(String pluginId);

    /**
     * The live options of a select field, or of a mapping-table column when {@code columnId} is
     * given, fetched with the parameters the source declares (undeclared ones are refused,
     * missing ones sent empty).
     */
    List<Option> options(String pluginId, String panelId, String fieldKey, Optional<String> columnId,
            Map<String, String> parameters);

    /** The live rows of a mapping table that has a row source. */
    List<MappingRow> rows(String pluginId, String panelId, String fieldKey);

    /** Validates and, when there is no error, stores the panel's values. */
    SaveResult save(String pluginId, String panelId, PanelSubmission submission, String savedBy);

    /** Runs a panel action against the proposed values (stored values with the submission applied). */
    ActionResult runAction(String pluginId, String panelId, String actionId, PanelSubmission submission);

    static HostSettingsService create(ExtensionSource extensions, SettingsRepository repository, HostContexts contexts,
            PluginCalls calls) {
        return new DefaultHostSettingsService(extensions, repository, contexts, calls);
    }
}
