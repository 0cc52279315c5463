package net.mspbridge.host.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.mspbridge.api.BillingHook;
import net.mspbridge.api.PluginApi;
import net.mspbridge.api.SettingsPanelProvider;

class PluginHostTest {

    @Test
    void loadsTheRealPluginAndReportsBrokenOnesBesideIt(@TempDir Path pluginsDir) throws IOException {
        BuiltPlugin.installInto(pluginsDir);
        Files.write(pluginsDir.resolve("corrupt-plugin.jar"), "not a jar at all".getBytes(StandardCharsets.UTF_8));
        Files.write(pluginsDir.resolve("corrupt-plugin.zip"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});
        writeZip(pluginsDir.resolve("no-class-plugin.zip"),
                "plugin.id=no-class\nplugin.class=com.example.Missing\nplugin.version=1.0.0\nplugin.requires=>=1.0.0\n");

        try (PluginHost host = PluginHost.load(pluginsDir)) {
            assertThat(host.plugins()).singleElement().satisfies(plugin -> {
                assertThat(plugin.id()).isEqualTo("kaspersky-autotask");
                assertThat(plugin.info().extensionPoints()).containsExactly("SettingsPanelProvider", "BillingHook");
                assertThat(plugin.settings()).isPresent();
                assertThat(plugin.billing()).isPresent();
            });
            assertThat(host.failures()).extracting(PluginFailure::source)
                    .containsExactlyInAnyOrder("corrupt-plugin.jar", "corrupt-plugin.zip", "no-class");
            assertThat(host.failures()).allSatisfy(f -> assertThat(f.reason()).isNotBlank());

            assertThat(host.plugin("kaspersky-autotask")).hasValueSatisfying(plugin -> {
                assertThat(plugin.billing()).containsInstanceOf(BillingHook.class);
                assertThat(plugin.settings()).containsInstanceOf(SettingsPanelProvider.class);
            });
            assertThat(host.plugin("no-class")).isEmpty();
        }
    }

    @Test
    void pluginForAnotherContractVersionIsReportedWithTheVersionsInvolved(@TempDir Path pluginsDir) throws IOException {
        writeZip(pluginsDir.resolve("future-plugin.zip"),
                "plugin.id=future\nplugin.class=com.example.Future\nplugin.version=1.0.0\nplugin.requires=>=2.0.0\n");

        try (PluginHost host = PluginHost.load(pluginsDir)) {
            assertThat(host.plugins()).isEmpty();
            assertThat(host.failures()).singleElement().satisfies(f -> {
                assertThat(f.source()).isEqualTo("future");
                assertThat(f.reason()).contains(">=2.0.0", PluginApi.CONTRACT_VERSION);
            });
        }
    }

    @Test
    void aNewZipOlderThanTheFolderPf4jExpandedBeforeIsTheOneLoaded(@TempDir Path pluginsDir) throws IOException {
        Path zip = pluginsDir.resolve("vendor-plugin.zip");
        writeZip(zip, "plugin.id=old-build\nplugin.class=com.example.Missing\nplugin.version=1.0.0\nplugin.requires=>=1.0.0\n");
        try (PluginHost host = PluginHost.load(pluginsDir)) {
            assertThat(host.failures()).extracting(PluginFailure::source).containsExactly("old-build");
        }
        // The new build, copied in with a time older than the folder PF4J expanded the old one into.
        writeZip(zip, "plugin.id=new-build\nplugin.class=com.example.Missing\nplugin.version=1.0.1\nplugin.requires=>=1.0.0\n");
        Files.setLastModifiedTime(zip, FileTime.from(Instant.now().minusSeconds(86_400)));

        try (PluginHost host = PluginHost.load(pluginsDir)) {
            assertThat(host.failures()).extracting(PluginFailure::source).containsExactly("new-build");
        }
    }

    @Test
    void emptyOrMissingFolderLoadsNothingAndFailsNothing(@TempDir Path dir) {
        try (PluginHost host = PluginHost.load(dir.resolve("plugins"))) {
            assertThat(host.plugins()).isEmpty();
            assertThat(host.failures()).isEmpty();
        }
    }

    private static void writeZip(Path zip, String pluginProperties) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out)) {
            zipOut.putNextEntry(new ZipEntry("plugin.properties"));
            zipOut.write(pluginProperties.getBytes(StandardCharsets.UTF_8));
            zipOut.closeEntry();
        }
    }
}
