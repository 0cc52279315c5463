package net.mspbridge.integration.plugin;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import net.mspbridge.integration.autotask.AutotaskClient;
import net.mspbridge.integration.mapping.AutotaskDirectory;

/**
 * The settings panels' view of Autotask, read through one client. The lists behind drop-downs
 * (active services, active companies, a company's contracts) are kept for {@link #TTL}: a page with a
 * hundred Companies rows asks for contract options a hundred times, and Autotask's hourly budget is
 * shared with every other integration of the MSP. Lookups by id, which validation uses before a
 * save, are always read live. Thread-safe.
 */
final class CachingDirectory implements AutotaskDirectory {

    static final Duration TTL = Duration.ofSeconds(30);

    private final AutotaskClient client;
    private final Map<String, Timed<?>> lists = new ConcurrentHashMap<>();

    CachingDirectory(AutotaskClient client) {
        this.client = client;
    }

    AutotaskClient client() {
        return client;
    }

    @Override
    public List<Service> activeServices() {
        return cached("services", () -> client.activeServices().stream().map(CachingDirectory::service).toList());
    }

    @Override
    public Map<Long, Service> services(Collection<Long> ids) {
        return byId(AutotaskFailures.call(() -> client.servicesByIds(ids)).stream().map(CachingDirectory::service).toList(),
                Service::id);
    }

    @Override
    public List<Company> activeCompanies() {
        return cached("companies", () -> client.activeCompanies().stream().map(CachingDirectory::company).toList());
    }

    @Override
    public Map<Long, Company> companies(Collection<Long> ids) {
        return byId(AutotaskFailures.call(() -> client.companiesByIds(ids)).stream().map(CachingDirectory::company).toList(),
                Company::id);
    }

    @Override
    public List<Contract> contractsOf(long companyId) {
        return cached("contracts/" + companyId, () -> client.contractsOfCompanies(List.of(companyId)).stream()
                .map(CachingDirectory::contract).toList());
    }

    @Override
    public Map<Long, Contract> contracts(Collection<Long> ids) {
        return byId(AutotaskFailures.call(() -> client.contractsByIds(ids)).stream().map(CachingDirectory::contract).toList(),
                Contract::id);
    }

    private <T> List<T> cached(String key, Supplier<List<T>> read) {
        long now = System.nanoTime();
        @SuppressWarnings("unchecked")
        Timed<List<T>> entry = (Timed<List<T>>) lists.get(key);
        if (entry != null && now - entry.readAt() < TTL.toNanos()) {
            return entry.value();
        }
        List<T> value = AutotaskFailures.call(read);
        lists.put(key, new Timed<>(value, now));
        return value;
    }

    private static <T> Map<Long, T> byId(List<T> values, java.util.function.ToLongFunction<T> id) {
        Map<Long, T> map = new LinkedHashMap<>();
        values.forEach(v -> map.put(id.applyAsLong(v), v));
        return map;
    }

    private static Service service(net.mspbridge.integration.autotask.Service s) {
        return new Service(s.id(), s.name() == null ? "Service " + s.id() : s.name(), s.active(),
                Optional.ofNullable(s.unitPrice()), s.periodTypeLabel() == null ? "" : s.periodTypeLabel());
    }

    private static Company company(net.mspbridge.integration.autotask.Company c) {
        return new Company(c.id(), c.companyName() == null ? "Company " + c.id() : c.companyName(), c.active());
    }

    private static Contract contract(net.mspbridge.integration.autotask.Contract c) {
        return new Contract(c.id(), c.companyId(), c.contractName() == null ? "Contract " + c.id() : c.contractName(),
                c.contractTypeLabel() == null ? "" : c.contractTypeLabel(), c.isRecurringService(), c.isActive(),
                Optional.ofNullable(c.startDate()), Optional.ofNullable(c.endDate()));
    }

    private record Timed<T>(T value, long readAt) {
    }
}
