package net.mspbridge.host.sandbox.autotask;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import net.mspbridge.host.sandbox.SandboxStore;

/**
 * The sandbox's services carry Autotask's own {@code periodType} numbers (2 Monthly to 5 Yearly), also
 * when read from a state saved while it used its own 1 to 4: a yearly service stays yearly.
 */
class SavedPeriodTypesTest {

    @TempDir
    Path dir;

    @Test
    void aStateSavedWithTheSandboxsOldNumbersReadsWithAutotasksOwn() throws Exception {
        SandboxStore store = new SandboxStore(dir);
        store.saveAutotask(TestSeed.data(0));
        Path file = dir.resolve(SandboxStore.AUTOTASK);
        ObjectMapper json = new ObjectMapper();
        ObjectNode saved = (ObjectNode) json.readTree(file.toFile());
        saved.remove("autotaskPeriodTypes");
        saved.withArray("services").forEach(s -> ((ObjectNode) s).put("periodType", s.get("periodType").asInt() - 1));
        Files.writeString(file, json.writeValueAsString(saved));

        AutotaskData read = store.autotask().orElseThrow();

        assertThat(read.services()).filteredOn(s -> s.id() == TestSeed.LEGACY).singleElement()
                .satisfies(s -> assertThat(s.periodType()).isEqualTo(PicklistValues.PERIOD_YEARLY).isEqualTo(5));
        assertThat(read.services()).filteredOn(s -> s.id() == TestSeed.EDR).singleElement()
                .satisfies(s -> assertThat(s.periodType()).isEqualTo(PicklistValues.PERIOD_MONTHLY).isEqualTo(2));
    }

    @Test
    void aStateSavedWithAutotasksNumbersKeepsThem() {
        SandboxStore store = new SandboxStore(dir);
        store.saveAutotask(TestSeed.data(0));

        AutotaskData read = store.autotask().orElseThrow();

        assertThat(read.services()).extracting(AtService::periodType)
                .containsExactlyElementsOf(TestSeed.data(0).services().stream().map(AtService::periodType).toList());
        assertThat(PicklistValues.PERIOD_TYPES).containsEntry(5, "Yearly").containsEntry(2, "Monthly");
    }
}
