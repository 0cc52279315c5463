package net.mspbridge.integration.plugin;

import java.util.List;

import jakarta.inject.Inject;
import org.pf4j.Extension;

import net.mspbridge.api.ConfigurationException;
import net.mspbridge.api.HostContext;
import net.mspbridge.api.SettingsPanelProvider;
import net.mspbridge.api.settings.ActionResult;
import net.mspbridge.api.settings.MappingRow;
import net.mspbridge.api.settings.Option;
import net.mspbridge.api.settings.OptionsRequest;
import net.mspbridge.api.settings.PanelDefinition;
import net.mspbridge.api.settings.ValidationResult;
import net.mspbridge.integration.kaspersky.ApplicationCatalog;

/** The plugin's settings panels, as the host's settings page sees them. */
@Extension
public final class KasperskyAutotaskSettings implements SettingsPanelProvider {

    private final ApplicationCatalog catalog;

    /** Used by PF4J. */
    public KasperskyAutotaskSettings() {
        this(PluginInjector.get().getInstance(ApplicationCatalog.class));
    }

    @Inject
    KasperskyAutotaskSettings(ApplicationCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<PanelDefinition> panels(HostContext context) {
        return List.of();
    }

    @Override
    public List<Option> options(OptionsRequest request, HostContext context) {
        throw new ConfigurationException("Unknown option source '" + request.source() + "'.");
    }

    @Override
    public List<MappingRow> rows(String rowSource, HostContext context) {
        throw new ConfigurationException("Unknown row source '" + rowSource + "'.");
    }

    @Override
    public ValidationResult validate(String panelId, HostContext context) {
        return ValidationResult.ok();
    }

    @Override
    public ActionResult runAction(String panelId, String actionId, HostContext context) {
        throw new ConfigurationException("Panel '" + panelId + "' has no action '" + actionId + "'.");
    }

    /** How many applications the catalog offers; shows the wiring works until the panels exist. */
    int catalogSize() {
        return catalog.all().size();
    }
}
