package net.mspbridge.host.plugins;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import net.mspbridge.api.BillingHook;
import net.mspbridge.api.SettingsPanelProvider;

/**
 * A plugin the host can use: what it is, and the instances of its extensions. The host keeps
 * these instances for as long as the plugin is loaded and calls them from several threads, as
 * plugin-api allows.
 *
 * @param info     id, version, provider, description and extension points
 * @param settings its settings panels, when it has any
 * @param billing  its billing hook, when it has one
 */
public record HostedPlugin(InstalledPlugin info, Optional<SettingsPanelProvider> settings, Optional<BillingHook> billing) {

    public HostedPlugin {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(billing, "billing");
    }

    /** The plugin id. */
    public String id() {
        return info.id();
    }

    /**
     * A plugin given as objects rather than loaded from a file: for tests, and for hosts that embed
     * extensions directly.
     *
     * @param id       the plugin id
     * @param settings its settings provider, or null
     * @param billing  its billing hook, or null
     */
    public static HostedPlugin inProcess(String id, String description, SettingsPanelProvider settings, BillingHook billing) {
        List<String> points = new ArrayList<>();
        if (settings != null) {
            points.add("SettingsPanelProvider");
        }
        if (billing != null) {
            points.add("BillingHook");
        }
        return new HostedPlugin(new InstalledPlugin(id, "1.0.0", "in-process", description, points),
                Optional.ofNullable(settings), Optional.ofNullable(billing));
    }
}
