package net.mspbridge.host.sandbox.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.mspbridge.host.sandbox.ksc.KscDirectory;
import net.mspbridge.host.sandbox.ksc.KscDevice;
import net.mspbridge.host.sandbox.ksc.LicenseKey;
import net.mspbridge.host.sandbox.ksc.VServer;

class ScaleGeneratorTest {

    private static final ScaleSpec SPEC = new ScaleSpec(20, 2_003, 6, 42, LocalDate.of(2026, 3, 15));

    @Test
    void theSameSpecGivesTheSameData() {
        SandboxSeed a = ScaleGenerator.generate(SPEC);
        SandboxSeed b = ScaleGenerator.generate(SPEC);
        assertThat(a.autotask()).isEqualTo(b.autotask());
        assertThat(a.mapping()).isEqualTo(b.mapping());
        assertThat(a.ksc().host(1005, 7)).isEqualTo(b.ksc().host(1005, 7));
        assertThat(ScaleGenerator.generate(new ScaleSpec(20, 2_003, 6, 43, SPEC.today())).ksc().host(1005, 7))
                .isNotEqualTo(a.ksc().host(1005, 7));
    }

    @Test
    void hostsAreSpreadOverTheCustomersAndFoundByName() {
        KscDirectory ksc = ScaleGenerator.generate(SPEC).ksc();
        int total = 0;
        for (VServer vs : ksc.virtualServers()) {
            total += ksc.hostCount(vs.id());
        }
        assertThat(total).isEqualTo(2_003);
        KscDevice host = ksc.host(1019, 99);
        assertThat(ksc.hostByName(1019, host.hostname())).contains(host);
        assertThat(ksc.hostByName(1018, host.hostname())).isEmpty();
    }

    @Test
    void everyHostUsesOneOfItsServersKeysAndKeyHostsAddUp() {
        KscDirectory ksc = ScaleGenerator.generate(SPEC).ksc();
        long vs = 1003;
        int sum = 0;
        int reserve = 0;
        for (LicenseKey key : ksc.keys(vs)) {
            int n = 0;
            for (Iterator<KscDevice> it = ksc.keyHosts(vs, key.serial()); it.hasNext(); ) {
                KscDevice host = it.next();
                assertThat(host.uses(key.serial())).isTrue();
                if (key.serial().equals(host.licenseSerial())) {
                    sum++;
                } else {
                    reserve++;
                }
                n++;
            }
            assertThat(ksc.keyHostCount(vs, key.serial())).isEqualTo(n);
        }
        // Every host is listed once under its active key; some trial hosts also under their reserve key.
        assertThat(sum).isEqualTo(ksc.hostCount(vs));
        assertThat(reserve).isEqualTo((int) java.util.stream.IntStream.range(0, ksc.hostCount(vs))
                .filter(i -> ksc.host(vs, i).reserveSerial() != null).count());
        assertThat(ksc.keys(vs)).extracting(LicenseKey::keyType).contains(LicenseKey.TRIAL);
    }

    @Test
    void someTrialHostsHoldAReserveKeyAndSomeProductIdsComeInLowerCase() {
        KscDirectory ksc = ScaleGenerator.generate(SPEC).ksc();
        List<KscDevice> hosts = new java.util.ArrayList<>();
        for (var server : ksc.virtualServers()) {
            for (int i = 0; i < ksc.hostCount(server.id()); i++) {
                hosts.add(ksc.host(server.id(), i));
            }
        }

        assertThat(hosts).anyMatch(h -> h.reserveSerial() != null && h.licenseSerial().endsWith("TRIAL"));
        assertThat(hosts).anyMatch(h -> "kesl".equals(h.licensedProduct()));
    }

    @Test
    void theAutotaskSideHasAContractPerCustomerAndServicesPerApplicationAndCategory() {
        SandboxSeed seed = ScaleGenerator.generate(SPEC);
        assertThat(seed.autotask().contracts()).hasSize(20);
        assertThat(seed.mapping().customers()).hasSize(20).allMatch(CustomerLink::billable);
        assertThat(seed.mapping().services()).hasSize(7);
        assertThat(ExpectedUsage.compute(seed.ksc(), seed.mapping(), SPEC.today()).stream().mapToInt(ExpectedUnits::units).sum())
                .isGreaterThan(1_500).isLessThan(2_003);
    }

    @Test
    void aDailyCaseHasEveryMappedServiceOnItsContractAtTheUsageExceptTheChangedShare() {
        ScaleSpec daily = new ScaleSpec(20, 2_003, 6, 42, SPEC.today(), 10.0);
        SandboxSeed seed = ScaleGenerator.generate(daily);
        List<ExpectedUnits> expected = ExpectedUsage.compute(seed.ksc(), seed.mapping(), SPEC.today());
        java.util.Map<String, Integer> inForce = unitsInForce(seed);

        assertThat(inForce).hasSameSizeAs(expected);
        long changed = expected.stream()
                .filter(e -> inForce.get(e.contractId() + ":" + e.serviceId()) != e.units()).count();
        // 20 customers x 7 services = 140 pairs, about 10 % drawn: the seed gives 14 here.
        assertThat(expected).hasSize(140);
        assertThat(changed).isBetween(5L, 30L);
        assertThat(expected).allSatisfy(e -> assertThat(Math.abs(inForce.get(e.contractId() + ":" + e.serviceId()) - e.units()))
                .isLessThanOrEqualTo(3));
        assertThat(inForce.values()).allSatisfy(u -> assertThat(u).isNotNegative());
    }

    @Test
    void aDailyCaseAtNoneOrAllChangesNoneOrEveryPair() {
        for (double percent : new double[] {0, 100}) {
            SandboxSeed seed = ScaleGenerator.generate(new ScaleSpec(20, 2_003, 6, 42, SPEC.today(), percent));
            java.util.Map<String, Integer> inForce = unitsInForce(seed);
            List<ExpectedUnits> expected = ExpectedUsage.compute(seed.ksc(), seed.mapping(), SPEC.today());
            long changed = expected.stream()
                    .filter(e -> inForce.get(e.contractId() + ":" + e.serviceId()) != e.units()).count();
            assertThat(changed).as("%s %%", percent).isEqualTo(percent == 0 ? 0 : expected.size());
        }
    }

    @Test
    void aDailyShareOutsideZeroToHundredIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ScaleSpec(20, 2_003, 6, 42, SPEC.today(), 100.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 0 and 100 %");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ScaleSpec(20, 2_003, 6, 42, SPEC.today(), Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static java.util.Map<String, Integer> unitsInForce(SandboxSeed seed) {
        java.util.Map<Long, net.mspbridge.host.sandbox.autotask.AtContractService> byId = new java.util.HashMap<>();
        seed.autotask().contractServices().forEach(cs -> byId.put(cs.id(), cs));
        java.util.Map<String, Integer> units = new java.util.HashMap<>();
        seed.autotask().unitChanges().forEach(c -> {
            var cs = byId.get(c.contractServiceID());
            units.merge(cs.contractID() + ":" + cs.serviceID(), c.change(), Integer::sum);
        });
        return units;
    }
}
