package net.mspbridge.host.sandbox.autotask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import net.mspbridge.host.sandbox.SandboxStore;

/** Issue 16: the sandbox's companies are billed in a currency, also in a state saved before it had them. */
class SavedCurrenciesTest {

    @TempDir
    Path dir;

    @Test
    void aStateSavedBeforeCurrenciesReadsWithTheStandardOnesAndItsCompaniesInDollars() throws Exception {
        SandboxStore store = new SandboxStore(dir);
        store.saveAutotask(TestSeed.data(0));
        Path file = dir.resolve(SandboxStore.AUTOTASK);
        ObjectMapper json = new ObjectMapper();
        ObjectNode saved = (ObjectNode) json.readTree(file.toFile());
        saved.remove("currencies");
        saved.withArray("companies").forEach(c -> ((ObjectNode) c).remove("currencyID"));
        Files.writeString(file, json.writeValueAsString(saved));

        AutotaskData read = store.autotask().orElseThrow();

        assertThat(read.currencies()).isEqualTo(AtCurrency.STANDARD);
        assertThat(read.companies()).allSatisfy(c -> assertThat(c.currencyID()).isEqualTo(AtCurrency.USD));
    }

    @Test
    void aStateSavedWithCurrenciesKeepsACompanyWithoutOne() {
        SandboxStore store = new SandboxStore(dir);
        AutotaskData data = TestSeed.data(0);
        AutotaskData none = new AutotaskData(data.companies().stream()
                .map(c -> c.id() == TestSeed.CONTOSO ? c.inCurrency(null) : c).toList(), data.services(), data.contracts(),
                data.contractServices(), data.unitChanges(), data.adjustments(), data.nextContractServiceId(),
                data.nextAdjustmentId(), data.currencies());
        store.saveAutotask(none);

        AutotaskData read = store.autotask().orElseThrow();

        assertThat(read.companies()).filteredOn(c -> c.id() == TestSeed.CONTOSO).singleElement()
                .satisfies(c -> assertThat(c.currencyID()).isNull());
        assertThat(read.companies()).filteredOn(c -> c.id() == TestSeed.FABRIKAM).singleElement()
                .satisfies(c -> assertThat(c.currencyID()).isEqualTo(AtCurrency.EUR));
    }

    @Test
    void aCompanyNamingACurrencyThatDoesNotExistIsRefused() {
        AutotaskData data = TestSeed.data(0);

        assertThatThrownBy(() -> new AutotaskData(data.companies().stream().map(c -> c.inCurrency(99L)).toList(),
                data.services(), data.contracts(), data.contractServices(), data.unitChanges(), data.adjustments(),
                data.nextContractServiceId(), data.nextAdjustmentId(), data.currencies()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names currency 99, which does not exist");
    }
}
