package net.mspbridge.api.host;

import java.util.List;
import java.util.stream.Stream;

/**
 * The host RMM's own view of the devices it manages: its customers, their devices with operating
 * system and installed security applications, and per-user licence seats. It is how usage that has
 * no public API of its own (for example Kaspersky Business Hub) reaches a billing plugin.
 *
 * <p>Implementations are thread-safe and read-only for the plugin. Errors reading the host's own
 * data surface as {@link net.mspbridge.api.StoreException}.
 */
public interface DeviceInventory {

    /** The host's customers, sorted by name. */
    List<InventoryCustomer> customers();

    /**
     * The devices of one customer. The stream may be backed by a database cursor: the caller
     * closes it (try-with-resources) and must not hold it beyond the call.
     *
     * @param customerId an id from {@link #customers()}
     * @return the customer's devices; empty for an unknown id
     */
    Stream<InventoryDevice> devices(String customerId);

    /**
     * The per-user licence seats of one customer: for each product licensed per user, how many
     * users hold a seat.
     *
     * @param customerId an id from {@link #customers()}
     * @return the customer's seats; empty for an unknown id
     */
    List<UserSeats> seats(String customerId);
}
