package net.mspbridge.integration.autotask;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import okhttp3.OkHttpClient;

/** The {@link AutotaskClient} on OkHttp; built by {@link DefaultAutotaskClientFactory}. */
final class RestAutotaskClient implements AutotaskClient {

    /**
     * The id Autotask gives the MSP's own organization (its owner company, the "zero company"), so a
     * company id may be 0, unlike other ids. Autotask's entity pages do not say it; a public record of
     * queries against a live tenant shows {@code companyID eq 0} returning that company's tickets, and the
     * demo's Autotask sandbox models it so. Asking for a company 0 that does not exist finds nothing.
     */
    static final long OWN_COMPANY_ID = 0;

    private static final String ADJUSTMENTS = "ContractServiceAdjustments";
    private static final String THRESHOLD = "ThresholdInformation";

    private final OkHttpClient okHttp;
    private final AutotaskHttp http;
    private final ZoneDirectory zones;
    private final BudgetGuard budget;
    private final CallCounter counter;
    private final Picklists picklists;
    private final QueryRunner queries;
    private final AtomicBoolean closed = new AtomicBoolean();

    RestAutotaskClient(OkHttpClient okHttp, AutotaskHttp http, ZoneDirectory zones, BudgetGuard budget,
            CallCounter counter) {
        this.okHttp = okHttp;
        this.http = http;
        this.zones = zones;
        this.budget = budget;
        this.counter = counter;
        this.picklists = new Picklists(http);
        this.queries = new QueryRunner(http, picklists);
        budget.readWith(this::readThreshold);
    }

    @Override
    public URI baseUrl() {
        open();
        return http.base().uri();
    }

    @Override
    public Optional<ZoneInformation> zoneInformation() {
        open();
        return zones.zone();
    }

    @Override
    public ThresholdInformation thresholdInformation() {
        open();
        return budget.read();
    }

    @Override
    public List<Service> activeServices() {
        List<Service> services = new ArrayList<>(query(AutotaskEntity.SERVICES,
                Query.where(Filter.eq("isActive", true)).maxRecords(Query.MAX_PAGE_SIZE)));
        services.sort(Comparator.comparing(s -> s.name() == null ? "" : s.name(), String.CASE_INSENSITIVE_ORDER));
        return services;
    }

    @Override
    public List<Service> servicesByIds(Collection<Long> ids) {
        return byIds(AutotaskEntity.SERVICES, "id", "ids", ids);
    }

    @Override
    public List<Company> activeCompanies() {
        List<Company> companies = new ArrayList<>(query(AutotaskEntity.COMPANIES,
                Query.where(Filter.eq("isActive", true)).maxRecords(Query.MAX_PAGE_SIZE)));
        companies.sort(Comparator.comparing(c -> c.companyName() == null ? "" : c.companyName(),
                String.CASE_INSENSITIVE_ORDER));
        return companies;
    }

    @Override
    public List<Company> companiesByIds(Collection<Long> ids) {
        return batched("ids", ids, OWN_COMPANY_ID, batch -> query(AutotaskEntity.COMPANIES,
                Query.where(Filter.in("id", batch)).maxRecords(Query.MAX_PAGE_SIZE)));
    }

    @Override
    public List<Currency> currenciesByIds(Collection<Long> ids) {
        return byIds(AutotaskEntity.CURRENCIES, "id", "ids", ids);
    }

    @Override
    public List<Contract> contractsByIds(Collection<Long> ids) {
        return byIds(AutotaskEntity.CONTRACTS, "id", "ids", ids);
    }

    @Override
    public List<Contract> contractsOfCompanies(Collection<Long> companyIds) {
        return batched("companyIds", companyIds, OWN_COMPANY_ID, batch -> query(AutotaskEntity.CONTRACTS,
                Query.where(Filter.in("companyID", batch)).maxRecords(Query.MAX_PAGE_SIZE)));
    }

    @Override
    public List<ContractService> contractServicesOfContracts(Collection<Long> contractIds) {
        return byIds(AutotaskEntity.CONTRACT_SERVICES, "contractID", "contractIds", contractIds);
    }

    @Override
    public List<ContractServiceUnit> contractServiceUnits(Collection<Long> contractIds, LocalDate endingOnOrAfter) {
        Objects.requireNonNull(endingOnOrAfter, "endingOnOrAfter");
        return batched("contractIds", contractIds, 1, ids -> query(AutotaskEntity.CONTRACT_SERVICE_UNITS,
                Query.where(Filter.in("contractID", ids), Filter.gte("endDate", endingOnOrAfter))
                        .maxRecords(Query.MAX_PAGE_SIZE)));
    }

    @Override
    public long createAdjustment(ContractServiceAdjustment adjustment) {
        Objects.requireNonNull(adjustment, "adjustment");
        open();
        ObjectNode body = JsonNodeFactory.instance.objectNode()
                .put("contractID", adjustment.contractId())
                .put("serviceID", adjustment.serviceId())
                .put("effectiveDate", AutotaskDates.formatDate(adjustment.effectiveDate()))
                .put("unitChange", adjustment.unitChange());
        if (adjustment.adjustedUnitPrice() != null) {
            body.put("adjustedUnitPrice", adjustment.adjustedUnitPrice());
        }
        JsonNode answer = http.post(new CallInfo(ADJUSTMENTS, CallKind.CREATE), ADJUSTMENTS, bytes(body));
        JsonNode itemId = answer.get("itemId");
        if (itemId == null || !(itemId.canConvertToLong() || itemId.asText().matches("\\d+"))) {
            // It was created (2xx), but the id is unreadable: the caller must not create it again.
            throw new AutotaskProtocolException("POST", ADJUSTMENTS, "the answer has no readable 'itemId'", null);
        }
        return itemId.isNumber() ? itemId.asLong() : Long.parseLong(itemId.asText());
    }

    @Override
    public <T> List<T> query(AutotaskEntity<T> entity, Query query) {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(query, "query");
        open();
        return queries.list(entity, query);
    }

    @Override
    public long count(AutotaskEntity<?> entity, Query query) {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(query, "query");
        open();
        return queries.count(entity, query);
    }

    @Override
    public <T> Optional<T> get(AutotaskEntity<T> entity, long id) {
        Objects.requireNonNull(entity, "entity");
        requireId("id", id, entity == AutotaskEntity.COMPANIES ? OWN_COMPANY_ID : 1);
        open();
        return queries.get(entity, id);
    }

    @Override
    public Picklist picklist(String entity, String field) {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(field, "field");
        open();
        return picklists.get(entity, field);
    }

    @Override
    public long callCount() {
        return counter.total();
    }

    @Override
    public Map<String, Long> callCounts() {
        return counter.byEndpoint();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            okHttp.dispatcher().executorService().shutdown();
            okHttp.connectionPool().evictAll();
        }
    }

    private ThresholdInformation readThreshold() {
        JsonNode answer = http.get(new CallInfo(THRESHOLD, CallKind.THRESHOLD), THRESHOLD);
        try {
            return Json.MAPPER.treeToValue(answer, ThresholdInformation.class);
        } catch (JsonProcessingException e) {
            throw new AutotaskProtocolException("GET", THRESHOLD, "not threshold information", e);
        }
    }

    /** The entities whose {@code field} is one of {@code ids}, ids of an entity other than a company (positive). */
    private <T> List<T> byIds(AutotaskEntity<T> entity, String field, String what, Collection<Long> ids) {
        return batched(what, ids, 1, batch -> query(entity, Query.where(Filter.in(field, batch))
                .maxRecords(Query.MAX_PAGE_SIZE)));
    }

    /**
     * Checks the ids (each {@code lowest} or more) and runs {@code read} once for all of them (the query
     * splits long lists itself).
     */
    private static <T> List<T> batched(String what, Collection<Long> ids, long lowest,
            Function<List<Long>, List<T>> read) {
        Objects.requireNonNull(ids, what);
        Set<Long> distinct = new LinkedHashSet<>();
        for (Long id : ids) {
            Objects.requireNonNull(id, () -> what + " holds a null id");
            requireId(what, id, lowest);
            distinct.add(id);
        }
        return distinct.isEmpty() ? List.of() : read.apply(List.copyOf(distinct));
    }

    private static void requireId(String what, long id, long lowest) {
        if (id < lowest) {
            throw new IllegalArgumentException(what + " must hold Autotask ids (" + (lowest == 0 ? "0 or more"
                    : "positive numbers") + "), got " + id);
        }
    }

    private void open() {
        if (closed.get()) {
            throw new IllegalStateException("this Autotask client is closed; build a new one");
        }
    }

    private static byte[] bytes(ObjectNode body) {
        try {
            return Json.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an adjustment as JSON", e);
        }
    }
}
