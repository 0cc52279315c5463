package net.mspbridge.host.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;

import net.mspbridge.api.BillingHook;
import net.mspbridge.api.ConfigurationException;
import net.mspbridge.api.HostContext;
import net.mspbridge.api.PluginApi;
import net.mspbridge.api.SettingsPanelProvider;
import net.mspbridge.api.billing.BillingRunRequest;
import net.mspbridge.api.billing.RunMode;
import net.mspbridge.api.billing.RunMonitor;
import net.mspbridge.api.host.PluginStore;
import net.mspbridge.api.host.Secrets;
import net.mspbridge.api.settings.SettingsValues;

/**
 * The packaged plugin artifact, as any PF4J host gets it: this module never has the plugin's
 * classes on its class path, so whatever works here works from the zip alone.
 */
class PackagedPluginTest {

    @Test
    void zipHoldsDescriptorAndLibrariesButNoneOfWhatTheHostProvides() throws IOException {
        try (ZipFile zip = new ZipFile(BuiltPlugin.zip().toFile())) {
            List<String> names = Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();

            assertThat(names).contains("plugin.properties")
                    .anyMatch(n -> n.matches("lib/plugin-kaspersky-autotask-.*\\.jar"))
                    .anyMatch(n -> n.matches("lib/guice-.*\\.jar"))
                    .anyMatch(n -> n.matches("lib/okhttp-jvm-.*\\.jar"))
                    .anyMatch(n -> n.matches("lib/jackson-databind-.*\\.jar"))
                    .noneMatch(n -> n.contains("pf4j"))
                    .noneMatch(n -> n.contains("plugin-api"))
                    .noneMatch(n -> n.contains("slf4j"));
            String descriptor = new String(zip.getInputStream(zip.getEntry("plugin.properties")).readAllBytes());
            assertThat(descriptor).contains("plugin.id=kaspersky-autotask",
                    "plugin.class=net.mspbridge.integration.plugin.KasperskyAutotaskPlugin",
                    "plugin.requires=>=1.4.0 & <2.0.0", "plugin.provider=");
        }
    }

    @Test
    void stockPluginManagerLoadsTheZipAndFindsBothExtensions(@TempDir Path pluginsDir) {
        BuiltPlugin.installInto(pluginsDir);
        PluginManager manager = new DefaultPluginManager(pluginsDir);
        manager.setSystemVersion(PluginApi.CONTRACT_VERSION);
        try {
            manager.loadPlugins();
            manager.startPlugins();

            assertThat(manager.getPlugin("kaspersky-autotask").getPluginState()).isEqualTo(PluginState.STARTED);
            List<SettingsPanelProvider> panels = manager.getExtensions(SettingsPanelProvider.class);
            List<BillingHook> hooks = manager.getExtensions(BillingHook.class);
            assertThat(panels).hasSize(1);
            assertThat(hooks).hasSize(1);
            assertThat(hooks.get(0).getClass().getClassLoader()).isInstanceOf(PluginClassLoader.class);

            // The extension is wired through the plugin's Guice module down to its billing run, which
            // answers a host with nothing configured by saying what to set up.
            BillingHook hook = hooks.get(0);
            HostContext unconfigured = new HostContext(SettingsValues.empty(), Secrets.none(), Clock.systemUTC(),
                    PluginStore.inMemory(), Optional.empty());
            assertThatThrownBy(() -> hook.run(new BillingRunRequest("run-1", LocalDate.of(2026, 11, 1), RunMode.PREVIEW),
                    unconfigured, RunMonitor.none()))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("Companies panel");
        } finally {
            // One by one: PF4J 3.15's stopPlugins() throws ConcurrentModificationException (pf4j #656).
            manager.stopPlugin("kaspersky-autotask");
            manager.unloadPlugins();
        }
    }

    @Test
    void hostOfAnotherContractMajorVersionDoesNotStartIt(@TempDir Path pluginsDir) {
        BuiltPlugin.installInto(pluginsDir);
        PluginManager manager = new DefaultPluginManager(pluginsDir);
        manager.setSystemVersion("2.0.0");
        try {
            manager.loadPlugins();
            manager.startPlugins();

            assertThat(manager.getPlugin("kaspersky-autotask").getPluginState()).isNotEqualTo(PluginState.STARTED);
            assertThat(manager.getExtensions(BillingHook.class)).isEmpty();
        } finally {
            manager.unloadPlugins();
        }
    }
}
