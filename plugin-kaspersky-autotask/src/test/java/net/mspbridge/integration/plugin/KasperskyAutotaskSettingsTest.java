package net.mspbridge.integration.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import com.google.inject.Guice;
import org.junit.jupiter.api.Test;

import net.mspbridge.api.HostContext;
import net.mspbridge.api.host.PluginStore;
import net.mspbridge.api.host.Secrets;
import net.mspbridge.api.settings.PanelDefinition;
import net.mspbridge.api.settings.SettingsValues;

class KasperskyAutotaskSettingsTest {

    @Test
    void thePluginsWiringGivesTheExtensionTheSettingsPanels() {
        KasperskyAutotaskSettings extension = Guice.createInjector(new IntegrationModule())
                .getInstance(KasperskyAutotaskSettings.class);
        HostContext context = new HostContext(SettingsValues.empty(), Secrets.none(), Clock.systemUTC(),
                new UnusedStore(), Optional.empty());

        assertThat(extension.panels(context)).extracting(PanelDefinition::id)
                .containsExactly("connection", "companies", "services", "billing");
    }

    /** The settings panels keep nothing between calls: any use of the store fails the test. */
    private static final class UnusedStore implements PluginStore {
        @Override
        public Optional<String> get(String key) {
            throw new AssertionError("store read: " + key);
        }

        @Override
        public void put(String key, String value) {
            throw new AssertionError("store write: " + key);
        }

        @Override
        public void putAll(Map<String, String> entries) {
            throw new AssertionError("store write: " + entries.keySet());
        }

        @Override
        public void remove(String key) {
            throw new AssertionError("store remove: " + key);
        }

        @Override
        public boolean compareAndSet(String key, Optional<String> expected, Optional<String> update) {
            throw new AssertionError("store write: " + key);
        }

        @Override
        public Map<String, String> list(String prefix) {
            throw new AssertionError("store list: " + prefix);
        }
    }
}
