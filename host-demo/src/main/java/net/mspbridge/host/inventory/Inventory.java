package net.mspbridge.host.inventory;

import java.util.List;

import net.mspbridge.api.host.DeviceInventory;
import net.mspbridge.host.db.Database;

/**
 * The host's device inventory: what plugins read through {@link DeviceInventory}, plus the
 * per-customer summary the Inventory page shows. Read-only and thread-safe; database failures
 * surface as {@link net.mspbridge.api.StoreException}, as plugin-api asks.
 */
public interface Inventory extends DeviceInventory {

    /** One line per customer, sorted by name. */
    List<CustomerSummary> summaries();

    /**
     * The inventory in the host database, seeded with {@link DemoInventory demo data} the first
     * time the database is opened (once: emptying it later does not bring the demo back).
     */
    static Inventory openSeeded(Database database) {
        DemoInventory.seedOnce(database);
        return new DbInventory(database);
    }
}
