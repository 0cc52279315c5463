package net.mspbridge.host.sandbox.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.mspbridge.host.sandbox.autotask.AtAdjustment;
import net.mspbridge.host.sandbox.autotask.AtCompany;
import net.mspbridge.host.sandbox.autotask.AtContract;
import net.mspbridge.host.sandbox.autotask.AtContractService;
import net.mspbridge.host.sandbox.autotask.AtService;
import net.mspbridge.host.sandbox.autotask.AutotaskData;
import net.mspbridge.host.sandbox.autotask.PicklistValues;
import net.mspbridge.host.sandbox.ksc.KscDirectory;

/**
 * What billing did, as a person wants to see it: every Recurring Service contract (and any other
 * with services) with its services and their units on a date, and the adjustments it received; and
 * the KSC side billing counts from, each virtual server with its hosts and keys.
 * Rendered by {@link SandboxViewText} ({@code sandbox show}) and {@link SandboxViewJson} ({@code sandbox show --json}, the
 * Sandboxes page).
 *
 * @param virtualServers the KSC sandbox's virtual servers; empty when its state is not known
 */
public record SandboxView(LocalDate date, List<ContractView> contracts, List<VirtualServerView> virtualServers) {

    public SandboxView {
        contracts = List.copyOf(contracts);
        virtualServers = List.copyOf(virtualServers);
    }

    /** The view of both sandboxes on a date. */
    public static SandboxView of(AutotaskData data, KscDirectory ksc, LocalDate date) {
        return new SandboxView(date, of(data, date).contracts(), VirtualServerView.of(ksc));
    }

    /** The view of the Autotask data on a date; contracts sorted by company name, then contract name. */
    public static SandboxView of(AutotaskData data, LocalDate date) {
        Map<Long, AtCompany> companies = new HashMap<>();
        data.companies().forEach(c -> companies.put(c.id(), c));
        Map<Long, AtService> services = new HashMap<>();
        data.services().forEach(s -> services.put(s.id(), s));
        List<ContractView> contracts = new ArrayList<>();
        for (AtContract contract : data.contracts()) {
            List<ServiceLine> lines = new ArrayList<>();
            for (AtContractService cs : data.contractServices()) {
                if (cs.contractID() == contract.id()) {
                    lines.add(new ServiceLine(cs.id(), cs.serviceID(), name(services, cs.serviceID()), cs.unitPrice(),
                            data.unitsInForce(cs.id(), date)));
                }
            }
            if (lines.isEmpty() && contract.contractType() != PicklistValues.CONTRACT_TYPE_RECURRING_SERVICE) {
                continue;
            }
            List<AdjustmentLine> adjustments = new ArrayList<>();
            for (AtAdjustment a : data.adjustments()) {
                if (a.contractID() == contract.id()) {
                    adjustments.add(new AdjustmentLine(a.id(), a.serviceID(), name(services, a.serviceID()), a.effectiveDate(),
                            a.unitChange(), a.adjustedUnitPrice(), a.receivedAt()));
                }
            }
            lines.sort(Comparator.comparing(ServiceLine::serviceName));
            AtCompany company = companies.get(contract.companyID());
            contracts.add(new ContractView(contract.id(), contract.contractName(), contract.companyID(),
                    company == null ? "company " + contract.companyID() : company.companyName(),
                    PicklistValues.contractTypeLabel(contract.contractType()),
                    contract.status() == PicklistValues.STATUS_ACTIVE ? "Active" : "Inactive",
                    contract.startDate(), contract.endDate(), contract.endDate().isBefore(date), lines, adjustments));
        }
        contracts.sort(Comparator.comparing(ContractView::companyName).thenComparing(ContractView::contractName));
        return new SandboxView(date, contracts, List.of());
    }

    /** All adjustments received, over every contract. */
    public int adjustmentCount() {
        return contracts.stream().mapToInt(c -> c.adjustments().size()).sum();
    }

    private static String name(Map<Long, AtService> services, long id) {
        AtService s = services.get(id);
        return s == null ? "service " + id : s.name();
    }
}
