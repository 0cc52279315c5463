package net.mspbridge.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContractVersionTest {

    @Test
    void javaConstantMatchesTheVersionTheBuildStampsIntoPlugins() {
        // The parent pom's property feeds every plugin's Plugin-Requires; the constant feeds hosts.
        assertThat(System.getProperty("plugin-api.contract.version")).isEqualTo(PluginApi.CONTRACT_VERSION);
    }
}
