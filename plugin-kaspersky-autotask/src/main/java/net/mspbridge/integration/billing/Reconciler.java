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

import net.mspbridge.api.billing.Problem;
import net.mspbridge.api.billing.Ref;
import net.mspbridge.integration.kaspersky.ApplicationCatalog;
import net.mspbridge.integration.kaspersky.CustomerUsage;
import net.mspbridge.integration.kaspersky.DeviceCategory;
import net.mspbridge.integration.kaspersky.KasperskyCustomer;
import net.mspbridge.integration.kaspersky.SecurityApplication;
import net.mspbridge.integration.settings.CompanyMapping;
import net.mspbridge.integration.settings.CompanyMappings;
import net.mspbridge.integration.settings.ServiceMappings;

/**
 * The reconciliation: from usage, mappings and Autotask's units, the plan of changes. Pure: no
 * remote calls, no storage, no threads; the same input always gives the same plan.
 *
 * <p>The rules: the units wanted for a (contract, service) are the sum of the usage of every
 * (application, category) the Services mapping sends to that service, over every customer billed
 * to the contract. Every service a mapping names is planned on every billed contract, so usage
 * that fell to zero is brought to zero; services no mapping names are never touched. Customers
 * with billing off are skipped, and only they: a contract they share with a customer with billing
 * on is planned from that customer's usage. A contract one of whose customers with billing on has
 * no usage known is left as it is. A pair with a different number of units already in force after
 * the effective date is not adjusted (that would shift the later period too). A pair billed
 * before that no mapping targets now is stale: reported, and brought to zero when asked.
 */
final class Reconciler {

    static final String NO_LONGER_MAPPED = "No longer mapped";
    private static final Comparator<PlannedLine> BY_PAIR = (a, b) -> a.pair().compareTo(b.pair());

    private final ReconciliationInput in;
    private final LocalDate date;
    private final AutotaskSnapshot autotask;
    private final Map<Long, ContractUnits> onContracts;
    /** One reference per company and contract, shared by their lines (a contract has ten or so). */
    private final Map<Long, Ref> companies = new HashMap<>();
    private final Map<Long, Ref> contracts = new HashMap<>();
    /** The services lines are planned for, each looked up once. */
    private final Map<Long, LineService> services = new HashMap<>();
    private final SortedSet<Long> named;
    /** The named services in order: a service's position here is its slot in {@link ServiceUsage}. */
    private final List<Long> slots;
    private final UsageAttribution attribution;

    private final List<PlannedLine> lines = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<PairKey> seenWithUnits = new ArrayList<>();
    private final List<PairKey> forget = new ArrayList<>();
    /** See {@link Plan#hadUsage()}. */
    private final UsageRecordNext hadUsage;
    /** The customers billed on a contract at the last apply that have left it since: named as its drop's cause. */
    private final DropCauses causes;
    private final Set<Long> heldContracts = new HashSet<>();
    /** Contracts this plan judged (read, billable, all their usage known). */
    private final Set<Long> plannedContracts = new HashSet<>();

    private Reconciler(ReconciliationInput in) {
        this.in = in;
        this.date = in.effectiveDate();
        this.autotask = in.autotask();
        this.onContracts = ContractUnits.byContract(autotask.contractServices(), autotask.units());
        this.named = namedServices(in.catalog(), in.services());
        this.slots = List.copyOf(named);
        this.attribution = new UsageAttribution(in.catalog(), in.services(), slots);
        this.causes = new DropCauses(in);
        this.hadUsage = new UsageRecordNext(in.drops());
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
        // Contracts no stale pair of which may be touched: part of their usage is unknown, they could
        // not be read, or (added once all are seen) only customers with billing off are mapped to them.
        Set<Long> held = new HashSet<>();
        // Contracts of customers with billing off: hands off, unless another customer bills them.
        Set<Long> switchedOff = new HashSet<>();
        // Contracts part of whose usage is unknown: planning them from the rest would lower their units.
        Set<Long> incomplete = new HashSet<>();
        Map<String, SortedMap<Long, List<String>>> unreadableByReason = new TreeMap<>();
        List<CompanyMapping> mappings = in.companies().byCustomer().values().stream()
                .sorted(Comparator.comparing(CompanyMapping::customerId)).toList();
        UnknownUsage unknown = new UnknownUsage(in, mappings);
        for (CompanyMapping mapping : mappings) {
            if (!mapping.billingEnabled()) {
                // Billing off excludes this customer only: its usage is not read, and its contract is
                // left alone unless another customer with billing on is billed to it.
                mapping.contractId().ifPresent(switchedOff::add);
                continue;
            }
            mapping.contractId().ifPresent(billable::add);
            CustomerUsage usage = in.usage().get(mapping.customerId());
            if (usage == null) {
                hadUsage.unknown(mapping);
                mapping.contractId().ifPresent(held::add);
                mapping.contractId().ifPresent(incomplete::add);
                if (!in.scope().isOutside(mapping.customerId())) {
                    problems.add(unknown.problem(mapping));
                }
                continue;
            }
            KasperskyCustomer customer = usage.customer();
            ServiceUsage byService = attribution.byService(usage, problems);
            if (mapping.contractId().isEmpty()) {
                noContract(customer, mapping, PlanProblems.noContractChosen(customer), usage);
                continue;
            }
            long contractId = mapping.contractId().getAsLong();
            // A customer silent since the last apply stays recorded as having had usage until a plan of
            // its contract lets the decrease through: an unreadable or unplannable contract says nothing.
            boolean silent = attribution.total(usage) == 0 && in.drops().hadUsage(customer.id());
            if (silent) {
                hadUsage.silent(customer.id(), contractId);
            }
            String unreadable = autotask.unreadable().get(contractId);
            if (unreadable != null) {
                held.add(contractId);
                unreadableByReason.computeIfAbsent(unreadable, r -> new TreeMap<>())
                        .computeIfAbsent(contractId, id -> new ArrayList<>(1)).add(customer.label());
                continue;
            }
            Optional<String> why = ContractRules.whyNotBillable(contractId,
                    Optional.ofNullable(autotask.contracts().get(contractId)), mapping.companyId(), customer.label(), date);
            if (why.isPresent()) {
                noContract(customer, mapping, why.get(), usage);
                continue;
            }
            ContractTarget target = targets.computeIfAbsent(contractId, ContractTarget::new);
            target.add(customer, byService);
            if (attribution.total(usage) > 0) {
                hadUsage.billed(customer.id(), contractId);
            } else if (silent) {
                target.addSilent(customer);
            }
        }
        unreadableByReason.forEach((reason, customers) -> problems.add(PlanProblems.unreadable(reason, customers)));
        UnmappedCustomers.problem(in, attribution).ifPresent(problems::add);
        problems.addAll(ScopeProblems.of(in, mappings));
        targets.keySet().removeAll(incomplete);
        List<LineService> planned = new ArrayList<>(slots.size());
        slots.forEach(id -> planned.add(service(id)));
        // Contract by contract, each in service order: the lines come out in pair order.
        List<ContractTarget> byContract = new ArrayList<>(targets.values());
        byContract.sort(Comparator.comparingLong(ContractTarget::contractId));
        for (ContractTarget target : byContract) {
            planContract(target, planned);
            plannedContracts.add(target.contractId());
        }
        int targeted = lines.size();
        switchedOff.removeAll(billable);
        held.addAll(switchedOff);
        planStale(billable, held);
        if (lines.size() > targeted) {
            lines.sort(BY_PAIR);
        }
        return new Plan(lines, problems, seenWithUnits, forget,
                hadUsage.settle(billable, plannedContracts, heldContracts, causes));
    }

    private void noContract(KasperskyCustomer customer, CompanyMapping mapping, String message, CustomerUsage usage) {
        problems.add(PlanProblems.noContract(customer, company(mapping.companyId()), message, attribution.total(usage)));
    }

    // Plain loops and no boxing from here on: they run once per pair, and a run can plan 100,000
    // pairs (see the reconciliation benchmark), where a stream per question costs more than the question.
    private void planContract(ContractTarget target, List<LineService> planned) {
        ContractFacts contract = autotask.contracts().get(target.contractId());
        LineRefs refs = new LineRefs(target.customerRef(), company(contract.companyId()), contract(contract));
        ContractUnits units = onContract(target.contractId());
        for (int slot = 0; slot < planned.size(); slot++) {
            LineService service = planned.get(slot);
            List<Contribution> contributions = target.usage().of(slot);
            int wanted = 0;
            for (int i = 0; i < contributions.size(); i++) {
                wanted += contributions.get(i).units();
            }
            if (wanted == 0 && !units.has(service.id())) {
                continue;
            }
            PairKey pair = new PairKey(target.contractId(), service.id());
            lines.add(decide(pair, units, refs, service, contributions, categories(contributions), wanted, "", target.silent()));
        }
    }

    /** The distinct categories of the contributions, in order, joined with ", ". */
    private static String categories(List<Contribution> contributions) {
        if (contributions.size() == 1) {
            return contributions.get(0).category();
        }
        List<String> distinct = new ArrayList<>(contributions.size());
        for (int i = 0; i < contributions.size(); i++) {
            String category = contributions.get(i).category();
            if (!distinct.contains(category)) {
                distinct.add(category);
            }
        }
        return String.join(", ", distinct);
    }

    /**
     * The line of one pair whose units wanted are known; pairs with units are noted in pair order.
     *
     * @param silent the contract's customers that had billable usage at the last apply and report none
     *               now; null for a stale pair (no mapping targets it: a setting, not usage, brings it
     *               to zero, so it is not judged by the drop rule)
     */
    private PlannedLine decide(PairKey pair, ContractUnits units, LineRefs refs, LineService service,
                               List<Contribution> contributions, String category, int wanted, String remark,
                               List<String> silent) {
        boolean targeted = silent != null;
        UnitTimeline timeline = units.timeline(pair.serviceId());
        int inForce = timeline.unitsOn(date);
        Optional<BigDecimal> price = price(units, service);
        Disposition disposition;
        String message;
        if (timeline.ambiguousOn(date)) {
            message = problem(PlanProblems.ambiguousUnits(refs.subject(service), date));
            disposition = Disposition.FAILED;
        } else {
            if (inForce > 0 && targeted) {
                seenWithUnits.add(pair);
            }
            if (wanted == inForce) {
                disposition = Disposition.UNCHANGED;
                message = remark;
            } else if (timeline.changeAfter(date, inForce).isPresent()) {
                UnitsRow later = timeline.changeAfter(date, inForce).get();
                message = problem(PlanProblems.backdated(refs.subject(service), later, date, wanted - inForce));
                disposition = Disposition.DEFERRED;
            } else if (price.isEmpty()) {
                message = problem(PlanProblems.noPrice(refs.subject(service), pair.serviceId(), service.facts() != null,
                        wanted - inForce));
                disposition = Disposition.FAILED;
            } else if (targeted && wanted < inForce) {
                Optional<DropReason> sudden = in.drops().rule().judge(inForce, wanted, !silent.isEmpty());
                Optional<ConfirmedDrop> confirmed = sudden.isEmpty() ? Optional.empty()
                        : in.drops().confirmation(pair, inForce, wanted, date);
                List<DropCauses.Departed> departed = causes.of(pair.contractId());
                if (sudden.isPresent() && confirmed.isEmpty()) {
                    message = problem(HeldDrops.problem(refs.subject(service), refs.customer(), inForce, wanted,
                            sudden.get(), silent, departed, in.drops().rule()));
                    disposition = Disposition.HELD;
                    heldContracts.add(pair.contractId());
                } else {
                    disposition = Disposition.CREATE;
                    message = confirmed.map(HeldDrops::confirmedNote).orElse(remark);
                    if (!departed.isEmpty()) {
                        message = (message + " " + HeldDrops.departedNote(departed, refs.customer(), wanted)).strip();
                    }
                }
            } else {
                disposition = Disposition.CREATE;
                message = remark;
            }
        }
        return new PlannedLine(pair, refs.customer(), refs.company(), refs.contract(), service.ref(), contributions, category,
                inForce, wanted, price.orElse(BigDecimal.ZERO), service.period(), disposition, message);
    }

    private void planStale(Set<Long> billable, Set<Long> held) {
        for (PairKey pair : new TreeSet<>(in.billedBefore())) {
            boolean targeted = billable.contains(pair.contractId()) && named.contains(pair.serviceId());
            if (targeted || held.contains(pair.contractId()) || autotask.unreadable().containsKey(pair.contractId())) {
                continue;
            }
            ContractFacts contract = autotask.contracts().get(pair.contractId());
            ContractUnits units = onContract(pair.contractId());
            UnitTimeline timeline = units.timeline(pair.serviceId());
            if (contract == null || timeline.zeroFrom(date)) {
                forget.add(pair);
                continue;
            }
            int remaining = timeline.unitsOn(date);
            LineService service = service(pair.serviceId());
            LineRefs refs = new LineRefs(new Ref("", ""), company(contract.companyId()), contract(contract));
            String subject = refs.subject(service);
            if (remaining == 0) {
                // Only units after the effective date remain: a change at this date cannot remove them.
                UnitsRow later = timeline.changeAfter(date, 0).orElseThrow();
                problems.add(PlanProblems.staleOnlyLater(subject, later, service.ref(), contract));
                continue;
            }
            if (!in.zeroStaleUnits()) {
                problems.add(PlanProblems.stale(subject, remaining, service.ref(), contract, PlanProblems.Stale.KEPT, ""));
                continue;
            }
            Optional<String> whyNot = ContractRules.whyNotAdjustable(contract, date);
            if (whyNot.isPresent()) {
                problems.add(PlanProblems.stale(subject, remaining, service.ref(), contract,
                        PlanProblems.Stale.NOT_ADJUSTABLE, whyNot.get()));
                continue;
            }
            problems.add(PlanProblems.stale(subject, remaining, service.ref(), contract,
                    PlanProblems.Stale.BROUGHT_TO_ZERO, ""));
            lines.add(decide(pair, units, refs, service, List.of(), NO_LONGER_MAPPED, 0,
                    "Billed earlier; no mapping targets it now.", null));
        }
    }

    /** Reports the problem; its message is the line's too. */
    private String problem(Problem problem) {
        problems.add(problem);
        return problem.message();
    }

    private ContractUnits onContract(long contractId) {
        return onContracts.getOrDefault(contractId, ContractUnits.NONE);
    }

    /** The contract service's unit price, else the service's. */
    private static Optional<BigDecimal> price(ContractUnits units, LineService service) {
        Optional<BigDecimal> onContract = units.contractService(service.id()).flatMap(ContractServiceFacts::unitPrice);
        if (onContract.isPresent()) {
            return onContract;
        }
        return service.facts() == null ? Optional.empty() : service.facts().unitPrice();
    }

    private Ref company(long companyId) {
        return companies.computeIfAbsent(companyId, id -> Ref.of(id, autotask.companyNames().getOrDefault(id, "")));
    }

    private Ref contract(ContractFacts contract) {
        return contracts.computeIfAbsent(contract.id(), id -> Ref.of(id, contract.name()));
    }

    private LineService service(Long serviceId) {
        return services.computeIfAbsent(serviceId, id -> {
            ServiceFacts facts = autotask.services().get(id);
            return new LineService(id, facts, Ref.of(id, facts == null ? "" : facts.name()));
        });
    }
}
