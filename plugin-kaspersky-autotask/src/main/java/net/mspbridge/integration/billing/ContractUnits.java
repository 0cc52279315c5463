package net.mspbridge.integration.billing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Autotask has on one contract: its contract services and their unit rows, grouped once per
 * run so that the reconciliation plans a contract from its own few rows. A run holds one of these
 * per contract (a few thousand) rather than an index of every (contract, service) pair (a hundred
 * thousand), and a pair's timeline lives only while its line is decided.
 */
final class ContractUnits {

    static final ContractUnits NONE = new ContractUnits(List.of(), List.of());

    private final List<ContractServiceFacts> services;
    private final List<UnitsRow> rows;

    private ContractUnits(List<ContractServiceFacts> services, List<UnitsRow> rows) {
        this.services = services;
        this.rows = rows;
    }

    /**
     * The contract services and unit rows by contract, in one pass over each. A contract's entries
     * tend to come one after another: only a change of contract looks it up.
     */
    static Map<Long, ContractUnits> byContract(List<ContractServiceFacts> services, List<UnitsRow> rows) {
        Map<Long, ContractUnits> contracts = new HashMap<>();
        ContractUnits current = null;
        long contractId = 0;
        for (ContractServiceFacts service : services) {
            if (current == null || service.contractId() != contractId) {
                contractId = service.contractId();
                current = contracts.computeIfAbsent(contractId, id -> new ContractUnits(new ArrayList<>(), new ArrayList<>()));
            }
            current.services.add(service);
        }
        current = null;
        for (UnitsRow row : rows) {
            if (current == null || row.contractId() != contractId) {
                contractId = row.contractId();
                current = contracts.computeIfAbsent(contractId, id -> new ContractUnits(new ArrayList<>(), new ArrayList<>()));
            }
            current.rows.add(row);
        }
        return contracts;
    }

    /** Whether the service is on the contract: as a contract service, or by its unit rows. */
    boolean has(long serviceId) {
        if (contractService(serviceId).isPresent()) {
            return true;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).serviceId() == serviceId) {
                return true;
            }
        }
        return false;
    }

    Optional<ContractServiceFacts> contractService(long serviceId) {
        for (int i = 0; i < services.size(); i++) {
            if (services.get(i).serviceId() == serviceId) {
                return Optional.of(services.get(i));
            }
        }
        return Optional.empty();
    }

    /** The service's unit rows on this contract; a scan of the contract's rows, a few dozen. */
    UnitTimeline timeline(long serviceId) {
        List<UnitsRow> own = null;
        for (int i = 0; i < rows.size(); i++) {
            UnitsRow row = rows.get(i);
            if (row.serviceId() == serviceId) {
                if (own == null) {
                    own = new ArrayList<>(4);
                }
                own.add(row);
            }
        }
        return own == null ? UnitTimeline.EMPTY : UnitTimeline.of(own);
    }
}
