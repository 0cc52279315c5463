package net.mspbridge.integration.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.mspbridge.api.ServiceUnavailableException;

/** An Autotask directory held in memory that records every call, and can be told to fail. */
final class FakeDirectory implements AutotaskDirectory {

    final Map<Long, Service> services = new LinkedHashMap<>();
    final Map<Long, Company> companies = new LinkedHashMap<>();
    final Map<Long, Contract> contracts = new LinkedHashMap<>();
    final List<String> calls = new ArrayList<>();
    private RuntimeException failure;

    FakeDirectory service(long id, String name, boolean active, String price, String period) {
        services.put(id, new Service(id, name, active, Optional.ofNullable(price).map(BigDecimal::new), period));
        return this;
    }

    FakeDirectory company(long id, String name, boolean active) {
        companies.put(id, new Company(id, name, active));
        return this;
    }

    /** A contract; a null date is one Autotask has no value for. */
    FakeDirectory contract(long id, long companyId, String name, boolean recurring, boolean active, String start,
            String end) {
        contracts.put(id, new Contract(id, companyId, name, recurring ? "Recurring Service" : "Time and Materials",
                recurring, active, Optional.ofNullable(start).map(LocalDate::parse),
                Optional.ofNullable(end).map(LocalDate::parse)));
        return this;
    }

    /** Every later call throws this. */
    FakeDirectory failWith(RuntimeException failure) {
        this.failure = failure;
        return this;
    }

    FakeDirectory unreachable() {
        return failWith(new ServiceUnavailableException("Autotask",
                "Could not connect to webservices5.autotask.net: connection timed out."));
    }

    private void call(String call) {
        calls.add(call);
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public List<Service> activeServices() {
        call("activeServices");
        return services.values().stream().filter(Service::active).toList();
    }

    @Override
    public Map<Long, Service> services(Collection<Long> ids) {
        call("services" + List.copyOf(ids));
        return pick(services, ids);
    }

    @Override
    public List<Company> activeCompanies() {
        call("activeCompanies");
        return companies.values().stream().filter(Company::active).toList();
    }

    @Override
    public Map<Long, Company> companies(Collection<Long> ids) {
        call("companies" + List.copyOf(ids));
        return pick(companies, ids);
    }

    @Override
    public List<Contract> contractsOf(long companyId) {
        call("contractsOf(" + companyId + ")");
        return contracts.values().stream().filter(c -> c.companyId() == companyId).toList();
    }

    @Override
    public Map<Long, Contract> contracts(Collection<Long> ids) {
        call("contracts" + List.copyOf(ids));
        return pick(contracts, ids);
    }

    private static <T> Map<Long, T> pick(Map<Long, T> all, Collection<Long> ids) {
        Map<Long, T> out = new LinkedHashMap<>();
        ids.stream().filter(all::containsKey).forEach(id -> out.put(id, all.get(id)));
        return out;
    }
}
