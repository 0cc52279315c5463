package net.mspbridge.host.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import net.mspbridge.host.sandbox.autotask.FaultKind;
import net.mspbridge.host.sandbox.autotask.FaultOptions;

class FaultSpecTest {

    @Test
    void readsTheShareOfEachFaultByItsShortName() {
        FaultOptions faults = FaultSpec.parse("429=0.1, lost=0.05,500=0,timeout-after-commit=0.5,500-after-commit=0.2");

        assertThat(faults.shares()).containsEntry(FaultKind.TOO_MANY_REQUESTS, 0.1)
                .containsEntry(FaultKind.ANSWER_LOST, 0.05)
                .containsEntry(FaultKind.SERVER_ERROR, 0.0)
                .containsEntry(FaultKind.TIMEOUT_AFTER_COMMIT, 0.5)
                .containsEntry(FaultKind.SERVER_ERROR_AFTER_COMMIT, 0.2);
    }

    @Test
    void nothingMeansNoFaults() {
        assertThat(FaultSpec.parse("").active()).isFalse();
        assertThat(FaultSpec.parse(null).active()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"404=0.1", "lost", "lost=often", "429=1.5", "429=-0.1", "429=0.6,500=0.6"})
    void refusesWhatItCannotReadAndSaysWhatToWrite(String spec) {
        assertThatThrownBy(() -> FaultSpec.parse(spec))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("--sandbox-faults: ");
    }
}
