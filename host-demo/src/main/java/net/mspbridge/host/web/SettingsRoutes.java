package net.mspbridge.host.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import net.mspbridge.api.host.Secret;
import net.mspbridge.api.settings.TableValue;
import net.mspbridge.host.settings.PanelSubmission;
import net.mspbridge.host.settings.PluginSettings;
import net.mspbridge.host.settings.SaveResult;
import net.mspbridge.host.settings.SecretChanges;
import net.mspbridge.host.settings.HostSettingsService;

/** The settings page's API: panels and values, live options and rows, save, actions. */
final class SettingsRoutes {

    private static final String PANEL = "/api/settings/{pluginId}/panels/{panelId}";
    private static final Set<String> SAVE_PROPERTIES = Set.of("version", "values", "tables", "secrets", "clearSecrets");
    private static final Set<String> ACTION_PROPERTIES = Set.of("values", "tables", "secrets", "clearSecrets");
    private static final String PARAMETER_PREFIX = "param.";

    private final HostSettingsService settings;

    SettingsRoutes(HostSettingsService settings) {
        this.settings = settings;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/settings", this::all);
        routes.get("/api/settings/{pluginId}", ctx -> ctx.json(PanelJson.plugin(settings.plugin(ctx.pathParam("pluginId")))));
        routes.get(PANEL + "/fields/{fieldKey}/options", this::options);
        routes.get(PANEL + "/fields/{fieldKey}/rows", this::rows);
        routes.put(PANEL, this::save);
        routes.post(PANEL + "/actions/{actionId}", this::action);
    }

    private void all(Context ctx) {
        ObjectNode json = PanelJson.object();
        ArrayNode plugins = json.putArray("plugins");
        for (PluginSettings plugin : settings.all()) {
            plugins.add(PanelJson.plugin(plugin));
        }
        ctx.json(json);
    }

    /** Query: {@code column=<id>} for a table column, {@code param.<name>=<value>} per declared parameter. */
    private void options(Context ctx) {
        Optional<String> column = Optional.empty();
        Map<String, String> parameters = new HashMap<>();
        for (Map.Entry<String, List<String>> entry : ctx.queryParamMap().entrySet()) {
            String name = entry.getKey();
            if (entry.getValue().size() != 1) {
                throw ApiError.badRequest("give '" + name + "' once");
            }
            String value = entry.getValue().get(0);
            if (name.equals("column")) {
                column = Optional.of(value).filter(v -> !v.isEmpty());
            } else if (name.startsWith(PARAMETER_PREFIX) && name.length() > PARAMETER_PREFIX.length()) {
                parameters.put(name.substring(PARAMETER_PREFIX.length()), value);
            } else {
                throw ApiError.badRequest("unknown query parameter '" + name + "'; use column=<id> and param.<name>=<value>");
            }
        }
        ObjectNode json = PanelJson.object();
        PanelJson.options(json.putArray("options"), settings.options(ctx.pathParam("pluginId"), ctx.pathParam("panelId"),
                ctx.pathParam("fieldKey"), column, parameters));
        ctx.json(json);
    }

    private void rows(Context ctx) {
        ObjectNode json = PanelJson.object();
        PanelJson.rows(json.putArray("rows"), settings.rows(ctx.pathParam("pluginId"), ctx.pathParam("panelId"),
                ctx.pathParam("fieldKey")));
        ctx.json(json);
    }

    private void save(Context ctx) {
        JsonBody body = JsonBody.of(ctx, SAVE_PROPERTIES);
        long version = body.requiredLong("version");
        PanelSubmission submission = submission(body, version);
        SaveResult result = settings.save(ctx.pathParam("pluginId"), ctx.pathParam("panelId"), submission,
                Security.session(ctx).user());
        ObjectNode json = PanelJson.object();
        json.put("saved", result.saved());
        json.put("version", result.version());
        json.set("messages", PanelJson.messages(result.messages()));
        if (!result.saved()) {
            json.put("error", "validation");
            json.put("message", "nothing was saved: fix the errors shown");
            ctx.status(422);
        }
        ctx.json(json);
    }

    private void action(Context ctx) {
        JsonBody body = JsonBody.of(ctx, ACTION_PROPERTIES);
        ctx.json(PanelJson.action(settings.runAction(ctx.pathParam("pluginId"), ctx.pathParam("panelId"),
                ctx.pathParam("actionId"), submission(body, 0))));
    }

    /** A blank secret means "keep the stored one", as the page leaves a secret box empty. */
    private static PanelSubmission submission(JsonBody body, long version) {
        Map<String, Secret> set = new LinkedHashMap<>();
        body.stringMap("secrets").forEach((key, value) -> {
            if (!value.isBlank()) {
                set.put(key, Secret.of(value));
            }
        });
        Set<String> cleared = new HashSet<>(body.stringList("clearSecrets"));
        for (String key : cleared) {
            if (set.containsKey(key)) {
                throw ApiError.badRequest("secret '" + key + "' is both given and cleared; do one or the other");
            }
        }
        Map<String, TableValue> tables = new LinkedHashMap<>();
        body.tables("tables").forEach((key, rows) -> tables.put(key, new TableValue(rows)));
        return new PanelSubmission(version, body.stringMap("values"), tables, new SecretChanges(set, cleared));
    }
}
