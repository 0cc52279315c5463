package net.mspbridge.integration.billing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Everything a billing run needs from Autotask, and nothing more. The billing package owns this
 * port; the Autotask adapter implements it with the REST client, so billing never sees HTTP or
 * JSON.
 *
 * <h2>Batching</h2>
 * Every read takes a collection of ids, never one id at a time. The run never passes more than
 * {@link #MAX_IDS} ids in one call; the adapter sends them as a single query with an
 * {@code in [...]} filter and follows {@code nextPageUrl} until it is null, so one call costs
 * {@code ceil(items / 500)} requests (at least one). An empty collection answers empty without a
 * request. Ids with nothing behind them are simply absent from the answer.
 *
 * <h2>Threading and time</h2>
 * Reads are called from the run's own thread, one at a time. {@link #createAdjustment} may be
 * called from up to three threads at once (the run's fixed pool), so implementations are
 * thread-safe. Every call returns or throws within a bounded time (the adapter's timeouts and
 * retry limits). The run waits at most two minutes for one create's answer; after that it treats
 * the create's outcome as unknown, interrupts the calling thread and settles it by reading.
 *
 * <h2>Retries</h2>
 * Reads may be retried by the adapter with back-off. A create is retried only when Autotask
 * certainly did not act on it (connection refused before sending, HTTP 429 before processing):
 * an adjustment cannot be queried or deleted, so a blind retry could bill twice.
 *
 * <h2>Errors</h2>
 * All unchecked, all subclasses of {@link AutotaskPortException}, with messages fit for a person
 * and free of secrets:
 * <ul>
 *   <li>{@link AutotaskPortUnavailableException}: Autotask cannot be used at all (unreachable after
 *       retries, credentials or integration code refused). The failed call changed nothing.</li>
 *   <li>{@link ReadFailedException}: this one read failed (after retries) although Autotask is
 *       otherwise usable, for example a server error on this query. Only the ids of this call
 *       are affected.</li>
 *   <li>{@link BudgetLimitException}: the run's share of the shared hourly API budget
 *       ({@code billing.apiBudgetShare}) is used up; the call was not made.</li>
 *   <li>{@link AdjustmentRefusedException} (creates only): Autotask answered with a client error
 *       (4xx) and its reasons; the adjustment was not made.</li>
 *   <li>{@link OutcomeUnknownException} (creates only): the request was sent and its answer
 *       lost (time-out after sending, connection reset, a 5xx). The adjustment may or may not be
 *       in force; the run settles it by reading the units again and never sends it again. Its
 *       subclass {@link ServerErrorOnCreateException} is a 500 with Autotask's messages: a
 *       validation refusal or Autotask's own fault, possibly after the change was saved; when the
 *       units did not move, the run reports it as refused with those messages.</li>
 * </ul>
 * Any other runtime exception is a defect of the adapter; from a create the run treats it like
 * {@link OutcomeUnknownException}.
 */
public interface AutotaskPort {

    /** The most ids the run passes in one call: Autotask's page size. */
    int MAX_IDS = 500;

    /**
     * The contracts with these ids: {@code Contracts} query {@code id in [...]}.
     *
     * @param contractIds at most {@link #MAX_IDS} contract ids
     * @return one entry per contract found, in any order; ids not found are absent
     */
    List<ContractFacts> contracts(Collection<Long> contractIds);

    /**
     * The services on these contracts, with their unit prices: {@code ContractServices} query
     * {@code contractID in [...]}.
     *
     * @param contractIds at most {@link #MAX_IDS} contract ids
     * @return every contract service of those contracts, in any order
     */
    List<ContractServiceFacts> contractServices(Collection<Long> contractIds);

    /**
     * The unit rows of every service on these contracts that are in force on or after a date:
     * {@code ContractServiceUnits} query {@code contractID in [...]} and {@code endDate >= from}.
     * The run uses them for the units in force on its effective date and to see changes already
     * in force after it. Rows ending before {@code from} may be included or left out.
     *
     * @param contractIds at most {@link #MAX_IDS} contract ids
     * @param from        the run's effective date
     * @return the rows, in any order; dates are calendar dates (UTC) as Autotask stores them
     */
    List<UnitsRow> serviceUnits(Collection<Long> contractIds, LocalDate from);

    /**
     * The services with these ids, active or not: {@code Services} query {@code id in [...]}.
     *
     * @param serviceIds at most {@link #MAX_IDS} service ids
     * @return one entry per service found, in any order; ids not found are absent
     */
    List<ServiceFacts> services(Collection<Long> serviceIds);

    /**
     * These companies' names and currencies: {@code Companies} query {@code id in [...]}.
     *
     * @param companyIds at most {@link #MAX_IDS} company ids
     * @return one entry per company found, in any order; ids not found are absent
     */
    List<CompanyFacts> companies(Collection<Long> companyIds);

    /**
     * The codes of these currencies: {@code Currencies} query {@code id in [...]}; the code is the
     * currency's {@code name}, three letters (ISO 4217).
     *
     * @param currencyIds at most {@link #MAX_IDS} currency ids
     * @return the code by id of every currency found; ids not found are absent
     */
    Map<Long, String> currencyCodes(Collection<Long> currencyIds);

    /**
     * Creates one {@code ContractServiceAdjustments} entity: {@code unitChange} units of the
     * service on the contract from the effective date onward, at the unit price given. Autotask
     * adds the service to the contract when it is not there yet.
     *
     * @param request what to create
     * @return the id Autotask gave the adjustment ({@code itemId})
     * @throws AdjustmentRefusedException when Autotask refused it with a client error; nothing was made
     * @throws OutcomeUnknownException    when the request was sent and the answer lost or a server error
     *                                    ({@link ServerErrorOnCreateException} for a 500 with Autotask's messages)
     * @throws BudgetLimitException       when the API budget share is used up; nothing was sent
     * @throws AutotaskPortUnavailableException when Autotask could not be used; nothing was made
     */
    long createAdjustment(AdjustmentRequest request);
}
