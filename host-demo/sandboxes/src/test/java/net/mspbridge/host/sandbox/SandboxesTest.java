package net.mspbridge.host.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.mspbridge.host.sandbox.autotask.AutotaskCredentials;
import net.mspbridge.host.sandbox.seed.DemoData;
import net.mspbridge.host.sandbox.seed.ScaleGenerator;
import net.mspbridge.host.sandbox.seed.ScaleSpec;

class SandboxesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    static Sandboxes start(Path dataDir) {
        return Sandboxes.start(SandboxConfig.builder().dataDir(dataDir).clock(CLOCK).build());
    }

    /** Posts an adjustment with the sandbox's own credentials; returns the status. */
    static int adjust(Sandboxes sandboxes, long contract, long service, int change) throws IOException, InterruptedException {
        AutotaskCredentials c = sandboxes.autotask().credentials();
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandboxes.autotask().baseUrl() + "V1.0/ContractServiceAdjustments"))
                .timeout(Duration.ofSeconds(10))
                .header("ApiIntegrationCode", c.integrationCode()).header("UserName", c.userName()).header("Secret", c.secret().reveal())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"contractID\":" + contract + ",\"serviceID\":" + service
                        + ",\"effectiveDate\":\"" + TODAY + "T00:00:00.000Z\",\"unitChange\":" + change + "}"))
                .build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void theFirstStartSeedsTheDemoDataAndSavesItsStateInTheDataFolder() throws IOException {
        try (Sandboxes sandboxes = start(dataDir)) {
            Path dir = Sandboxes.stateDir(dataDir);
            assertThat(dir.resolve("autotask.json")).exists();
            assertThat(dir.resolve("ksc.json")).exists();
            assertThat(dir.resolve("mapping.json")).exists();
            assertThat(dir.resolve("ksc-tls/certificate.pem")).exists();
            assertThat(Files.getPosixFilePermissions(dir.resolve("credentials.json")))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            assertThat(Files.getPosixFilePermissions(dir.resolve("ksc-tls/private-key.pem")))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            assertThat(Files.readString(dir.resolve("autotask.json"))).contains("Contoso Ltd.")
                    .doesNotContain(sandboxes.autotask().credentials().secret().reveal());
            assertThat(sandboxes.autotask().baseUrl().toString()).startsWith("http://127.0.0.1:").endsWith("/ATServicesRest/");
            assertThat(sandboxes.ksc().baseUrl().toString()).startsWith("https://127.0.0.1:").endsWith("/api/v1.0/");
            assertThat(sandboxes.mapping()).isEqualTo(DemoData.mapping());
        }
    }

    @Test
    void stateCredentialsAndCertificateSurviveARestart() throws Exception {
        String fingerprint;
        AutotaskCredentials credentials;
        try (Sandboxes first = start(dataDir)) {
            assertThat(adjust(first, DemoData.CONTOSO_CONTRACT, DemoData.EDR_WORKSTATION, -3)).isEqualTo(200);
            fingerprint = first.ksc().certificateFingerprintSha256();
            credentials = first.autotask().credentials();
        }
        try (Sandboxes second = start(dataDir)) {
            assertThat(second.autotask().adjustments()).singleElement().satisfies(a -> assertThat(a.unitChange()).isEqualTo(-3));
            assertThat(second.autotask().unitsInForce(DemoData.CONTOSO_CONTRACT, DemoData.EDR_WORKSTATION, TODAY)).isEqualTo(22 - 3);
            assertThat(second.ksc().certificateFingerprintSha256()).isEqualTo(fingerprint);
            assertThat(second.ksc().certificatePem()).contains("BEGIN CERTIFICATE");
            assertThat(second.autotask().credentials()).isEqualTo(credentials);
            assertThat(second.kscDirectory()).isEqualTo(DemoData.build(TODAY).ksc());
            // The adjustment got a new id after the restart, above the first one.
            assertThat(adjust(second, DemoData.CONTOSO_CONTRACT, DemoData.EDR_WORKSTATION, 1)).isEqualTo(200);
            assertThat(second.autotask().adjustments()).extracting(a -> a.id()).doesNotHaveDuplicates().isSorted();
        }
    }

    @Test
    void aRefusedAdjustmentIsNotSaved() throws Exception {
        try (Sandboxes sandboxes = start(dataDir)) {
            String before = Files.readString(Sandboxes.stateDir(dataDir).resolve("autotask.json"));
            assertThat(adjust(sandboxes, DemoData.LITWARE_CONTRACT, DemoData.EDR_WORKSTATION, 1)).isEqualTo(500);
            assertThat(Files.readString(Sandboxes.stateDir(dataDir).resolve("autotask.json"))).isEqualTo(before);
        }
    }

    @Test
    void aDamagedStateFileIsReportedWithWhatToDo() throws IOException {
        Files.createDirectories(Sandboxes.stateDir(dataDir));
        Files.writeString(Sandboxes.stateDir(dataDir).resolve("autotask.json"), "{ not json");
        assertThatThrownBy(() -> start(dataDir))
                .isInstanceOf(SandboxStateException.class)
                .hasMessageContaining("autotask.json").hasMessageContaining("delete the sandbox folder");
    }

    @Test
    void inMemorySandboxesWriteNothingAndExposeTheirExpectedUnits() {
        try (Sandboxes sandboxes = Sandboxes.start(SandboxConfig.builder().clock(CLOCK).build())) {
            assertThat(sandboxes.expectedUnits(TODAY)).isNotEmpty();
            assertThat(sandboxes.view(TODAY).contracts()).isNotEmpty();
        }
        assertThat(dataDir).isEmptyDirectory();
    }

    @Test
    void generatedScaleDataCannotBeSavedToADataFolder() {
        SandboxConfig config = SandboxConfig.builder().dataDir(dataDir).clock(CLOCK)
                .seed(ScaleGenerator.generate(new ScaleSpec(3, 30, 2, 1, TODAY))).build();
        assertThatThrownBy(() -> Sandboxes.start(config)).isInstanceOf(SandboxException.class).hasMessageContaining("without one");
    }
}
