package net.mspbridge.integration.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;

import net.mspbridge.integration.kaspersky.ApplicationCatalog;
import net.mspbridge.integration.kaspersky.CustomerUsage;
import net.mspbridge.integration.kaspersky.DeviceCategory;
import net.mspbridge.integration.kaspersky.KasperskyCustomer;
import net.mspbridge.integration.settings.ApplicationServices;
import net.mspbridge.integration.settings.CompanyMapping;
import net.mspbridge.integration.settings.CompanyMappings;
import net.mspbridge.integration.settings.ServiceMappings;

/**
 * A reconciliation input at MSP scale, built directly as values: N customers, each billed to its own
 * contract, using all ten applications of the shipped catalog with "Bill devices by category" on,
 * mapped to {@value #SERVICES} services, so the plan has {@code N * 10} (contract, service) pairs.
 * About one pair in ten is not on its contract yet; the others have units near the usage in a row for
 * the effective date's month and one for the month after. Deterministic for a seed. Used by the JMH
 * benchmark of the reconciliation (profile {@code bench}) and checked by {@code ScaleInputTest}.
 */
final class ScaleInput {

    /** Services every contract is billed for. */
    static final int SERVICES = 10;
    static final LocalDate DATE = LocalDate.of(2026, 3, 1);
    private static final long FIRST_SERVICE = 500;

    private ScaleInput() {
    }

    /**
     * The applications and the service (offset from {@link #FIRST_SERVICE}) each of their categories
     * goes to; per-user applications have one service. Two Cloud editions share one service, as MSPs do.
     */
    private static final Map<String, Map<DeviceCategory, Integer>> DEVICE_SERVICES = new LinkedHashMap<>();
    private static final Map<String, Integer> USER_SERVICES = new LinkedHashMap<>();

    static {
        DEVICE_SERVICES.put("kes-windows", Map.of(DeviceCategory.WINDOWS_WORKSTATION, 0, DeviceCategory.WINDOWS_SERVER, 1));
        DEVICE_SERVICES.put("ksws", Map.of(DeviceCategory.WINDOWS_SERVER, 2));
        DEVICE_SERVICES.put("kes-linux", Map.of(DeviceCategory.NON_WINDOWS, 3));
        DEVICE_SERVICES.put("kes-mac", Map.of(DeviceCategory.NON_WINDOWS, 4));
        DEVICE_SERVICES.put("kes-mobile", Map.of(DeviceCategory.NON_WINDOWS, 5));
        DEVICE_SERVICES.put("ksv-la", Map.of(DeviceCategory.WINDOWS_WORKSTATION, 6));
        USER_SERVICES.put("kes-cloud", 7);
        USER_SERVICES.put("kes-cloud-plus", 8);
        USER_SERVICES.put("kes-cloud-pro", 8);
        USER_SERVICES.put("ks-o365", 9);
    }

    static ReconciliationInput build(int customers, long seed) {
        ApplicationCatalog catalog = ApplicationCatalog.load();
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, ApplicationServices> byApplication = new LinkedHashMap<>();
        DEVICE_SERVICES.forEach((app, categories) -> {
            Map<DeviceCategory, Long> perCategory = new EnumMap<>(DeviceCategory.class);
            categories.forEach((category, offset) -> perCategory.put(category, FIRST_SERVICE + offset));
            byApplication.put(app, new ApplicationServices(OptionalLong.empty(), perCategory));
        });
        USER_SERVICES.forEach((app, offset) -> byApplication.put(app,
                new ApplicationServices(OptionalLong.of(FIRST_SERVICE + offset), Map.of())));
        ServiceMappings services = new ServiceMappings(true, byApplication);

        Map<String, CompanyMapping> mappings = new LinkedHashMap<>();
        Map<String, CustomerUsage> usage = new HashMap<>();
        Map<Long, ContractFacts> contracts = new HashMap<>();
        Map<Long, String> companyNames = new HashMap<>();
        List<ContractServiceFacts> contractServices = new ArrayList<>();
        List<UnitsRow> units = new ArrayList<>();
        LocalDate monthEnd = DATE.plusMonths(1).minusDays(1);
        for (int i = 0; i < customers; i++) {
            String customerId = Integer.toString(10_000 + i);
            long companyId = 100_000 + i;
            long contractId = 2_000_000 + i;
            KasperskyCustomer customer = new KasperskyCustomer(customerId, "Customer " + i);
            mappings.put(customerId, new CompanyMapping(customerId, companyId, OptionalLong.of(contractId), true));
            contracts.put(contractId, new ContractFacts(contractId, companyId, "Managed Security " + i, true, true,
                    DATE.minusMonths(6), DATE.plusMonths(18)));
            companyNames.put(companyId, "Company " + i);
            CustomerUsage.Builder counts = CustomerUsage.builder(customer);
            int[] wanted = new int[SERVICES];
            DEVICE_SERVICES.forEach((app, categories) -> categories.forEach((category, offset) -> {
                int devices = 1 + random.nextInt(59);
                for (int d = 0; d < devices; d++) {
                    counts.addDevice(app, category);
                }
                wanted[offset] += devices;
            }));
            USER_SERVICES.forEach((app, offset) -> {
                int users = 1 + random.nextInt(39);
                counts.addUsers(app, users);
                wanted[offset] += users;
            });
            usage.put(customerId, counts.build());
            for (int s = 0; s < SERVICES; s++) {
                if (random.nextInt(10) == 0) {
                    continue; // Not on the contract yet.
                }
                long serviceId = FIRST_SERVICE + s;
                contractServices.add(new ContractServiceFacts(contractId, serviceId, Optional.empty()));
                int now = Math.max(0, wanted[s] + random.nextInt(7) - 3);
                units.add(new UnitsRow(contractId, serviceId, DATE, monthEnd, now));
                units.add(new UnitsRow(contractId, serviceId, monthEnd.plusDays(1), monthEnd.plusMonths(1), now));
            }
        }
        Map<Long, ServiceFacts> serviceFacts = new HashMap<>();
        for (int s = 0; s < SERVICES; s++) {
            long id = FIRST_SERVICE + s;
            serviceFacts.put(id, new ServiceFacts(id, "Service " + s, Optional.of(BigDecimal.valueOf(250 + s, 2))));
        }
        AutotaskSnapshot snapshot = new AutotaskSnapshot(contracts, Map.of(), contractServices, units, serviceFacts, companyNames, Map.of());
        return new ReconciliationInput(DATE, catalog, services, new CompanyMappings(mappings), usage, Map.of(), snapshot, Set.of(), false);
    }
}
