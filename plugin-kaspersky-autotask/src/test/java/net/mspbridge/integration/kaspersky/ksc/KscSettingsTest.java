package net.mspbridge.integration.kaspersky.ksc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import net.mspbridge.api.ConfigurationException;
import net.mspbridge.api.host.Secret;

class KscSettingsTest {

    @Nested
    class Address {

        @ParameterizedTest(name = "{0}")
        @CsvSource(textBlock = """
                ksc.example.com,                     https://ksc.example.com:13299/
                ksc.example.com:8443,                https://ksc.example.com:8443/
                https://ksc.example.com,             https://ksc.example.com:13299/
                HTTPS://ksc.example.com:13299/,      https://ksc.example.com:13299/
                10.0.0.5,                            https://10.0.0.5:13299/
                [::1]:13299,                         https://[::1]:13299/
                https://proxy.example.com/ksc,       https://proxy.example.com:13299/ksc/
                """)
        void isReadAsAnHttpsBaseUrlWithTheDefaultPort(String address, String baseUrl) {
            assertThat(KscSettings.parseAddress(address)).hasToString(baseUrl);
        }

        @Test
        void overHttpIsRefusedSayingTheApiIsHttpsOnly() {
            assertThatThrownBy(() -> KscSettings.parseAddress("http://ksc.example.com:13299"))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("ksc.address")
                    .hasMessageContaining("https only");
        }

        @Test
        void withAnotherSchemeOrAQueryIsRefused() {
            assertThatThrownBy(() -> KscSettings.parseAddress("ftp://ksc")).isInstanceOf(ConfigurationException.class);
            assertThatThrownBy(() -> KscSettings.parseAddress("ksc.example.com/?a=b"))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("'?'");
            assertThatThrownBy(() -> KscSettings.parseAddress("ksc example com"))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("Example: ksc.example.com");
        }
    }

    @Nested
    class Password {

        @Test
        void neverShowsThePassword() {
            KscSettings settings = KscSettings.builder("ksc", "billing", Secret.of("hunter2")).build();

            assertThat(settings.toString()).doesNotContain("hunter2").contains("******");
        }
    }

    @Test
    void refusesAChunkSizeOutOfRange() {
        KscSettings.Builder builder = KscSettings.builder("ksc", "u", Secret.of("p"));

        assertThatThrownBy(() -> builder.chunkSize(0).build()).hasMessageContaining("chunkSize");
        assertThatThrownBy(() -> builder.chunkSize(KscSettings.MAX_CHUNK_SIZE + 1).build())
                .hasMessageContaining("chunkSize");
    }

    @Test
    void refusesAParallelismOutOfRangeSayingWhatItMeans() {
        KscSettings.Builder builder = KscSettings.builder("ksc", "u", Secret.of("p"));

        assertThatThrownBy(() -> builder.parallelVirtualServers(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parallelVirtualServers must be 1..16")
                .hasMessageContaining("virtual servers read at once");
        assertThatThrownBy(() -> builder.parallelVirtualServers(KscSettings.MAX_PARALLEL_VIRTUAL_SERVERS + 1).build())
                .hasMessageContaining("parallelVirtualServers");
        assertThat(builder.parallelVirtualServers(1).build().parallelVirtualServers()).isEqualTo(1);
    }
}
