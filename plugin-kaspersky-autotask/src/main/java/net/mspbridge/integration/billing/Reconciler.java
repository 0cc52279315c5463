package net.mspbridge.integration.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import net.mspbridge.api.billing.Problem;
import net.mspbridge.api.billing.ProblemKind;
import net.mspbridge.api.billing.Ref;
import net.mspbridge.integration.kaspersky.ApplicationCatalog;
import net.mspbridge.integration.kaspersky.CustomerUsage;
import net.mspbridge.integration.kaspersky.DeviceCategory;
import net.mspbridge.integration.kaspersky.KasperskyCustomer;
import net.mspbridge.integration.kaspersky.SecurityApplication;
import net.mspbridge.integration.mapping.CompanyMapping;
import net.mspbridge.integration.mapping.CompanyMappings;
import net.mspbridge.integration.mapping.ServiceMappings;

/**
 * The reconciliation: from usage, mappings and Autotask's units, the plan of changes. Pure: no
 * remote calls, no storage, no threads; the same input always gives the same plan.
 *
 * <p>The rules: the units wanted for a (contract, service) are the sum of the usage of every
 * (application, category) the Services mapping sends to that service, over every customer billed
 * to the contract. Every service a mapping names is planned on every billed contract, so usage
 * that fell to zero is brought to zero; services no mapping names are never touched. Customers
 * with billing off are skipped. A pair with a different number of units already in force after
 * the effective date is not adjusted (that would shift the later period too). A pair billed
 * before that no mapping targets now is stale: reported, and brought to zero when asked.
 */
final class Reconciler {

    static final String NO_LONGER_MAPPED = "No longer mapped";
    /** How many customers a problem names before it says "and N more". */
    private static final int MAX_NAMED = 20;

    private final ReconciliationInput in;
    private final LocalDate date;
    private final AutotaskSnapshot autotask;
    private final Map<PairKey, UnitTimeline> timelines;
    private final Map<PairKey, ContractServiceFacts> contractServices = new HashMap<>();
    /** One reference per company, contract and service, shared by their lines (a contract has ten or so). */
    private final Map<RefKey, Ref> refs = new HashMap<>();
    private final SortedSet<Long> named;
    private final UsageAttribution attribution;

    private final List<PlannedLine> lines = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Set<PairKey> seenWithUnits = new TreeSet<>();
    private final Set<PairKey> forget = new TreeSet<>();

    private Reconciler(ReconciliationInput in) {
        this.in = in;
        this.date = in.effectiveDate();
        this.autotask = in.autotask();
        this.timelines = UnitTimeline.byPair(autotask.units());
        autotask.contractServices().forEach(cs -> contractServices.put(new PairKey(cs.contractId(), cs.serviceId()), cs));
        this.named = namedServices(in.catalog(), in.services());
        this.attribution = new UsageAttribution(in.catalog(), in.services());
    }

    static Plan reconcile(ReconciliationInput input) {
        return new Reconciler(input).plan();
    }

    /** Every service the Services mapping sends some usage to, under the current toggle. */
    static SortedSet<Long> namedServices(ApplicationCatalog catalog, ServiceMappings services) {
        SortedSet<Long> named = new TreeSet<>();
        for (SecurityApplication application : catalog.all()) {
            for (DeviceCategory category : DeviceCategory.values()) {
                services.serviceFor(application, category).ifPresent(named::add);
            }
        }
        return named;
    }

    /** The contracts a run must read: those of customers with billing on, and those billed before. */
    static SortedSet<Long> contractsToRead(CompanyMappings companies, Set<PairKey> billedBefore) {
        SortedSet<Long> ids = new TreeSet<>();
        companies.billable().forEach(m -> m.contractId().ifPresent(ids::add));
        billedBefore.forEach(pair -> ids.add(pair.contractId()));
        return ids;
    }

    /** The services a run must read: those a mapping names, and those billed before. */
    static SortedSet<Long> servicesToRead(ApplicationCatalog catalog, ServiceMappings services, Set<PairKey> billedBefore) {
        SortedSet<Long> ids = namedServices(catalog, services);
        billedBefore.forEach(pair -> ids.add(pair.serviceId()));
        return ids;
    }

    private Plan plan() {
        Map<Long, ContractTarget> targets = new LinkedHashMap<>();
        Set<Long> billable = new HashSet<>();
        Set<Long> held = new HashSet<>();
        // Contracts part of whose usage is unknown: planning them from the rest would lower their units.
        Set<Long> incomplete = new HashSet<>();
        Map<String, SortedMap<Long, String>> unreadableByReason = new TreeMap<>();
        List<CompanyMapping> mappings = in.companies().byCustomer().values().stream()
                .sorted(Comparator.comparing(CompanyMapping::customerId)).toList();
        for (CompanyMapping mapping : mappings) {
            if (!mapping.billingEnabled()) {
                // Billing off means hands off: its contract is neither billed nor cleaned up.
                mapping.contractId().ifPresent(held::add);
                continue;
            }
            mapping.contractId().ifPresent(billable::add);
            CustomerUsage usage = in.usage().get(mapping.customerId());
            if (usage == null) {
                mapping.contractId().ifPresent(held::add);
                mapping.contractId().ifPresent(incomplete::add);
                String unreadable = in.unreadable().get(mapping.customerId());
                problems.add(unreadable != null
                        ? new Problem(ProblemKind.SOURCE_UNAVAILABLE, mapping.customerId(), "The usage of customer '"
                                + mapping.customerId() + "' could not be read (" + unreadable + "), so its contract was "
                                + "left as it is; the next run reads it again.", 0)
                        : new Problem(ProblemKind.OTHER, mapping.customerId(), "Customer '" + mapping.customerId()
                                + "' is mapped for billing but the usage source does not know it any more, so its "
                                + "contract was left as it is: map the customer's new entry on the Companies panel, or "
                                + "remove this row.", 0));
                continue;
            }
            KasperskyCustomer customer = usage.customer();
            Map<Long, List<Contribution>> byService = attribution.byService(usage, problems);
            if (mapping.contractId().isEmpty()) {
                noContract(customer, mapping, "No contract is chosen for " + label(customer)
                        + " on the Companies panel: choose its Recurring Service contract.", usage);
                continue;
            }
            long contractId = mapping.contractId().getAsLong();
            String unreadable = autotask.unreadable().get(contractId);
            if (unreadable != null) {
                held.add(contractId);
                unreadableByReason.computeIfAbsent(unreadable, r -> new TreeMap<>()).put(contractId, label(customer));
                continue;
            }
            Optional<String> why = ContractRules.whyNotBillable(contractId,
                    Optional.ofNullable(autotask.contracts().get(contractId)), mapping.companyId(), label(customer), date);
            if (why.isPresent()) {
                noContract(customer, mapping, why.get(), usage);
                continue;
            }
            targets.computeIfAbsent(contractId, ContractTarget::new).add(customer, byService);
        }
        unreadableByReason.forEach(this::unreadable);
        targets.keySet().removeAll(incomplete);
        targets.values().forEach(this::planContract);
        planStale(billable, held);
        lines.sort(Comparator.comparing(PlannedLine::pair));
        return Plan.of(lines, problems, seenWithUnits, forget);
    }

    /** One problem per failed read, naming its customers: a failed batch can hold 500 contracts. */
    private void unreadable(String reason, SortedMap<Long, String> customers) {
        List<String> named = customers.entrySet().stream().limit(MAX_NAMED)
                .map(e -> e.getValue() + " (contract " + e.getKey() + ")").toList();
        String more = customers.size() > MAX_NAMED ? " and " + (customers.size() - MAX_NAMED) + " more" : "";
        String subject = customers.size() == 1 ? named.get(0) : customers.size() + " contracts";
        problems.add(new Problem(ProblemKind.SOURCE_UNAVAILABLE, subject, "Autotask could not be read for "
                + String.join(", ", named) + more + ": " + reason
                + " They were not billed in this run; the next run takes them up.", 0));
    }

    private void noContract(KasperskyCustomer customer, CompanyMapping mapping, String message, CustomerUsage usage) {
        problems.add(new Problem(ProblemKind.NO_CONTRACT,
                label(customer) + " / " + PlannedLine.label(company(mapping.companyId())), message, attribution.total(usage)));
    }

    // Plain loops from here on: they run once per pair, and a run can plan 100,000 pairs (see the
    // reconciliation benchmark), where a stream per question costs more than the question.
    private void planContract(ContractTarget target) {
        ContractFacts contract = autotask.contracts().get(target.contractId);
        for (long serviceId : named) {
            List<Contribution> contributions = target.byService.getOrDefault(serviceId, List.of());
            int wanted = 0;
            for (Contribution contribution : contributions) {
                wanted += contribution.units();
            }
            PairKey pair = new PairKey(target.contractId, serviceId);
            if (wanted == 0 && !onContract(pair)) {
                continue;
            }
            lines.add(decide(pair, target.customerRef(), contract, contributions, categories(contributions), wanted,
                    breakdown(contributions, target.customers.size() > 1), true));
        }
    }

    /** The distinct categories of the contributions, in order, joined with ", ". */
    private static String categories(List<Contribution> contributions) {
        if (contributions.size() == 1) {
            return contributions.get(0).category();
        }
        List<String> distinct = new ArrayList<>(contributions.size());
        for (Contribution contribution : contributions) {
            if (!distinct.contains(contribution.category())) {
                distinct.add(contribution.category());
            }
        }
        return String.join(", ", distinct);
    }

    /** The line of one pair whose units wanted are known. */
    private PlannedLine decide(PairKey pair, Ref customer, ContractFacts contract, List<Contribution> contributions,
                               String category, int wanted, String note, boolean targeted) {
        UnitTimeline timeline = timeline(pair);
        int inForce = timeline.unitsOn(date);
        Optional<BigDecimal> price = price(pair);
        Line line = new Line(pair, customer, contract, contributions, category, inForce, wanted, price.orElse(BigDecimal.ZERO));
        if (timeline.ambiguousOn(date)) {
            String why = "Autotask has more than one units row for this service on " + date
                    + " (is the service on the contract twice?), so no single change can be computed: adjust it by hand.";
            problems.add(new Problem(ProblemKind.OTHER, line.subject(), why, 0));
            return line.as(Disposition.FAILED, why);
        }
        if (inForce > 0 && targeted) {
            seenWithUnits.add(pair);
        }
        if (wanted == inForce) {
            return line.as(Disposition.UNCHANGED, note);
        }
        Optional<UnitsRow> later = timeline.changeAfter(date, inForce);
        if (later.isPresent()) {
            String why = "Autotask already has " + later.get().units() + " units from " + later.get().startDate()
                    + ", after the effective date " + date + ": an adjustment dated " + date
                    + " would shift that later period too. Run billing with an effective date on or after "
                    + later.get().startDate() + ", or adjust this service by hand.";
            problems.add(new Problem(ProblemKind.BACKDATED_CHANGE, line.subject(), why, Math.abs(wanted - inForce)));
            return line.as(Disposition.DEFERRED, why);
        }
        if (price.isEmpty()) {
            String why = autotask.services().containsKey(pair.serviceId())
                    ? "Neither the contract nor service " + pair.serviceId() + " has a unit price in Autotask: set one."
                    : "Service " + pair.serviceId() + " was not found in Autotask: choose the service again on the Services panel.";
            problems.add(new Problem(ProblemKind.OTHER, line.subject(), why, Math.abs(wanted - inForce)));
            return line.as(Disposition.FAILED, why);
        }
        return line.as(Disposition.CREATE, note);
    }

    private void planStale(Set<Long> billable, Set<Long> held) {
        for (PairKey pair : new TreeSet<>(in.billedBefore())) {
            boolean targeted = billable.contains(pair.contractId()) && named.contains(pair.serviceId());
            if (targeted || held.contains(pair.contractId()) || autotask.unreadable().containsKey(pair.contractId())) {
                continue;
            }
            ContractFacts contract = autotask.contracts().get(pair.contractId());
            UnitTimeline timeline = timeline(pair);
            if (contract == null || timeline.zeroFrom(date)) {
                forget.add(pair);
                continue;
            }
            int remaining = timeline.unitsOn(date);
            Line line = new Line(pair, new Ref("", ""), contract, List.of(), NO_LONGER_MAPPED, remaining, 0,
                    price(pair).orElse(BigDecimal.ZERO));
            if (remaining == 0) {
                // Only units after the effective date remain: a change at this date cannot remove them.
                UnitsRow later = timeline.changeAfter(date, 0).orElseThrow();
                problems.add(new Problem(ProblemKind.STALE_MAPPING, line.subject(), later.units() + " units of "
                        + PlannedLine.label(line.service) + " from " + later.startDate() + " on contract "
                        + ContractRules.describe(contract) + " were billed by this plugin, but no mapping targets them now. "
                        + "A run dated on or after " + later.startDate() + " can bring them to zero.", later.units()));
                continue;
            }
            String found = remaining + " units of " + PlannedLine.label(line.service) + " on contract "
                    + ContractRules.describe(contract) + " were billed by this plugin, but no mapping targets them now "
                    + "(the application or the customer was mapped elsewhere).";
            if (!in.zeroStaleUnits()) {
                problems.add(new Problem(ProblemKind.STALE_MAPPING, line.subject(), found
                        + " Remove them by hand, or turn on bringing stale units to zero.", remaining));
                continue;
            }
            Optional<String> whyNot = ContractRules.whyNotAdjustable(contract, date);
            if (whyNot.isPresent()) {
                problems.add(new Problem(ProblemKind.STALE_MAPPING, line.subject(), found
                        + " They were not brought to zero: " + whyNot.get(), remaining));
                continue;
            }
            problems.add(new Problem(ProblemKind.STALE_MAPPING, line.subject(), found
                    + " This run brings them to zero (see its line).", remaining));
            lines.add(decide(pair, new Ref("", ""), contract, List.of(), NO_LONGER_MAPPED, 0,
                    "Billed earlier; no mapping targets it now.", false));
        }
    }

    /** Whether Autotask has the service on the contract: as a contract service, or by its unit rows. */
    private boolean onContract(PairKey pair) {
        return contractServices.containsKey(pair) || timelines.containsKey(pair);
    }

    /** The contract service's unit price, else the service's. */
    private Optional<BigDecimal> price(PairKey pair) {
        ContractServiceFacts onContract = contractServices.get(pair);
        if (onContract != null && onContract.unitPrice().isPresent()) {
            return onContract.unitPrice();
        }
        ServiceFacts service = autotask.services().get(pair.serviceId());
        return service == null ? Optional.empty() : service.unitPrice();
    }

    private UnitTimeline timeline(PairKey pair) {
        return timelines.getOrDefault(pair, UnitTimeline.EMPTY);
    }

    private Ref company(long companyId) {
        return refs.computeIfAbsent(new RefKey('o', companyId),
                k -> Ref.of(companyId, autotask.companyNames().getOrDefault(companyId, "")));
    }

    /** A company ('o'), contract ('c') or service ('s') by id, for sharing their references among lines. */
    private record RefKey(char kind, long id) {
    }

    private static String breakdown(List<Contribution> contributions, boolean withCustomer) {
        StringBuilder counted = new StringBuilder();
        for (Contribution c : contributions) {
            if (c.units() > 0) {
                if (counted.length() > 0) {
                    counted.append("; ");
                }
                if (withCustomer) {
                    counted.append(label(c.customer())).append(": ");
                }
                counted.append(c.describe());
            }
        }
        return counted.length() == 0 ? "No usage." : counted.toString();
    }

    static String label(KasperskyCustomer customer) {
        return customer.name().isBlank() ? customer.id() : customer.name();
    }

    /** The customers billed to one contract and their usage per service. */
    private static final class ContractTarget {
        final long contractId;
        final List<KasperskyCustomer> customers = new ArrayList<>();
        final Map<Long, List<Contribution>> byService = new HashMap<>();
        private Ref ref;

        ContractTarget(long contractId) {
            this.contractId = contractId;
        }

        void add(KasperskyCustomer customer, Map<Long, List<Contribution>> usage) {
            customers.add(customer);
            usage.forEach((service, list) -> byService.computeIfAbsent(service, s -> new ArrayList<>()).addAll(list));
        }

        /** Built once, when the first line of the contract asks: every customer has been added by then. */
        Ref customerRef() {
            if (ref == null) {
                ref = new Ref(customers.stream().map(KasperskyCustomer::id).collect(Collectors.joining(",")),
                        customers.stream().map(Reconciler::label).collect(Collectors.joining(", ")));
            }
            return ref;
        }
    }

    /** A line being decided: everything but the disposition. */
    private final class Line {
        final PairKey pair;
        final Ref customer;
        final Ref company;
        final Ref contract;
        final Ref service;
        final List<Contribution> contributions;
        final String category;
        final int inForce;
        final int wanted;
        final BigDecimal price;

        Line(PairKey pair, Ref customer, ContractFacts contract, List<Contribution> contributions, String category,
             int inForce, int wanted, BigDecimal price) {
            this.pair = pair;
            this.customer = customer;
            this.company = company(contract.companyId());
            this.contract = refs.computeIfAbsent(new RefKey('c', contract.id()), k -> Ref.of(contract.id(), contract.name()));
            this.service = refs.computeIfAbsent(new RefKey('s', pair.serviceId()), k -> {
                ServiceFacts facts = autotask.services().get(pair.serviceId());
                return Ref.of(pair.serviceId(), facts == null ? "" : facts.name());
            });
            this.contributions = contributions;
            this.category = category;
            this.inForce = inForce;
            this.wanted = wanted;
            this.price = price;
        }

        String subject() {
            return PlannedLine.label(company) + " / " + PlannedLine.label(contract) + " / " + PlannedLine.label(service);
        }

        PlannedLine as(Disposition disposition, String message) {
            return new PlannedLine(pair, customer, company, contract, service, contributions, category,
                    inForce, wanted, price, disposition, message);
        }
    }
}
