package net.mspbridge.integration.plugin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import net.mspbridge.integration.autotask.AutotaskApiException;
import net.mspbridge.integration.autotask.AutotaskAuthenticationException;
import net.mspbridge.integration.autotask.AutotaskBudgetExhaustedException;
import net.mspbridge.integration.autotask.AutotaskClient;
import net.mspbridge.integration.autotask.AutotaskException;
import net.mspbridge.integration.autotask.AutotaskOutcomeUnknownException;
import net.mspbridge.integration.autotask.AutotaskRateLimitedException;
import net.mspbridge.integration.autotask.AutotaskUnavailableException;
import net.mspbridge.integration.autotask.AutotaskUntrustedUrlException;
import net.mspbridge.integration.autotask.Contract;
import net.mspbridge.integration.autotask.ContractServiceAdjustment;
import net.mspbridge.integration.billing.AdjustmentRefusedException;
import net.mspbridge.integration.billing.AdjustmentRequest;
import net.mspbridge.integration.billing.AutotaskPort;
import net.mspbridge.integration.billing.AutotaskPortUnavailableException;
import net.mspbridge.integration.billing.BudgetLimitException;
import net.mspbridge.integration.billing.BudgetWindow;
import net.mspbridge.integration.billing.CompanyFacts;
import net.mspbridge.integration.billing.ContractFacts;
import net.mspbridge.integration.billing.ContractServiceFacts;
import net.mspbridge.integration.billing.OutcomeUnknownException;
import net.mspbridge.integration.billing.ReadFailedException;
import net.mspbridge.integration.billing.ServerErrorOnCreateException;
import net.mspbridge.integration.billing.PeriodLabels;
import net.mspbridge.integration.billing.ServiceFacts;
import net.mspbridge.integration.billing.UnitsRow;

/**
 * The billing run's port, implemented with the Autotask client: each read is one batched query
 * (the client pages it), and the client's exceptions become the port's, which say what the run may
 * do next. The decisive case is a create: only an answer that proves Autotask did not act becomes
 * "refused" (a 4xx with Autotask's reasons) or "unavailable"; anything that might have reached
 * Autotask becomes "outcome unknown", which the run settles by reading the units again, never by
 * sending the create twice. A 500 with Autotask's messages is one of those: it may be a validation
 * refusal or Autotask's own fault after the change was saved ({@link ServerErrorOnCreateException}).
 *
 * <p>A stop to spare the hourly budget says when the run's share is free again ({@link BudgetWindow}), by
 * the host's clock, so that the host can continue the run then.
 *
 * <p>The port owns its client: the run closes the port when it ends.
 */
final class ClientAutotaskPort implements AutotaskPort, AutoCloseable {

    private final AutotaskClient client;
    private final Clock clock;

    /** @param clock the host's clock (the run's {@code HostContext}), which a continuation is scheduled by */
    ClientAutotaskPort(AutotaskClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public List<ContractFacts> contracts(Collection<Long> contractIds) {
        return read("Contracts", () -> client.contractsByIds(contractIds)).stream()
                .map(ClientAutotaskPort::contract).toList();
    }

    @Override
    public List<ContractServiceFacts> contractServices(Collection<Long> contractIds) {
        return read("ContractServices", () -> client.contractServicesOfContracts(contractIds)).stream()
                .map(cs -> new ContractServiceFacts(cs.contractId(), cs.serviceId(), Optional.ofNullable(cs.unitPrice())))
                .toList();
    }

    @Override
    public List<UnitsRow> serviceUnits(Collection<Long> contractIds, LocalDate from) {
        return read("ContractServiceUnits", () -> client.contractServiceUnits(contractIds, from)).stream()
                // A row without dates cannot say when its units are in force; Autotask always sets both.
                .filter(row -> row.startDate() != null && row.endDate() != null)
                .map(row -> new UnitsRow(row.contractId(), row.serviceId(), row.startDate(), row.endDate(), row.units()))
                .toList();
    }

    @Override
    public List<ServiceFacts> services(Collection<Long> serviceIds) {
        return read("Services", () -> client.servicesByIds(serviceIds)).stream()
                .map(s -> new ServiceFacts(s.id(), s.name() == null ? "Service " + s.id() : s.name(),
                        Optional.ofNullable(s.unitPrice()), PeriodLabels.of(s.periodTypeLabel())))
                .toList();
    }

    @Override
    public List<CompanyFacts> companies(Collection<Long> companyIds) {
        return read("Companies", () -> client.companiesByIds(companyIds)).stream()
                .map(c -> new CompanyFacts(c.id(), c.companyName() == null ? "" : c.companyName(),
                        Optional.ofNullable(c.currencyId())))
                .toList();
    }

    @Override
    public Map<Long, String> currencyCodes(Collection<Long> currencyIds) {
        Map<Long, String> codes = new LinkedHashMap<>();
        read("Currencies", () -> client.currenciesByIds(currencyIds)).stream()
                .filter(c -> c.name() != null && !c.name().isBlank())
                .forEach(c -> codes.put(c.id(), c.name().strip()));
        return codes;
    }

    @Override
    public long createAdjustment(AdjustmentRequest request) {
        ContractServiceAdjustment adjustment = new ContractServiceAdjustment(request.contractId(), request.serviceId(),
                request.effectiveDate(), request.unitChange(), request.unitPrice());
        try {
            return client.createAdjustment(adjustment);
        } catch (AutotaskOutcomeUnknownException e) {
            throw new OutcomeUnknownException(request, e.getMessage(), e);
        } catch (AutotaskBudgetExhaustedException e) {
            throw budget(e);
        } catch (AutotaskRateLimitedException e) {
            // Still 429 after the client's retries: Autotask turned the request away before processing it.
            throw new AutotaskPortUnavailableException(e.getMessage(), e);
        } catch (AutotaskApiException e) {
            if (!e.serverMessages().isEmpty() && e.status() == 500) {
                // Autotask's validation refusals and its own faults both come as 500 with a message, and a
                // fault may follow the saved change: settled by reading the units again (ServerErrorOnCreateException).
                throw new ServerErrorOnCreateException(request, e.status(), e.serverMessages(), e);
            }
            if (!e.serverMessages().isEmpty() && e.status() < 500) {
                // A client error with Autotask's own reasons: the request was refused, nothing was made.
                throw new AdjustmentRefusedException(request, e.serverMessages());
            }
            throw new OutcomeUnknownException(request, e.getMessage(), e);
        } catch (AutotaskUnavailableException | AutotaskUntrustedUrlException e) {
            // The client raises these only when the request certainly did not reach Autotask.
            throw new AutotaskPortUnavailableException(e.getMessage(), e);
        } catch (AutotaskException e) {
            // An answer that cannot be read (no itemId, not JSON) may follow a change that was made.
            throw new OutcomeUnknownException(request, e.getMessage(), e);
        }
    }

    private <T> List<T> read(String entity, Supplier<List<T>> call) {
        try {
            return call.get();
        } catch (AutotaskBudgetExhaustedException e) {
            throw budget(e);
        } catch (AutotaskAuthenticationException | AutotaskUntrustedUrlException
                 | AutotaskUnavailableException e) {
            throw new AutotaskPortUnavailableException(e.getMessage(), e);
        } catch (AutotaskException e) {
            throw new ReadFailedException(entity, e.getMessage(), e);
        }
    }

    private BudgetLimitException budget(AutotaskBudgetExhaustedException e) {
        return new BudgetLimitException(e.getMessage(), (int) e.used(), (int) Math.round(e.threshold() * e.share()),
                Optional.of(BudgetWindow.freeAgainAfter(clock.instant(), e.timeframeMinutes())));
    }

    private static ContractFacts contract(Contract c) {
        // Autotask may leave a contract's dates open; an open end never limits billing.
        LocalDate start = c.startDate() == null ? LocalDate.MIN : c.startDate();
        LocalDate end = c.endDate() == null ? LocalDate.MAX : c.endDate();
        return new ContractFacts(c.id(), c.companyId(), c.contractName() == null ? "Contract " + c.id() : c.contractName(),
                c.isRecurringService(), c.isActive(), start, end);
    }
}
