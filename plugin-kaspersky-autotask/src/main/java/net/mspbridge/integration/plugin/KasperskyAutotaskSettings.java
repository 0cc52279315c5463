package net.mspbridge.integration.plugin;

import java.util.List;

import jakarta.inject.Inject;
import org.pf4j.Extension;

import net.mspbridge.api.HostContext;
import net.mspbridge.api.SettingsPanelProvider;
import net.mspbridge.api.settings.ActionResult;
import net.mspbridge.api.settings.MappingRow;
import net.mspbridge.api.settings.Option;
import net.mspbridge.api.settings.OptionsRequest;
import net.mspbridge.api.settings.PanelDefinition;
import net.mspbridge.api.settings.ValidationResult;
import net.mspbridge.integration.mapping.SettingsService;

/** The plugin's settings panels, as the host's settings page sees them: delegates every call. */
@Extension
public final class KasperskyAutotaskSettings implements SettingsPanelProvider {

    private final SettingsService service;

    /** Used by PF4J. */
    public KasperskyAutotaskSettings() {
        this(PluginInjector.get().getInstance(SettingsService.class));
    }

    @Inject
    KasperskyAutotaskSettings(SettingsService service) {
        this.service = service;
    }

    @Override
    public List<PanelDefinition> panels(HostContext context) {
        return service.panels(context);
    }

    @Override
    public List<Option> options(OptionsRequest request, HostContext context) {
        return service.options(request, context);
    }

    @Override
    public List<MappingRow> rows(String rowSource, HostContext context) {
        return service.rows(rowSource, context);
    }

    @Override
    public ValidationResult validate(String panelId, HostContext context) {
        return service.validate(panelId, context);
    }

    @Override
    public ActionResult runAction(String panelId, String actionId, HostContext context) {
        return service.runAction(panelId, actionId, context);
    }
}
