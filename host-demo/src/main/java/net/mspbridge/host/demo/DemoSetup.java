package net.mspbridge.host.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import io.javalin.config.RoutesConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.mspbridge.api.host.Secret;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.host.plugins.ExtensionSource;
import net.mspbridge.host.sandbox.view.SandboxViewJson;
import net.mspbridge.host.settings.SecretChanges;
import net.mspbridge.host.settings.SettingsRepository;
import net.mspbridge.host.settings.StaleSettingsException;
import net.mspbridge.host.settings.StoredSettings;

/**
 * Joins the demo sandboxes to a running host: the Kaspersky-Autotask plugin is pointed at them on
 * first start (and again when the sandboxes moved to other ports), and the sandbox page shows what
 * billing did to the sandbox contracts.
 */
public final class DemoSetup {

    // README quotes this class's log line under the name it had beside the sandboxes
    // ("n.m.h.sandbox.DemoSetup"); the name stays so that the documented output stays true.
    private static final Logger log = LoggerFactory.getLogger("net.mspbridge.host.sandbox.DemoSetup");
    static final String SAVED_BY = "demo setup";

    private DemoSetup() {
    }

    /**
     * Stores the demo settings when the plugin has none, or re-points the connection when the
     * sandboxes moved; never overrides what a person configured.
     */
    public static void configure(DemoSandboxes sandboxes, SettingsRepository settings, ExtensionSource plugins) {
        String pluginId = DemoPluginSettings.PLUGIN_ID;
        if (plugins.plugin(pluginId).isEmpty()) {
            log.info("Plugin {} is not installed: the sandboxes run, but nothing is pointed at them", pluginId);
            return;
        }
        StoredSettings stored = settings.load(pluginId);
        boolean firstUse = stored.version() == 0;
        Optional<SettingsValues> update = sandboxes.settingsToStore(firstUse ? Optional.empty() : Optional.of(stored.values()));
        if (update.isEmpty()) {
            return;
        }
        SecretChanges secrets = firstUse ? secretsOf(DemoPluginSettings.of(sandboxes.sandboxes())) : SecretChanges.none();
        try {
            settings.save(pluginId, stored.version(), update.get(), secrets, SAVED_BY);
            log.info(firstUse
                    ? "Plugin {} is set up for the demo sandboxes: connection, companies and services mapped"
                    : "Plugin {} re-pointed at the demo sandboxes on their new ports", pluginId);
        } catch (StaleSettingsException e) {
            log.info("Plugin {} was configured meanwhile; the demo setup leaves it as it is", pluginId);
        }
    }

    private static SecretChanges secretsOf(DemoPluginSettings demo) {
        Map<String, Secret> set = new HashMap<>();
        demo.secrets().forEach((key, value) -> set.put(key, Secret.of(value)));
        return new SecretChanges(set, Set.of());
    }

    /**
     * The sandbox page ({@code /sandbox}) and its data ({@code GET /api/sandbox?date=YYYY-MM-DD}):
     * each sandbox contract's services with units in force, and the adjustments received.
     */
    public static Consumer<RoutesConfig> routes(DemoSandboxes sandboxes) {
        return routes -> {
            routes.get("/sandbox", ctx -> ctx.html(SandboxPage.html()));
            routes.get("/api/sandbox", ctx -> {
                String date = ctx.queryParam("date");
                LocalDate day;
                try {
                    day = date == null || date.isBlank() ? null : LocalDate.parse(date);
                } catch (java.time.format.DateTimeParseException e) {
                    ctx.status(400).json(Map.of("error", "bad-request",
                            "message", "date must be a calendar date written YYYY-MM-DD, not '" + date + "'"));
                    return;
                }
                ctx.contentType("application/json").result(SandboxViewJson.render(
                        day == null ? sandboxes.sandboxes().view() : sandboxes.sandboxes().view(day)));
            });
        };
    }
}
