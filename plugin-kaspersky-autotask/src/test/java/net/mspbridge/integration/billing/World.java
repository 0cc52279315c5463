package net.mspbridge.integration.billing;

import static net.mspbridge.integration.billing.Fixtures.CATALOG;
import static net.mspbridge.integration.billing.Fixtures.MARCH;
import static net.mspbridge.integration.billing.Fixtures.YEAR_END;
import static net.mspbridge.integration.billing.Fixtures.YEAR_START;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.LongStream;

import net.mspbridge.api.billing.Problem;
import net.mspbridge.integration.kaspersky.CustomerUsage;
import net.mspbridge.integration.kaspersky.KasperskyCustomer;
import net.mspbridge.integration.kaspersky.SecurityApplication;
import net.mspbridge.integration.kaspersky.UsageCounts;
import net.mspbridge.integration.settings.CompanyMappings;
import net.mspbridge.integration.settings.ServiceMappings;

/**
 * One reconciliation's input, built up by a table row: settings, usage, and Autotask's state
 * (kept by a {@link FakeAutotask} so unit rows are split as Autotask splits them). Services 10 to
 * 29 exist at 10.00 unless a row says otherwise.
 */
final class World {

    private Fixtures.Settings settings = Fixtures.Settings.none();
    private final Map<String, Map<String, UsageCounts>> usage = new TreeMap<>();
    private final FakeAutotask autotask = new FakeAutotask();
    private final List<UnitsRow> extraRows = new ArrayList<>();
    private final Map<Long, String> unreadable = new HashMap<>();
    private final Set<PairKey> billed = new HashSet<>();
    private LocalDate date = MARCH;

    World() {
        LongStream.range(10, 30).forEach(id -> autotask.service(id, "10.00"));
    }

    static World world() {
        return new World();
    }

    World settings(UnaryOperator<Fixtures.Settings> change) {
        settings = change.apply(settings);
        return this;
    }

    World usage(String customerId, SecurityApplication application, UsageCounts counts) {
        usage.computeIfAbsent(customerId, c -> new TreeMap<>()).put(application.id(), counts);
        return this;
    }

    /** A customer the usage source knows, with no usage. */
    World known(String customerId) {
        usage.computeIfAbsent(customerId, c -> new TreeMap<>());
        return this;
    }

    World contract(long id, long companyId) {
        autotask.contract(id, companyId, YEAR_START, YEAR_END);
        return this;
    }

    World contract(ContractFacts facts) {
        autotask.contract(facts);
        return this;
    }

    World units(long contractId, long serviceId, int units) {
        autotask.units(contractId, serviceId, units);
        return this;
    }

    World change(long contractId, long serviceId, LocalDate from, int delta) {
        autotask.change(contractId, serviceId, from, delta);
        return this;
    }

    World row(UnitsRow row) {
        extraRows.add(row);
        return this;
    }

    World contractPrice(long contractId, long serviceId, String price) {
        autotask.contractPrice(contractId, serviceId, price);
        return this;
    }

    World servicePrice(long serviceId, String price) {
        autotask.service(serviceId, price);
        return this;
    }

    World serviceWithoutPrice(long serviceId) {
        autotask.serviceWithoutPrice(serviceId);
        return this;
    }

    World noService(long serviceId) {
        autotask.removeService(serviceId);
        return this;
    }

    World unreadable(long contractId, String reason) {
        unreadable.put(contractId, reason);
        return this;
    }

    World billed(long contractId, long serviceId) {
        billed.add(new PairKey(contractId, serviceId));
        return this;
    }

    World on(LocalDate effectiveDate) {
        this.date = effectiveDate;
        return this;
    }

    ReconciliationInput input() {
        ServiceMappings services = ServiceMappings.read(settings.values());
        CompanyMappings companies = CompanyMappings.read(settings.values());
        List<Long> contracts = List.copyOf(Reconciler.contractsToRead(companies, billed));
        List<Long> serviceIds = List.copyOf(Reconciler.servicesToRead(CATALOG, services, billed));
        List<Long> readable = contracts.stream().filter(id -> !unreadable.containsKey(id)).toList();
        Map<Long, ContractFacts> contractFacts = new HashMap<>();
        autotask.contracts(readable).forEach(c -> contractFacts.put(c.id(), c));
        List<UnitsRow> rows = new ArrayList<>(autotask.serviceUnits(readable, date));
        rows.addAll(extraRows);
        Map<Long, ServiceFacts> serviceFacts = new HashMap<>();
        autotask.services(serviceIds).forEach(s -> serviceFacts.put(s.id(), s));
        Set<Long> companyIds = new HashSet<>();
        contractFacts.values().forEach(c -> companyIds.add(c.companyId()));
        Map<Long, String> companyNames = new HashMap<>();
        autotask.companies(List.copyOf(companyIds)).forEach(c -> companyNames.put(c.id(), c.name()));
        AutotaskSnapshot snapshot = new AutotaskSnapshot(contractFacts, unreadable, autotask.contractServices(readable), rows,
                serviceFacts, companyNames, Map.of());
        Map<String, CustomerUsage> byCustomer = new HashMap<>();
        usage.forEach((id, counts) -> byCustomer.put(id, new CustomerUsage(new KasperskyCustomer(id, "Customer " + id), counts)));
        return new ReconciliationInput(date, CATALOG, services, companies, byCustomer, Map.of(), snapshot, billed, settings.zeroStale());
    }

    Plan plan() {
        return Reconciler.reconcile(input());
    }

    /** "100/10 3->8 CREATE @10.00": contract/service in force->wanted disposition @price. */
    static List<String> lines(Plan plan) {
        return plan.lines().stream().map(l -> l.pair().contractId() + "/" + l.pair().serviceId() + " " + l.unitsInForce()
                + "->" + l.unitsWanted() + " " + l.disposition() + " @" + l.unitPrice().toPlainString()).toList();
    }

    /** "NO_CONTRACT 12": kind and units. */
    static List<String> problems(Plan plan) {
        return plan.problems().stream().map(World::problem).toList();
    }

    static String problem(Problem p) {
        return p.kind() + " " + p.units();
    }
}
