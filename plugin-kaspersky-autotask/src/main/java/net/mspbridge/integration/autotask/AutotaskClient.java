package net.mspbridge.integration.autotask;

import java.net.URI;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Autotask PSA REST API as this plugin uses it: batched reads of services, companies, currencies, contracts
 * and their units, the one create (a Contract Service Adjustment), and the generic query, count, get
 * and picklist operations under them. Build one with {@link AutotaskClientFactory}.
 *
 * <p><b>Threading and ownership.</b> Thread-safe: share one client among the threads of a run. All
 * threads together keep to {@link AutotaskOptions#maxInFlightPerEndpoint()} calls in flight per
 * endpoint and to the client's share of the hourly budget. The client owns its connections; close it
 * when done ({@link #close()} does not throw). Every call is bounded by the configured time-outs.
 *
 * <p><b>Batching.</b> Methods taking ids make one query per {@value Query#MAX_IN_VALUES} ids (pages of
 * up to {@value Query#MAX_PAGE_SIZE} items), never one per id; an empty collection returns an empty
 * list without calling Autotask. Repeated ids count once. Results come in Autotask's order unless a
 * method says otherwise.
 *
 * <p><b>Errors</b> (all unchecked, under {@link AutotaskException}):
 * <ul>
 *   <li>{@link AutotaskAuthenticationException}: the API user, secret or integration code was
 *       refused, or the zone of the user is unknown; a person must fix the settings.</li>
 *   <li>{@link AutotaskApiException}: any other error answer, with Autotask's own messages (for a
 *       create, a business-rule refusal; for example an inactive contract).</li>
 *   <li>{@link AutotaskRateLimitedException}: still HTTP 429 after bounded retries; nothing was done.</li>
 *   <li>{@link AutotaskUnavailableException}: Autotask not reachable or no answer in time (reads are
 *       retried first); for a create: certainly not applied.</li>
 *   <li>{@link AutotaskOutcomeUnknownException}: only from a create whose answer was lost; never
 *       retried by the client: re-read the units to learn whether it was applied.</li>
 *   <li>{@link AutotaskBudgetExhaustedException}: the "deferred" signal: the call would exceed the
 *       client's share of the hourly budget; nothing was sent.</li>
 *   <li>{@link AutotaskUntrustedUrlException}: a zone or page address credentials must not go to.</li>
 *   <li>{@link AutotaskProtocolException}: an answer that could not be read.</li>
 *   <li>{@link AutotaskPicklistException}: a picklist field or label Autotask does not have.</li>
 * </ul>
 * Misuse (null arguments, non-positive ids, a closed client) is an {@link IllegalArgumentException} /
 * {@link IllegalStateException}.
 */
public interface AutotaskClient extends AutoCloseable {

    /** The REST base in use, ending with {@code /}: the override, or the user's zone (looked up if needed). */
    URI baseUrl();

    /**
     * The zone of the API user, looked up on first use and cached (for "Test connection"); empty when a
     * base URL override is configured, because then no zone is looked up.
     */
    Optional<ZoneInformation> zoneInformation();

    /**
     * Reads Autotask's request budget now (one call) and restarts the client's budget count from it.
     */
    ThresholdInformation thresholdInformation();

    /** Every active service, sorted by name ignoring case: the options of the service drop-downs. */
    List<Service> activeServices();

    /** The services with these ids that exist (active or not). */
    List<Service> servicesByIds(Collection<Long> ids);

    /** Every active company, sorted by name ignoring case. */
    List<Company> activeCompanies();

    /** The companies with these ids that exist (active or not). */
    List<Company> companiesByIds(Collection<Long> ids);

    /** The currencies with these ids that exist (active or not): what {@link Company#currencyId()} names. */
    List<Currency> currenciesByIds(Collection<Long> ids);

    /** The contracts with these ids that exist, type and status resolved to labels. */
    List<Contract> contractsByIds(Collection<Long> ids);

    /** Every contract of these companies (any type or status), batched by {@code companyID in [...]}. */
    List<Contract> contractsOfCompanies(Collection<Long> companyIds);

    /** The services on these contracts, batched by {@code contractID in [...]}. */
    List<ContractService> contractServicesOfContracts(Collection<Long> contractIds);

    /**
     * The units rows of these contracts whose period ends on or after {@code endingOnOrAfter}: the row in
     * force on that date and every later one, so later changes show too. Batched by
     * {@code contractID in [...]} plus {@code endDate gte}, 500 a page.
     */
    List<ContractServiceUnit> contractServiceUnits(Collection<Long> contractIds, LocalDate endingOnOrAfter);

    /**
     * Creates a Contract Service Adjustment ({@code POST V1.0/ContractServiceAdjustments}).
     *
     * @return Autotask's id of the new adjustment
     * @throws AutotaskOutcomeUnknownException when the answer was lost: it may have been applied; not sent
     *                                         again
     * @throws AutotaskApiException            when Autotask refused it, with its messages
     */
    long createAdjustment(ContractServiceAdjustment adjustment);

    /** Every item matching {@code query}, all pages (see {@link Query}). */
    <T> List<T> query(AutotaskEntity<T> entity, Query query);

    /**
     * How many items match ({@code POST {Entity}/query/count}).
     *
     * @throws IllegalArgumentException when a long {@code in} list sits inside an {@code or} group
     */
    long count(AutotaskEntity<?> entity, Query query);

    /** The item with this id; empty when Autotask has none (404). */
    <T> Optional<T> get(AutotaskEntity<T> entity, long id);

    /**
     * A picklist field of an entity, read once per client from {@code {entity}/entityInformation/fields}.
     *
     * @param entity e.g. {@code "Contracts"}
     * @param field  e.g. {@code "contractType"} (ignoring case)
     * @throws AutotaskPicklistException when the entity has no such picklist field
     */
    Picklist picklist(String entity, String field);

    /** Requests this client has sent so far, every retry and lookup included. */
    long callCount();

    /** {@link #callCount()} by endpoint (e.g. {@code Contracts}, {@code zoneInformation}), sorted by name. */
    Map<String, Long> callCounts();

    /** Releases the client's connections; later calls throw {@link IllegalStateException}. */
    @Override
    void close();
}
