package net.mspbridge.integration.kaspersky.ksc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import net.mspbridge.api.host.Secret;
import net.mspbridge.api.settings.ActionResult;
import net.mspbridge.api.settings.ActionStep;
import net.mspbridge.api.settings.StepOutcome;

class ConnectionCheckTest {

    private FakeKsc ksc;

    @BeforeEach
    void startServer() {
        ksc = FakeKsc.start();
        ksc.addVirtualServer(12, "Contoso");
        ksc.addVirtualServer(15, "Fabrikam");
    }

    @AfterEach
    void stopServer() {
        ksc.close();
    }

    private static StepOutcome[] outcomes(ActionResult result) {
        return result.steps().stream().map(ActionStep::outcome).toArray(StepOutcome[]::new);
    }

    @Test
    void reportsEachStepAndSkipsTheScopeWhenNoneIsSet() {
        ActionResult result = SecurityCenter.testConnection(ksc.settings().build());

        assertThat(result.steps()).extracting(ActionStep::name)
                .containsExactly("Server reached", "Logged in", "Virtual servers", "Virtual server scope");
        assertThat(outcomes(result)).containsExactly(StepOutcome.SUCCESSFUL, StepOutcome.SUCCESSFUL,
                StepOutcome.SUCCESSFUL, StepOutcome.SKIPPED);
        assertThat(result.steps().get(0).detail()).contains("pinned certificate");
        assertThat(result.steps().get(2).detail()).isEqualTo("2 virtual server(s): Contoso, Fabrikam.");
        assertThat(result.outcome()).isEqualTo(StepOutcome.SUCCESSFUL);
    }

    @Test
    void findsTheConfiguredVirtualServerAndLogsInToIt() {
        ActionResult result = SecurityCenter.testConnection(ksc.settings().virtualServer("Fabrikam").build());

        assertThat(result.steps().get(3)).isEqualTo(
                ActionStep.successful("Virtual server scope", "Found 'Fabrikam' (id 15) and logged in to it."));
        assertThat(ksc.logins()).containsExactly("", "Fabrikam");
    }

    @Test
    void failsTheScopeStepForAnUnknownVirtualServer() {
        ActionResult result = SecurityCenter.testConnection(ksc.settings().virtualServer("Tailspin").build());

        assertThat(outcomes(result)).containsExactly(StepOutcome.SUCCESSFUL, StepOutcome.SUCCESSFUL,
                StepOutcome.SUCCESSFUL, StepOutcome.FAILED);
        assertThat(result.steps().get(3).detail()).contains("'Tailspin'", "Contoso, Fabrikam", "ksc.virtualServer");
    }

    @Test
    void failsTheLoginStepForWrongCredentialsAndSkipsTheRest() {
        KscSettings settings = KscSettings.builder(ksc.address(), "someone-else", Secret.of("x"))
                .pin(CertificatePin.of(ksc.certificate().certificate())).build();

        ActionResult result = SecurityCenter.testConnection(settings);

        assertThat(outcomes(result)).containsExactly(StepOutcome.SUCCESSFUL, StepOutcome.FAILED,
                StepOutcome.SKIPPED, StepOutcome.SKIPPED);
        assertThat(result.steps().get(1).detail()).contains("'someone-else'", "ksc.password");
        assertThat(result.steps().get(2).detail()).isEqualTo("Not tried: not logged in.");
    }

    @Test
    void failsTheFirstStepForAnUnreachableServerWithoutThrowing() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }

        ActionResult result = SecurityCenter.testConnection(
                KscSettings.builder("127.0.0.1:" + closedPort, "u", Secret.of("p")).build());

        assertThat(outcomes(result)).containsExactly(StepOutcome.FAILED, StepOutcome.SKIPPED, StepOutcome.SKIPPED,
                StepOutcome.SKIPPED);
        assertThat(result.steps().get(0).detail()).startsWith("Cannot reach Kaspersky Security Center");
    }

    @Test
    void failsTheFirstStepForAnUntrustedCertificate() {
        ActionResult result = SecurityCenter.testConnection(
                KscSettings.builder(ksc.address(), FakeKsc.USER, Secret.of(FakeKsc.PASSWORD)).build());

        assertThat(outcomes(result)[0]).isEqualTo(StepOutcome.FAILED);
        assertThat(result.steps().get(0).detail())
                .contains(CertificatePin.fingerprint(ksc.certificate().certificate()));
    }

    @Test
    void failsTheVirtualServersStepWhenTheUserMayNotListThem() {
        ksc.failOn("VServers.GetVServers", 1, () -> KscWire.pxgError(200, 1, "Access denied"));

        ActionResult result = SecurityCenter.testConnection(ksc.settings().virtualServer("Contoso").build());

        assertThat(outcomes(result)).containsExactly(StepOutcome.SUCCESSFUL, StepOutcome.SUCCESSFUL,
                StepOutcome.FAILED, StepOutcome.SKIPPED);
        assertThat(result.steps().get(2).detail()).contains("Access denied");
    }
}
