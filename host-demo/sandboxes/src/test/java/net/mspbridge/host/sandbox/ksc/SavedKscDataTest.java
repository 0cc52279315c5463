package net.mspbridge.host.sandbox.ksc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.mspbridge.host.sandbox.SandboxStore;

/** A {@code ksc.json} saved before keys and hosts carried the billing rules' fields still bills as before. */
class SavedKscDataTest {

    @TempDir
    Path dir;

    @Test
    void aKeyAndAHostSavedWithoutTheNewFieldsAreAnAddedKeyAndAHostWithoutReserveOrExpiry() throws IOException {
        Files.writeString(dir.resolve(SandboxStore.KSC), """
                {"virtualServers":[{"id":12,"name":"Contoso","groupId":0,"enabled":true}],
                 "hosts":{"12":[{"hostname":"h1","displayName":"WS1","groupId":0,"osName":"Microsoft Windows 11 Pro",
                   "server":false,"computerType":1,"platformType":1,"products":[],"licenseSerial":"K1","licensedProduct":"KES"}]},
                 "keys":{"12":[{"serial":"K1","keyType":6,"limitDate":"2030-01-01T00:00:00Z","licenseCount":5,
                   "productName":"Kaspersky Endpoint Security for Windows","productId":"KES"}]}}
                """);

        KscData data = new SandboxStore(dir).ksc().orElseThrow();

        LicenseKey key = data.keys(12).get(0);
        assertThat(key.installed()).isTrue();
        assertThat(key.billableAt(LocalDate.of(2026, 6, 15).atStartOfDay().toInstant(java.time.ZoneOffset.UTC))).isTrue();
        KscDevice host = data.host(12, 0);
        assertThat(host.reserveSerial()).isNull();
        assertThat(host.expiresOnHost()).isNull();
        assertThat(Instant.parse("2030-01-01T00:00:00Z")).isEqualTo(key.limitDate());
    }
}
