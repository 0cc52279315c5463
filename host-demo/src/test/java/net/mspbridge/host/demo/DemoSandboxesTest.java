package net.mspbridge.host.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.host.sandbox.SandboxConfig;
import net.mspbridge.host.sandbox.Sandboxes;
import net.mspbridge.host.sandbox.autotask.FaultOptions;

class DemoSandboxesTest {

    @TempDir
    Path dataDir;

    @Test
    void oneProcessRunsTheSandboxesOfADataFolderAndTheyKeepTheirPortsAcrossRestarts() {
        int autotaskPort;
        int kscPort;
        try (DemoSandboxes first = DemoSandboxes.startIfFree(dataDir, 0, FaultOptions.none()).orElseThrow()) {
            autotaskPort = first.sandboxes().autotask().port();
            kscPort = first.sandboxes().ksc().port();

            assertThat(DemoSandboxes.startIfFree(dataDir, 0, FaultOptions.none())).isEmpty();
        }
        try (DemoSandboxes again = DemoSandboxes.startIfFree(dataDir, 0, FaultOptions.none()).orElseThrow()) {
            assertThat(again.sandboxes().autotask().port()).isEqualTo(autotaskPort);
            assertThat(again.sandboxes().ksc().port()).isEqualTo(kscPort);
        }
    }

    @Test
    void aPortTakenBetweenChoosingAndBindingMovesTheSandboxesToFreePortsInsteadOfFailing() throws Exception {
        int recordedKsc;
        try (DemoSandboxes first = DemoSandboxes.startIfFree(dataDir, 0, FaultOptions.none()).orElseThrow()) {
            recordedKsc = first.sandboxes().ksc().port();
        }
        List<ServerSocket> taken = new ArrayList<>();
        // Another process binds the recorded KSC port just before the sandboxes do: the race a check
        // ahead of the bind could not see.
        Function<SandboxConfig, Sandboxes> otherProcessFirst = config -> {
            if (config.kscPort() == recordedKsc) {
                try {
                    taken.add(new ServerSocket(recordedKsc, 1, InetAddress.getByName("127.0.0.1")));
                } catch (IOException alreadyTaken) {
                    // Taken by someone else already: the same situation.
                }
            }
            return Sandboxes.start(config);
        };
        try (DemoSandboxes moved = DemoSandboxes.startIfFree(dataDir, 0, FaultOptions.none(), otherProcessFirst).orElseThrow()) {
            assertThat(moved.sandboxes().ksc().port()).isNotEqualTo(recordedKsc);
            assertThat(Files.readString(Sandboxes.stateDir(dataDir).resolve("ports.properties")))
                    .contains("ksc=" + moved.sandboxes().ksc().port());
        } finally {
            for (ServerSocket socket : taken) {
                socket.close();
            }
        }
        assertThat(taken).as("the recorded port was tried first").hasSize(1);
    }

    @Test
    void firstUseGetsTheWholeDemoSetupAndLaterStartsLeaveItAlone() {
        try (DemoSandboxes demo = DemoSandboxes.startIfFree(dataDir, 0, FaultOptions.none()).orElseThrow()) {
            SettingsValues stored = demo.settingsToStore(Optional.empty()).orElseThrow();

            assertThat(stored.text("autotask.baseUrl")).isEqualTo(demo.sandboxes().autotask().baseUrl().toString());
            assertThat(stored.table("companies.mapping").rowIds()).isNotEmpty();
            assertThat(stored.table("services.mapping").rowIds()).contains("kes-windows");
            assertThat(demo.settingsToStore(Optional.of(stored))).isEmpty();
        }
    }

    @Test
    void settingsPointingAtTheSandboxesOnOldPortsAreRepointedAndNothingElseChanges() {
        try (DemoSandboxes demo = DemoSandboxes.startIfFree(dataDir, 0, FaultOptions.none()).orElseThrow()) {
            SettingsValues moved = demo.settingsToStore(Optional.empty()).orElseThrow()
                    .with("autotask.baseUrl", "http://127.0.0.1:1/ATServicesRest/")
                    .with("ksc.address", "127.0.0.1:2")
                    .with("services.byCategory", "false");

            SettingsValues repointed = demo.settingsToStore(Optional.of(moved)).orElseThrow();

            assertThat(repointed.text("autotask.baseUrl")).isEqualTo(demo.sandboxes().autotask().baseUrl().toString());
            assertThat(repointed.text("ksc.address")).isEqualTo(demo.sandboxes().ksc().address());
            assertThat(repointed.text("services.byCategory")).isEqualTo("false");
        }
    }

    @Test
    void settingsAPersonPointedAtRealServicesAreNeverTouched() {
        try (DemoSandboxes demo = DemoSandboxes.startIfFree(dataDir, 0, FaultOptions.none()).orElseThrow()) {
            SettingsValues real = demo.settingsToStore(Optional.empty()).orElseThrow()
                    .with("autotask.username", "api@msp.example")
                    .with("autotask.baseUrl", "")
                    .with("ksc.address", "ksc.msp.example:13299");

            assertThat(demo.settingsToStore(Optional.of(real))).isEmpty();
        }
    }
}
