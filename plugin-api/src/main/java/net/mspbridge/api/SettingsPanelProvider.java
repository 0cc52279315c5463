package net.mspbridge.api;

import java.util.List;

import org.pf4j.ExtensionPoint;

import net.mspbridge.api.settings.ActionResult;
import net.mspbridge.api.settings.MappingRow;
import net.mspbridge.api.settings.Option;
import net.mspbridge.api.settings.OptionsRequest;
import net.mspbridge.api.settings.PanelDefinition;
import net.mspbridge.api.settings.ValidationResult;

/**
 * What a plugin contributes to the host's settings page: panels described as data, the live
 * options and rows they refer to, validation of submitted values and actions such as
 * "Test connection".
 *
 * <p>The host renders the panels generically from their definitions, stores the values the plugin
 * accepted, and passes them back in every later {@link HostContext}. The provider stores nothing
 * itself.
 *
 * <p>Threading: the host may call any method from several threads at once (one per browser
 * request); implementations are thread-safe. Every method may block on remote services; hosts
 * should bound the time they wait.
 *
 * <p>Errors: {@link #options} and {@link #rows} throw {@link ServiceUnavailableException} when a
 * remote service cannot answer and {@link ConfigurationException} when the settings they need are
 * missing; the host shows the message beside the field. {@link #validate} and {@link #runAction}
 * never throw for a problem a person can fix: they report it in their result.
 */
public interface SettingsPanelProvider extends ExtensionPoint {

    /**
     * The plugin's panels, in display order. Definitions may depend on the stored settings (for
     * example, the rows of a mapping table follow a chosen product line) but must not call remote
     * services: live data comes through {@link #options} and {@link #rows}.
     *
     * @param context the stored settings and host services
     * @return the panels; field keys are unique across all of them
     */
    List<PanelDefinition> panels(HostContext context);

    /**
     * The options of a select field or mapping-table column whose options come from a named
     * source, fetched live.
     *
     * @param request the source name and the parameter values the field declared
     * @param context the stored settings and host services
     * @return the options in display order
     * @throws ServiceUnavailableException when the remote service behind the source cannot answer
     * @throws ConfigurationException when the settings the source needs are missing or invalid,
     *                                or the source name or a parameter is unknown
     */
    List<Option> options(OptionsRequest request, HostContext context);

    /**
     * The rows of a mapping table whose rows come from a named source (see
     * {@link net.mspbridge.api.settings.MappingTableField#rowSource()}), fetched live.
     *
     * @param rowSource the source name
     * @param context   the stored settings and host services
     * @return the rows in display order
     * @throws ServiceUnavailableException when the remote service behind the source cannot answer
     * @throws ConfigurationException when the settings the source needs are missing or invalid,
     *                                or the source name is unknown
     */
    List<MappingRow> rows(String rowSource, HostContext context);

    /**
     * Checks the proposed values of one panel, reporting every problem at once. The host saves the
     * panel only when the result has no error; warnings are shown and saving goes ahead.
     *
     * <p>The proposed settings are the stored ones with the panel's submitted values merged in: a
     * mapping table holds every stored row, including rows the panel does not show now (see
     * "Saving" on {@link net.mspbridge.api.settings.MappingTableField}). Problems of such rows are
     * warnings, never errors, since the person cannot change them on the panel shown.
     *
     * @param panelId the panel being saved
     * @param context the proposed settings and secrets (see {@link HostContext})
     * @return every problem found; an empty result means the values may be saved
     */
    ValidationResult validate(String panelId, HostContext context);

    /**
     * Runs one of a panel's actions (for example "Test connection") against the proposed values and
     * reports what happened step by step. Never throws for a failure of the remote side: a failed
     * step says what went wrong and what to fix.
     *
     * @param panelId  the panel the action belongs to
     * @param actionId the action
     * @param context  the proposed settings and secrets
     * @return the steps taken, in order
     * @throws ConfigurationException when the panel or action id is unknown
     */
    ActionResult runAction(String panelId, String actionId, HostContext context);
}
