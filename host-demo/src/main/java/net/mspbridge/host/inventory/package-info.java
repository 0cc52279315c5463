/**
 * The host RMM's device inventory: customers, their devices with operating system, type and
 * installed security applications, and per-user seats; stored in the host database, seeded with
 * demo data on first start, offered to plugins as plugin-api's
 * {@link net.mspbridge.api.host.DeviceInventory} and shown on the Inventory page.
 */
package net.mspbridge.host.inventory;
