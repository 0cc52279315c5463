package net.mspbridge.integration.kaspersky;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import net.mspbridge.api.host.PluginStore;

class LastUsageTest {

    private final PluginStore store = PluginStore.inMemory();

    @Test
    void theSumOverCustomersIsKeptPerSolutionAndReadBack() {
        KasperskyCustomer a = new KasperskyCustomer("1", "A");
        KasperskyCustomer b = new KasperskyCustomer("2", "B");
        LastUsage usage = LastUsage.of(LocalDate.of(2026, 6, 1), List.of(
                new CustomerUsage(a, Map.of("kes-windows", new UsageCounts(3, 1, 0, 0))),
                new CustomerUsage(b, Map.of("kes-windows", new UsageCounts(2, 0, 0, 0),
                        "kes-linux", new UsageCounts(0, 0, 4, 0)))));

        usage.save(store, Solution.SECURITY_CENTER);

        LastUsage read = LastUsage.read(store, Solution.SECURITY_CENTER).orElseThrow();
        assertThat(read.date()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(read.of("kes-windows")).isEqualTo(new UsageCounts(5, 1, 0, 0));
        assertThat(read.of("kes-linux")).isEqualTo(new UsageCounts(0, 0, 4, 0));
        assertThat(read.of("ksws")).isEqualTo(UsageCounts.NONE);
        assertThat(LastUsage.read(store, Solution.BUSINESS_HUB)).isEmpty();
    }

    @Test
    void aDamagedEntryReadsAsUnknown() {
        store.put("usage.last.SECURITY_CENTER", "yesterday\nkes-windows=1,2");

        assertThat(LastUsage.read(store, Solution.SECURITY_CENTER)).isEmpty();
    }
}
