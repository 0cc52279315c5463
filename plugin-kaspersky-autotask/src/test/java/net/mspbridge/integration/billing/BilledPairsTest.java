package net.mspbridge.integration.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import net.mspbridge.api.PluginException;
import net.mspbridge.integration.kaspersky.Solution;

class BilledPairsTest {

    @Test
    void pairsAreKeptOneKeyPerContractWithItsServicesInOrder() {
        MemoryStore store = new MemoryStore();

        BilledPairs.read(store, Solution.SECURITY_CENTER).update(store, List.of(new PairKey(7, 30), new PairKey(7, 4), new PairKey(8, 1)), List.of());

        assertThat(store.entries()).isEqualTo(Map.of("billing.billed.7", "4,30", "billing.billed.8", "1"));
        assertThat(BilledPairs.read(store, Solution.SECURITY_CENTER).pairs()).containsExactly(new PairKey(7, 4), new PairKey(7, 30), new PairKey(8, 1));
    }

    @Test
    void eachSolutionHasARecordOfItsOwn() {
        MemoryStore store = new MemoryStore();

        BilledPairs.read(store, Solution.BUSINESS_HUB).update(store, List.of(new PairKey(7, 4)), List.of());
        BilledPairs.read(store, Solution.SECURITY_CENTER).update(store, List.of(new PairKey(7, 9)), List.of());

        assertThat(store.entries()).isEqualTo(Map.of("billing.billed-kbh.7", "4", "billing.billed.7", "9"));
        assertThat(BilledPairs.read(store, Solution.SECURITY_CENTER).pairs()).containsExactly(new PairKey(7, 9));
        assertThat(BilledPairs.read(store, Solution.BUSINESS_HUB).pairs()).containsExactly(new PairKey(7, 4));
    }

    @Test
    void droppingTheLastServiceOfAContractRemovesItsKey() {
        MemoryStore store = new MemoryStore();
        BilledPairs.read(store, Solution.SECURITY_CENTER).update(store, List.of(new PairKey(7, 4), new PairKey(7, 30), new PairKey(8, 1)), List.of());

        BilledPairs.read(store, Solution.SECURITY_CENTER).update(store, List.of(), List.of(new PairKey(7, 30), new PairKey(8, 1)));

        assertThat(store.entries()).isEqualTo(Map.of("billing.billed.7", "4"));
    }

    @Test
    void nothingIsWrittenWhenNothingChanges() {
        MemoryStore store = new MemoryStore();
        BilledPairs record = BilledPairs.read(store, Solution.SECURITY_CENTER);
        record.update(store, List.of(new PairKey(7, 4)), List.of());

        record.update(store, List.of(new PairKey(7, 4)), List.of(new PairKey(9, 9)));

        assertThat(store.putAlls()).isEqualTo(1);
    }

    @Test
    void aDamagedEntryNamesItsKeyAndHowToRecover() {
        MemoryStore store = new MemoryStore();
        store.put("billing.billed.7", "4,thirty");

        assertThatThrownBy(() -> BilledPairs.read(store, Solution.SECURITY_CENTER)).isInstanceOf(PluginException.class)
                .hasMessageContaining("'billing.billed.7'").hasMessageContaining("Remove that key");
    }
}
