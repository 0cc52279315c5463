package net.mspbridge.integration.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Port: what the settings panels read from Autotask: the services, companies and contracts the
 * drop-downs offer and the validation checks chosen ids against. The panels never talk to the
 * Autotask client directly; the plugin's wiring supplies an implementation built on it (see
 * {@link SettingsPorts#autotaskDirectory}).
 *
 * <p>Cost: every method is one logical read, however many ids it is given; implementations batch
 * (for example one {@code id in [...]} query per 500 ids) and never make one call per id. The
 * panels ask for each kind of entity at most once per validation. Implementations may cache
 * answers for a short time (the lists back drop-downs that a page asks for again and again), but
 * a lookup by id must report an entity's current {@code active} state well enough for a save to
 * refuse a service deactivated minutes ago.
 *
 * <p>Threading: an instance serves one host call on one thread; it need not be thread-safe.
 *
 * <p>Errors: every method throws {@link net.mspbridge.api.ServiceUnavailableException} (service
 * "Autotask") when Autotask cannot be reached, refuses the credentials or fails, with a message
 * that says what happened and what to check and never contains a secret. Any other exception is
 * treated as a defect of the implementation.
 */
public interface AutotaskDirectory {

    /** The active services, in any order (the panels sort them). */
    List<Service> activeServices();

    /**
     * The services with the given ids, active or not.
     *
     * @return the services found, by id; an id absent from the map does not exist in Autotask
     */
    Map<Long, Service> services(Collection<Long> ids);

    /** The active companies, in any order (the panels sort them). */
    List<Company> activeCompanies();

    /**
     * The companies with the given ids, active or not.
     *
     * @return the companies found, by id; an id absent from the map does not exist in Autotask
     */
    Map<Long, Company> companies(Collection<Long> ids);

    /**
     * The contracts of one company, of every type and status: the panels choose the ones that can
     * be billed, so the rule lives in one place.
     */
    List<Contract> contractsOf(long companyId);

    /**
     * The contracts with the given ids, of every type and status.
     *
     * @return the contracts found, by id; an id absent from the map does not exist in Autotask
     */
    Map<Long, Contract> contracts(Collection<Long> ids);

    /**
     * An Autotask service (entity {@code Services}).
     *
     * @param id          {@code id}
     * @param name        {@code name}
     * @param active      {@code isActive}
     * @param unitPrice   {@code unitPrice}, empty when Autotask has none
     * @param periodLabel the label of the {@code periodType} picklist value, for example "Monthly";
     *                    empty when unknown
     */
    record Service(long id, String name, boolean active, Optional<BigDecimal> unitPrice, String periodLabel) {

        public Service {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(unitPrice, "unitPrice");
            Objects.requireNonNull(periodLabel, "periodLabel");
        }
    }

    /**
     * An Autotask company (entity {@code Companies}).
     *
     * @param id     {@code id}
     * @param name   {@code companyName}
     * @param active {@code isActive}
     */
    record Company(long id, String name, boolean active) {

        public Company {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * An Autotask contract (entity {@code Contracts}), with its picklist values resolved.
     *
     * @param id               {@code id}
     * @param companyId        {@code companyID}
     * @param name             {@code contractName}
     * @param typeLabel        the label of its {@code contractType}, for example "Recurring Service"
     * @param recurringService whether {@code contractType} is Recurring Service, the only type
     *                         whose services can be adjusted
     * @param active           whether {@code status} is Active
     * @param startDate        {@code startDate}; empty when Autotask has none (open start)
     * @param endDate          {@code endDate}; empty when Autotask has none (open end)
     */
    record Contract(
            long id,
            long companyId,
            String name,
            String typeLabel,
            boolean recurringService,
            boolean active,
            Optional<LocalDate> startDate,
            Optional<LocalDate> endDate) {

        public Contract {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(typeLabel, "typeLabel");
            Objects.requireNonNull(startDate, "startDate");
            Objects.requireNonNull(endDate, "endDate");
        }

        /** Whether the contract's dates include the day (both ends included; a missing end is open). */
        public boolean inForceOn(LocalDate day) {
            return startDate.map(start -> !day.isBefore(start)).orElse(true)
                    && endDate.map(end -> !day.isAfter(end)).orElse(true);
        }

        /** The dates as a person reads them: "from 2026-01-01 to 2026-12-31", "from 2026-01-01", ... */
        public String period() {
            if (startDate.isPresent() && endDate.isPresent()) {
                return "from " + startDate.get() + " to " + endDate.get();
            }
            return startDate.map(start -> "from " + start)
                    .or(() -> endDate.map(end -> "until " + end))
                    .orElse("without dates");
        }

        /** Whether usage can be billed to it on the day: Recurring Service, active and in force. */
        public boolean billableOn(LocalDate day) {
            return recurringService && active && inForceOn(day);
        }
    }
}
