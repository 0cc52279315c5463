package net.mspbridge.host.web;

import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import net.mspbridge.api.host.InventoryCustomer;
import net.mspbridge.api.host.InventoryDevice;
import net.mspbridge.host.inventory.Inventory;

/** The device inventory, read-only. */
final class InventoryRoutes {

    private final Inventory inventory;

    InventoryRoutes(Inventory inventory) {
        this.inventory = inventory;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/inventory", ctx -> ctx.json(PanelJson.of("customers", inventory.summaries())));
        routes.get("/api/inventory/{customerId}", this::customer);
    }

    private void customer(Context ctx) {
        String id = ctx.pathParam("customerId");
        InventoryCustomer customer = inventory.customers().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> ApiError.notFound("there is no customer '" + id + "' in the inventory"));
        List<InventoryDevice> devices;
        try (Stream<InventoryDevice> stream = inventory.devices(id)) {
            devices = stream.toList();
        }
        ObjectNode json = PanelJson.object();
        json.set("customer", WebJson.MAPPER.valueToTree(customer));
        json.set("devices", WebJson.MAPPER.valueToTree(devices));
        json.set("seats", WebJson.MAPPER.valueToTree(inventory.seats(id)));
        ctx.json(json);
    }
}
