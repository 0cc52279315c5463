package net.mspbridge.integration.autotask;

import java.util.Objects;

/**
 * A queryable Autotask entity and the record its items become, for the generic
 * {@link AutotaskClient#query}, {@link AutotaskClient#count} and {@link AutotaskClient#get}. The
 * constants are the entities this plugin reads. Immutable.
 *
 * @param <T> the record type of the entity's items
 */
public final class AutotaskEntity<T> {

    public static final AutotaskEntity<Company> COMPANIES =
            new AutotaskEntity<>("Companies", EntityDecoder.plain(Company.class));

    public static final AutotaskEntity<Currency> CURRENCIES =
            new AutotaskEntity<>("Currencies", EntityDecoder.plain(Currency.class));

    public static final AutotaskEntity<Service> SERVICES = new AutotaskEntity<>(ServiceWire.ENTITY,
            (item, picklists) -> Json.MAPPER.treeToValue(item, ServiceWire.class).resolve(picklists));

    public static final AutotaskEntity<Contract> CONTRACTS = new AutotaskEntity<>(ContractWire.ENTITY,
            (item, picklists) -> Json.MAPPER.treeToValue(item, ContractWire.class).resolve(picklists));

    public static final AutotaskEntity<ContractService> CONTRACT_SERVICES =
            new AutotaskEntity<>("ContractServices", EntityDecoder.plain(ContractService.class));

    public static final AutotaskEntity<ContractServiceUnit> CONTRACT_SERVICE_UNITS =
            new AutotaskEntity<>("ContractServiceUnits", EntityDecoder.plain(ContractServiceUnit.class));

    private final String name;
    private final EntityDecoder<T> decoder;

    private AutotaskEntity(String name, EntityDecoder<T> decoder) {
        this.name = Objects.requireNonNull(name, "name");
        this.decoder = Objects.requireNonNull(decoder, "decoder");
    }

    /** The entity's name in Autotask's paths, e.g. {@code Contracts}; also its in-flight limit's key. */
    public String name() {
        return name;
    }

    EntityDecoder<T> decoder() {
        return decoder;
    }

    @Override
    public String toString() {
        return name;
    }
}
