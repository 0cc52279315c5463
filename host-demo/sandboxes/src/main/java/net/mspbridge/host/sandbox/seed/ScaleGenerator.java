package net.mspbridge.host.sandbox.seed;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import net.mspbridge.host.sandbox.autotask.AtCompany;
import net.mspbridge.host.sandbox.autotask.AtContract;
import net.mspbridge.host.sandbox.autotask.AtContractService;
import net.mspbridge.host.sandbox.autotask.AtService;
import net.mspbridge.host.sandbox.autotask.AtUnitChange;
import net.mspbridge.host.sandbox.autotask.AutotaskData;
import net.mspbridge.host.sandbox.autotask.PicklistValues;

/**
 * Deterministic sandbox data at MSP scale for the benchmark, in memory only: N customers, each a
 * KSC virtual server with its share of the hosts, an Autotask company and an active Recurring Service
 * contract that already carries most mapped services at units near (not at) the usage, so a billing
 * run has positive, negative and zero changes to make; or, for a daily case
 * ({@link ScaleSpec#daily()}), the day after a complete bill: every mapped service on its contract at
 * the usage ({@link ExpectedUsage}, the sandbox's own oracle) except a small random share of the pairs.
 * Hosts are computed on demand ({@link GeneratedDirectory}), so memory stays flat however many there are.
 */
public final class ScaleGenerator {

    private static final Map<String, String> APPLICATION_OF_PRODUCT = new LinkedHashMap<>();

    static {
        APPLICATION_OF_PRODUCT.put("KES", "kes-windows");
        APPLICATION_OF_PRODUCT.put("WSEE", "ksws");
        APPLICATION_OF_PRODUCT.put("KESL", "kes-linux");
        APPLICATION_OF_PRODUCT.put("KESMAC", "kes-mac");
        APPLICATION_OF_PRODUCT.put("KESMOB", "kes-mobile");
        APPLICATION_OF_PRODUCT.put("KSVLA", "ksv-la");
    }

    private ScaleGenerator() {
    }

    public static SandboxSeed generate(ScaleSpec spec) {
        GeneratedDirectory directory = new GeneratedDirectory(spec);
        List<ServiceLink> links = new ArrayList<>();
        List<AtService> services = new ArrayList<>();
        long serviceId = 800_001;
        for (int p = 0; p < spec.applications(); p++) {
            String product = GeneratedDirectory.PRODUCTS[p];
            String application = APPLICATION_OF_PRODUCT.get(product);
            for (String category : categories(product)) {
                String name = "Scale " + application + " " + category;
                services.add(new AtService(serviceId, name, null, name, true, PicklistValues.PERIOD_MONTHLY,
                        BigDecimal.valueOf(200 + p * 100 + category.length(), 2), BigDecimal.ONE, null, null));
                links.add(new ServiceLink(application, category, serviceId, name));
                serviceId++;
            }
        }
        List<AtCompany> companies = new ArrayList<>();
        List<AtContract> contracts = new ArrayList<>();
        List<AtContractService> contractServices = new ArrayList<>();
        List<AtUnitChange> units = new ArrayList<>();
        List<CustomerLink> customers = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(spec.seed());
        var start = spec.today().withDayOfMonth(1).minusMonths(6);
        long csId = 3_000_001;
        for (int i = 0; i < spec.customers(); i++) {
            long companyId = 100_000 + i;
            long contractId = 2_000_000 + i;
            String name = GeneratedDirectory.name(i) + " Ltd.";
            companies.add(new AtCompany(companyId, name, "S" + i, PicklistValues.COMPANY_TYPE_CUSTOMER, true, "555-0000", "Scale City", null, start));
            contracts.add(new AtContract(contractId, companyId, name + " - Managed Security", "SC-" + i,
                    PicklistValues.CONTRACT_TYPE_RECURRING_SERVICE, PicklistValues.STATUS_ACTIVE, start, start.plusYears(2).minusDays(1),
                    PicklistValues.CONTRACT_PERIOD_MONTHLY, true));
            customers.add(new CustomerLink(String.valueOf(GeneratedDirectory.FIRST_VS + i), GeneratedDirectory.name(i), companyId, name,
                    contractId, name + " - Managed Security", true, "generated"));
        }
        DemoMapping mapping = new DemoMapping(customers, links, true);
        Map<String, Integer> usage = spec.daily() ? usage(directory, mapping, spec) : Map.of();
        for (int i = 0; i < spec.customers(); i++) {
            long contractId = 2_000_000 + i;
            int perService = Math.max(1, directory.hostCount(GeneratedDirectory.FIRST_VS + i) / Math.max(1, services.size()));
            for (AtService service : services) {
                int count;
                if (spec.daily()) {
                    int used = usage.getOrDefault(contractId + ":" + service.id(), 0);
                    count = random.nextDouble() * 100 < spec.dailyChangePercent() ? changed(used, random) : used;
                } else if (random.nextInt(10) == 0) {
                    continue; // Not on the contract yet: billing's adjustment adds it.
                } else {
                    count = random.nextInt(perService * 2 + 1);
                }
                contractServices.add(new AtContractService(csId, contractId, service.id(), service.unitPrice(), service.unitCost(), service.name()));
                units.add(new AtUnitChange(csId, start, count, null));
                csId++;
            }
        }
        AutotaskData autotask = AutotaskData.seed(companies, services, contracts, contractServices, units);
        return new SandboxSeed(autotask, directory, mapping);
    }

    /** The units each mapped (contract, service) pair bills on the case's day, keyed "contract:service". */
    private static Map<String, Integer> usage(GeneratedDirectory directory, DemoMapping mapping, ScaleSpec spec) {
        Map<String, Integer> usage = new HashMap<>();
        for (ExpectedUnits e : ExpectedUsage.compute(directory, mapping, spec.today())) {
            usage.put(e.contractId() + ":" + e.serviceId(), e.units());
        }
        return usage;
    }

    /** Units off the usage by 1 to 3, never below zero. */
    private static int changed(int used, SplittableRandom random) {
        int by = 1 + random.nextInt(3);
        return used >= by && random.nextBoolean() ? used - by : used + by;
    }

    private static List<String> categories(String product) {
        return switch (product) {
            case "KES" -> List.of("windowsWorkstations", "windowsServers");
            case "WSEE" -> List.of("windowsServers");
            case "KSVLA" -> List.of("windowsWorkstations");
            default -> List.of("nonWindows");
        };
    }
}
