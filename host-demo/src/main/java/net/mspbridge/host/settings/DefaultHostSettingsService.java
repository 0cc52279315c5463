package net.mspbridge.host.settings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import net.mspbridge.api.HostContext;
import net.mspbridge.api.SettingsPanelProvider;
import net.mspbridge.api.settings.ActionResult;
import net.mspbridge.api.settings.ColumnDefinition;
import net.mspbridge.api.settings.FieldDefinition;
import net.mspbridge.api.settings.FieldPath;
import net.mspbridge.api.settings.MappingRow;
import net.mspbridge.api.settings.MappingTableField;
import net.mspbridge.api.settings.Option;
import net.mspbridge.api.settings.OptionSource;
import net.mspbridge.api.settings.OptionsRequest;
import net.mspbridge.api.settings.PanelDefinition;
import net.mspbridge.api.settings.SecretField;
import net.mspbridge.api.settings.SelectField;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.api.settings.Severity;
import net.mspbridge.api.settings.ValidationMessage;
import net.mspbridge.api.settings.ValidationResult;
import net.mspbridge.host.calls.PluginCallException;
import net.mspbridge.host.calls.PluginCalls;
import net.mspbridge.host.calls.PluginResultException;
import net.mspbridge.host.plugins.ExtensionSource;
import net.mspbridge.host.plugins.HostedPlugin;

/** {@link HostSettingsService} over an extension source, the repository and time-boxed calls. */
final class DefaultHostSettingsService implements HostSettingsService {

    private final ExtensionSource extensions;
    private final SettingsRepository repository;
    private final HostContexts contexts;
    private final PluginCalls calls;

    DefaultHostSettingsService(ExtensionSource extensions, SettingsRepository repository, HostContexts contexts,
            PluginCalls calls) {
        this.extensions = extensions;
        this.repository = repository;
        this.contexts = contexts;
        this.calls = calls;
    }

    @Override
    public List<PluginSettings> all() {
        List<PluginSettings> all = new ArrayList<>();
        for (HostedPlugin plugin : extensions.plugins()) {
            if (plugin.settings().isEmpty()) {
                continue;
            }
            StoredSettings stored = repository.load(plugin.id());
            try {
                all.add(view(plugin, stored, panels(plugin, plugin.settings().get())));
            } catch (PluginCallException e) {
                all.add(new PluginSettings(plugin.id(), plugin.info().description(), stored.version(), List.of(),
                        Optional.of(e.getMessage()), stored.values(), Map.of(), stored.updatedAt(), stored.updatedBy()));
            }
        }
        return all;
    }

    @Override
    public PluginSettings plugin(String pluginId) {
        HostedPlugin plugin = hosted(pluginIdChecked(pluginId));
        return view(plugin, repository.load(pluginId), panels(plugin, plugin.settings().orElseThrow()));
    }

    @Override
    public List<Option> options(String pluginId, String panelId, String fieldKey, Optional<String> columnId,
            Map<String, String> parameters) {
        HostedPlugin plugin = hosted(pluginIdChecked(pluginId));
        SettingsPanelProvider provider = plugin.settings().orElseThrow();
        PanelDefinition panel = panel(plugin, panels(plugin, provider), panelId);
        FieldDefinition field = field(pluginId, panel, fieldKey);
        OptionSource source = optionSource(pluginId, field, columnId);
        Map<String, String> sent = new HashMap<>();
        for (String name : parameters.keySet()) {
            if (!source.parameters().contains(name)) {
                throw new InvalidSubmissionException(pluginId, "option source '" + source.name()
                        + "' takes no parameter '" + name + "'; it takes " + source.parameters());
            }
        }
        for (String name : source.parameters()) {
            String value = parameters.getOrDefault(name, "");
            if (value.length() > PanelChecks.MAX_TEXT_CHARS) {
                throw new InvalidSubmissionException(pluginId, "parameter '" + name + "' is too long");
            }
            sent.put(name, value);
        }
        OptionsRequest request = new OptionsRequest(source.name(), sent);
        HostContext context = contexts.stored(pluginId);
        List<Option> options = calls.call(pluginId, "options of " + source.name(), provider,
                () -> provider.options(request, context));
        return PanelChecks.options(pluginId, source.name(), options);
    }

    @Override
    public List<MappingRow> rows(String pluginId, String panelId, String fieldKey) {
        HostedPlugin plugin = hosted(pluginIdChecked(pluginId));
        SettingsPanelProvider provider = plugin.settings().orElseThrow();
        PanelDefinition panel = panel(plugin, panels(plugin, provider), panelId);
        if (!(field(pluginId, panel, fieldKey) instanceof MappingTableField table) || table.rowSource().isEmpty()) {
            throw new UnknownTargetException(pluginId, "field '" + fieldKey + "' of panel '" + panelId
                    + "' is not a mapping table with a row source");
        }
        String rowSource = table.rowSource().get();
        HostContext context = contexts.stored(pluginId);
        List<MappingRow> rows = calls.call(pluginId, "rows of " + rowSource, provider,
                () -> provider.rows(rowSource, context));
        return PanelChecks.rows(pluginId, table, rows);
    }

    @Override
    public SaveResult save(String pluginId, String panelId, PanelSubmission submission, String savedBy) {
        HostedPlugin plugin = hosted(pluginIdChecked(pluginId));
        SettingsPanelProvider provider = plugin.settings().orElseThrow();
        StoredSettings stored = repository.load(pluginId);
        if (submission.basedOn() != stored.version()) {
            // Refused before any plugin call: the person must see the other change first.
            throw new StaleSettingsException(pluginId, submission.basedOn(), stored.version());
        }
        List<PanelDefinition> panels = panels(plugin, provider);
        PanelDefinition panel = panel(plugin, panels, panelId);
        PanelChecks.submission(pluginId, panel, submission, stored.values());

        // Merged, never replaced: rows of a table that the panel does not show now are kept as stored.
        SettingsValues proposed = stored.values().mergeSave(submission.asChanges());
        SecretDestinations destinations = new SecretDestinations(panels);
        Set<String> moved = destinations.moved(stored.values(), proposed, stored.secretKeys(), submission.secrets());
        HostContext context = contexts.proposed(pluginId, proposed, submission.secrets(), moved);
        ValidationResult verdict = calls.call(pluginId, "validate panel " + panelId, provider,
                () -> provider.validate(panelId, context));
        if (verdict == null) {
            throw new PluginResultException(pluginId, "no validation result (null) for panel '" + panelId + "'");
        }
        // A stored secret whose destination changed is never kept: the save is refused until it is typed
        // again, so what is stored always pairs each secret with the destination it was typed for.
        List<ValidationMessage> messages = new ArrayList<>();
        for (String key : moved) {
            if (verdict.messages().stream().noneMatch(m -> m.severity() == Severity.ERROR
                    && m.path().equals(FieldPath.field(key)))) {
                messages.add(destinations.retypeError(key, stored.values(), proposed));
            }
        }
        // One message per problem: where the plugin reported an error on a field, its sentence says what to do.
        PanelChecks.required(panel, proposed, context.secrets()).stream()
                .filter(m -> !moved.contains(m.path().fieldKey()))
                .filter(required -> verdict.errors().stream().noneMatch(m -> m.path().equals(required.path())))
                .forEach(messages::add);
        messages.addAll(verdict.messages());
        if (new ValidationResult(messages).hasErrors()) {
            return new SaveResult(false, stored.version(), messages);
        }
        long version = repository.save(pluginId, submission.basedOn(), proposed, submission.secrets(), savedBy);
        return new SaveResult(true, version, messages);
    }

    @Override
    public ActionResult runAction(String pluginId, String panelId, String actionId, PanelSubmission submission) {
        HostedPlugin plugin = hosted(pluginIdChecked(pluginId));
        SettingsPanelProvider provider = plugin.settings().orElseThrow();
        List<PanelDefinition> panels = panels(plugin, provider);
        PanelDefinition panel = panel(plugin, panels, panelId);
        if (panel.actions().stream().noneMatch(a -> a.id().equals(actionId))) {
            throw new UnknownTargetException(pluginId, "panel '" + panelId + "' has no action '" + actionId + "'");
        }
        StoredSettings stored = repository.load(pluginId);
        PanelChecks.submission(pluginId, panel, submission, stored.values());
        SettingsValues proposed = stored.values().mergeSave(submission.asChanges());
        Set<String> moved = new SecretDestinations(panels).moved(stored.values(), proposed, stored.secretKeys(),
                submission.secrets());
        HostContext context = contexts.proposed(pluginId, proposed, submission.secrets(), moved);
        ActionResult result = calls.call(pluginId, "action " + actionId + " of panel " + panelId, provider,
                () -> provider.runAction(panelId, actionId, context));
        if (result == null) {
            throw new PluginResultException(pluginId, "no result (null) for action '" + actionId + "'");
        }
        return result;
    }

    private PluginSettings view(HostedPlugin plugin, StoredSettings stored, List<PanelDefinition> panels) {
        Map<String, Boolean> secretsSet = new HashMap<>();
        for (PanelDefinition panel : panels) {
            for (FieldDefinition field : panel.fields()) {
                if (field instanceof SecretField) {
                    secretsSet.put(field.key(), stored.secretKeys().contains(field.key()));
                }
            }
        }
        return new PluginSettings(plugin.id(), plugin.info().description(), stored.version(), panels, Optional.empty(),
                stored.values(), secretsSet, stored.updatedAt(), stored.updatedBy());
    }

    private List<PanelDefinition> panels(HostedPlugin plugin, SettingsPanelProvider provider) {
        HostContext context = contexts.stored(plugin.id());
        return PanelChecks.panels(plugin.id(), calls.call(plugin.id(), "panels", provider, () -> provider.panels(context)));
    }

    private String pluginIdChecked(String pluginId) {
        if (pluginId == null || pluginId.isBlank()) {
            throw new UnknownTargetException("", "no plugin id given");
        }
        return pluginId;
    }

    private HostedPlugin hosted(String pluginId) {
        HostedPlugin plugin = extensions.plugin(pluginId).orElseThrow(() -> new UnknownTargetException(pluginId,
                "there is no plugin '" + pluginId + "'"));
        if (plugin.settings().isEmpty()) {
            throw new UnknownTargetException(pluginId, "plugin '" + pluginId + "' has no settings");
        }
        return plugin;
    }

    private static PanelDefinition panel(HostedPlugin plugin, List<PanelDefinition> panels, String panelId) {
        return panels.stream().filter(p -> p.id().equals(panelId)).findFirst().orElseThrow(() ->
                new UnknownTargetException(plugin.id(), "plugin '" + plugin.id() + "' has no panel '" + panelId + "'"));
    }

    private static FieldDefinition field(String pluginId, PanelDefinition panel, String fieldKey) {
        return panel.field(fieldKey).orElseThrow(() -> new UnknownTargetException(pluginId,
                "panel '" + panel.id() + "' has no field '" + fieldKey + "'"));
    }

    private static OptionSource optionSource(String pluginId, FieldDefinition field, Optional<String> columnId) {
        if (columnId.isPresent()) {
            if (!(field instanceof MappingTableField table)) {
                throw new UnknownTargetException(pluginId, "field '" + field.key() + "' is not a mapping table");
            }
            ColumnDefinition column = table.column(columnId.get()).orElseThrow(() -> new UnknownTargetException(pluginId,
                    "table '" + field.key() + "' has no column '" + columnId.get() + "'"));
            return column.source().orElseThrow(() -> new UnknownTargetException(pluginId,
                    "column '" + column.id() + "' of table '" + field.key() + "' has no live options"));
        }
        if (field instanceof SelectField select) {
            return select.source().orElseThrow(() -> new UnknownTargetException(pluginId,
                    "select '" + field.key() + "' has no live options"));
        }
        throw new UnknownTargetException(pluginId, "field '" + field.key() + "' has no live options"
                + (field instanceof MappingTableField ? "; name one of its columns" : ""));
    }
}
