/**
 * The Kaspersky side: the catalog of security applications (per solution, licensed per device or
 * per user) and the usage sources behind one interface, {@link
 * net.mspbridge.integration.kaspersky.UsageSource}: the Kaspersky Security Center Open API and the
 * host RMM's device inventory (how Business Hub usage arrives).
 */
package net.mspbridge.integration.kaspersky;
