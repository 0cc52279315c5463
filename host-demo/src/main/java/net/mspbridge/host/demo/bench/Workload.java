package net.mspbridge.host.demo.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import net.mspbridge.host.sandbox.Sandboxes;
import net.mspbridge.host.sandbox.autotask.AtContractService;
import net.mspbridge.host.sandbox.autotask.AtUnitChange;
import net.mspbridge.host.sandbox.autotask.AutotaskData;
import net.mspbridge.host.sandbox.seed.CustomerLink;
import net.mspbridge.host.sandbox.seed.ExpectedUnits;
import net.mspbridge.host.sandbox.seed.ServiceLink;

/**
 * What a correct billing run on fresh sandbox data has to do, worked out from the sandbox's own side
 * (its data, its count endpoint, its oracle of expected units) and never from the plugin: the changes
 * to make, the rows to read, and from those the fewest Autotask calls that can do it.
 *
 * <h2>The minimum</h2>
 * {@code creates + sum over the six reads of max(ceil(ids / 500), ceil(rows / 500)) + 3}: one create
 * per (contract, service) whose units must change; each read needs at least one page per 500 rows it
 * returns and one query per 500 ids it asks for (the longest {@code in} list a query carries). The
 * reads are the contracts, their contract services, their unit rows from the effective date on, the
 * mapped services, the companies (for the report's names and currencies) and the currencies those
 * companies are billed in (one page: a database has a handful). The constant 3 is what any correct
 * run needs once whatever its size: one ThresholdInformation reading (without it a run cannot know its
 * API budget) and the two picklists it must read rather than hard-code (contract type and status from
 * {@code Contracts/entityInformation/fields}, period type from {@code Services/entityInformation/fields}).
 *
 * @param expected           the units each mapped (contract, service) must have after the run
 * @param changes            how many of them differ from the units in force now: the creates needed
 * @param readIds            ids asked for, per read (entity path)
 * @param readRows           rows returned, per read
 * @param kscKeysWithHosts   per mapped virtual server id, its licence keys that some host uses (as its
 *                           active or its reserve key): the keys whose hosts a run must read
 */
record Workload(List<ExpectedUnits> expected, int changes, Map<String, Integer> readIds, Map<String, Long> readRows,
                Map<Long, Integer> kscKeysWithHosts) {

    /** KSC calls a virtual server may cost besides those of its keys (issue 17). */
    static final int KSC_CALLS_PER_VIRTUAL_SERVER = 4;
    /** KSC calls a licence key whose hosts are read may cost (issue 17). */
    static final int KSC_CALLS_PER_KEY = 3;

    static final int PAGE = 500;
    /** One ThresholdInformation reading and two picklists. */
    static final int CONSTANT = 3;

    Workload {
        expected = List.copyOf(expected);
        readIds = Map.copyOf(readIds);
        readRows = Map.copyOf(readRows);
        kscKeysWithHosts = Map.copyOf(kscKeysWithHosts);
    }

    /** The most KSC calls issue 17 allows reading one virtual server: 4 + 3 per key whose hosts are read. */
    static long kscAllowance(int keysWithHosts) {
        return KSC_CALLS_PER_VIRTUAL_SERVER + (long) KSC_CALLS_PER_KEY * keysWithHosts;
    }

    /**
     * Works out the workload of the sandboxes as they are now. Makes a few count calls to the Autotask
     * sandbox; reset its statistics afterwards.
     */
    static Workload of(Sandboxes sandboxes, AutotaskWire wire, LocalDate date) {
        List<ExpectedUnits> expected = sandboxes.expectedUnits(date);
        AutotaskData data = sandboxes.autotask().snapshot();
        Map<String, Integer> inForce = unitsInForce(data, date);
        int changes = 0;
        for (ExpectedUnits e : expected) {
            if (inForce.getOrDefault(key(e.contractId(), e.serviceId()), 0) != e.units()) {
                changes++;
            }
        }
        Set<Long> contracts = new TreeSet<>();
        Set<Long> companies = new TreeSet<>();
        for (CustomerLink link : sandboxes.mapping().customers()) {
            if (link.companyId() != null) {
                companies.add(link.companyId());
            }
            if (link.billable() && link.contractId() != null) {
                contracts.add(link.contractId());
            }
        }
        Set<Long> services = new TreeSet<>();
        sandboxes.mapping().services().forEach((ServiceLink s) -> services.add(s.serviceId()));
        long contractServiceRows = data.contractServices().stream().filter(cs -> contracts.contains(cs.contractID())).count();
        long unitRows = 0;
        for (List<Long> batch : batches(contracts)) {
            unitRows += wire.count("ContractServiceUnits", AutotaskWire.filter(
                    AutotaskWire.condition("in", "contractID", batch),
                    AutotaskWire.condition("gte", "endDate", date + "T00:00:00.000")));
        }
        Map<String, Integer> ids = new LinkedHashMap<>();
        Map<String, Long> rows = new LinkedHashMap<>();
        ids.put("Contracts", contracts.size());
        rows.put("Contracts", (long) contracts.size());
        ids.put("ContractServices", contracts.size());
        rows.put("ContractServices", contractServiceRows);
        ids.put("ContractServiceUnits", contracts.size());
        rows.put("ContractServiceUnits", unitRows);
        ids.put("Services", services.size());
        rows.put("Services", (long) services.size());
        ids.put("Companies", companies.size());
        rows.put("Companies", (long) companies.size());
        Set<Long> currencies = new TreeSet<>();
        data.companies().stream().filter(c -> companies.contains(c.id()) && c.currencyID() != null)
                .forEach(c -> currencies.add(c.currencyID()));
        ids.put("Currencies", currencies.size());
        rows.put("Currencies", (long) currencies.size());
        Map<Long, Integer> keys = new HashMap<>();
        for (CustomerLink link : sandboxes.mapping().customers()) {
            if (link.billable() && link.kscCustomerId() != null) {
                long vs = Long.parseLong(link.kscCustomerId());
                keys.put(vs, (int) sandboxes.kscDirectory().keys(vs).stream()
                        .filter(k -> sandboxes.kscDirectory().keyHostCount(vs, k.serial()) > 0).count());
            }
        }
        return new Workload(expected, changes, ids, rows, keys);
    }

    /** The fewest pages one read can take. */
    static int minimumPages(int ids, long rows) {
        if (ids == 0) {
            return 0;
        }
        return (int) Math.max(ceil(ids, PAGE), ceil(rows, PAGE));
    }

    /** The fewest read calls: the sum over the reads of {@link #minimumPages}. */
    int minimumReads() {
        int total = 0;
        for (Map.Entry<String, Integer> read : readIds.entrySet()) {
            total += minimumPages(read.getValue(), readRows.get(read.getKey()));
        }
        return total;
    }

    /** The fewest Autotask calls an apply run can make: creates, read pages and the constant. */
    int minimumApplyCalls() {
        return changes + minimumReads() + CONSTANT;
    }

    /** The fewest Autotask calls a preview can make: no creates. */
    int minimumPreviewCalls() {
        return minimumReads() + CONSTANT;
    }

    static long ceil(long value, long by) {
        return (value + by - 1) / by;
    }

    /** The units in force on the date per "contract:service", from the sandbox's data. */
    static Map<String, Integer> unitsInForce(AutotaskData data, LocalDate date) {
        Map<Long, AtContractService> byId = new HashMap<>();
        data.contractServices().forEach(cs -> byId.put(cs.id(), cs));
        Map<String, Integer> units = new HashMap<>();
        for (AtUnitChange change : data.unitChanges()) {
            if (change.effectiveDate().isAfter(date)) {
                continue;
            }
            AtContractService cs = byId.get(change.contractServiceID());
            units.merge(key(cs.contractID(), cs.serviceID()), change.change(), Integer::sum);
        }
        return units;
    }

    /** The mapped pairs whose units in force on the date are not what the sandbox's oracle expects. */
    static int mismatches(AutotaskData data, List<ExpectedUnits> expected, LocalDate date) {
        Map<String, Integer> now = unitsInForce(data, date);
        int wrong = 0;
        for (ExpectedUnits e : expected) {
            if (now.getOrDefault(key(e.contractId(), e.serviceId()), 0) != e.units()) {
                wrong++;
            }
        }
        return wrong;
    }

    static String key(long contractId, long serviceId) {
        return contractId + ":" + serviceId;
    }

    private static List<List<Long>> batches(Set<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> batches = new ArrayList<>();
        for (int from = 0; from < all.size(); from += PAGE) {
            batches.add(all.subList(from, Math.min(all.size(), from + PAGE)));
        }
        return batches;
    }
}
