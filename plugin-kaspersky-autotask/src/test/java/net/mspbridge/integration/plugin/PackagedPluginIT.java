package net.mspbridge.integration.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;

import net.mspbridge.api.BillingHook;
import net.mspbridge.api.PluginApi;
import net.mspbridge.api.SettingsPanelProvider;

/**
 * The packaged plugin zip, as a host gets it, in a stock PF4J manager with only what a host provides
 * (pf4j, plugin-api, slf4j-api) beside it: both extensions load from the zip, under whatever JDK runs
 * the build. Without {@code META-INF/extensions.idx} (PF4J's annotation processor did not run, as with
 * javac 23 and later when the processor is not named) PF4J loads the plugin with no extensions and no
 * error, so the build fails here instead. Run by failsafe after {@code package}; {@code .ci/run} runs
 * it once more with the newest JDK on the machine.
 */
class PackagedPluginIT {

    private static final String PLUGIN_ID = "kaspersky-autotask";
    private static final String SETTINGS = "net.mspbridge.integration.plugin.KasperskyAutotaskSettings";
    private static final String BILLING = "net.mspbridge.integration.plugin.KasperskyAutotaskBilling";

    @Test
    void pluginJarInTheZipCarriesAnExtensionIndexNamingBothExtensions() throws IOException {
        List<String> index = extensionIndex(zip());

        assertThat(index).as("META-INF/extensions.idx of the plugin jar in " + zip()).contains(SETTINGS, BILLING);
    }

    @Test
    void stockPluginManagerLoadsBothExtensionsFromTheZip(@TempDir Path pluginsDir) throws IOException {
        Files.copy(zip(), pluginsDir.resolve(zip().getFileName()));
        PluginManager manager = new DefaultPluginManager(pluginsDir);
        manager.setSystemVersion(PluginApi.CONTRACT_VERSION);
        try {
            manager.loadPlugins();
            manager.startPlugins();

            assertThat(manager.getPlugin(PLUGIN_ID).getPluginState()).isEqualTo(PluginState.STARTED);
            List<SettingsPanelProvider> panels = manager.getExtensions(SettingsPanelProvider.class, PLUGIN_ID);
            List<BillingHook> hooks = manager.getExtensions(BillingHook.class, PLUGIN_ID);
            assertThat(panels).as("SettingsPanelProvider extensions of the plugin, running on Java "
                    + Runtime.version()).singleElement().satisfies(panel -> {
                        assertThat(panel.getClass().getName()).isEqualTo(SETTINGS);
                        assertThat(panel.getClass().getClassLoader()).isInstanceOf(PluginClassLoader.class);
                    });
            assertThat(hooks).as("BillingHook extensions of the plugin, running on Java " + Runtime.version())
                    .singleElement().satisfies(hook -> {
                        assertThat(hook.getClass().getName()).isEqualTo(BILLING);
                        assertThat(hook.getClass().getClassLoader()).isInstanceOf(PluginClassLoader.class);
                    });
        } finally {
            // One by one: PF4J 3.15's stopPlugins() throws ConcurrentModificationException (pf4j #656).
            manager.getStartedPlugins().stream().map(p -> p.getPluginId()).toList().forEach(manager::stopPlugin);
            manager.unloadPlugins();
        }
    }

    /** The zip the build packaged, named by failsafe's {@code plugin.zip} system property. */
    private static Path zip() {
        String name = System.getProperty("plugin.zip");
        assertThat(name).as("system property plugin.zip (set by the module's failsafe configuration)").isNotBlank();
        Path zip = Path.of(name);
        assertThat(zip).as("the packaged plugin; run through Maven (mvn verify), which packages it first").isRegularFile();
        return zip;
    }

    /** The lines of {@code META-INF/extensions.idx} in the zip's plugin jar; empty when it has none. */
    private static List<String> extensionIndex(Path zipFile) throws IOException {
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            List<? extends ZipEntry> jars = Collections.list(zip.entries()).stream()
                    .filter(e -> e.getName().matches("lib/plugin-kaspersky-autotask-.*\\.jar")).toList();
            assertThat(jars).as("the plugin jar in " + zipFile).hasSize(1);
            try (JarInputStream jar = new JarInputStream(zip.getInputStream(jars.get(0)))) {
                for (JarEntry entry = jar.getNextJarEntry(); entry != null; entry = jar.getNextJarEntry()) {
                    if (entry.getName().equals("META-INF/extensions.idx")) {
                        return lines(jar);
                    }
                }
            }
        }
        return List.of();
    }

    private static List<String> lines(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                lines.add(line.strip());
            }
        }
        return lines;
    }
}
