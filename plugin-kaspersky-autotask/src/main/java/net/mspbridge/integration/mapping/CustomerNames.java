package net.mspbridge.integration.mapping;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.mspbridge.api.HostContext;
import net.mspbridge.api.PluginException;
import net.mspbridge.integration.kaspersky.KasperskyCustomer;
import net.mspbridge.integration.kaspersky.UsageSource;
import net.mspbridge.integration.redaction.Redactor;

/**
 * The Kaspersky customers of one validation of the Companies panel, as the panel shows them
 * ({@link CustomerRows}): read from the usage source once, and only when some message needs them (a
 * mapping without errors costs no Kaspersky call). A message names a customer "AdventureWorks (15)": the
 * name a person sees on the panel, the id that finds the row; "Kaspersky customer 15" when the source
 * cannot be read, does not list it, or gives it no name.
 *
 * <p>Not thread-safe: one validation, on one thread.
 */
final class CustomerNames {

    private static final Logger LOG = LoggerFactory.getLogger(CustomerNames.class);

    private final HostContext context;
    private final SettingsPorts ports;
    /** Null until asked; then the customers listed, or empty when they could not be read. */
    private Optional<Map<String, KasperskyCustomer>> listed;
    /** The names of those and of the customers outside the virtual server scope, once listed. */
    private final Map<String, String> names = new LinkedHashMap<>();

    CustomerNames(HostContext context, SettingsPorts ports) {
        this.context = context;
        this.ports = ports;
    }

    /** The customers the source lists now, by id; empty when it cannot be read (logged once). */
    Optional<Map<String, KasperskyCustomer>> listed() {
        if (listed == null) {
            try {
                Map<String, KasperskyCustomer> byId = new LinkedHashMap<>();
                UsageSource source = ports.usageSource(context);
                source.customers().forEach(c -> byId.put(c.id(), c));
                // From the same listing: a row outside the scope is named too, though the panel does not show it.
                source.outsideScope().forEach(c -> names.put(c.id(), c.name()));
                byId.values().forEach(c -> names.put(c.id(), c.name()));
                listed = Optional.of(byId);
            } catch (PluginException e) {
                LOG.info("Kaspersky customers unknown while validating Companies: rows are named by id, errors kept as "
                        + "errors: {}", Redactor.of(context.secrets()).scrub(e.getMessage()));
                listed = Optional.empty();
            }
        }
        return listed;
    }

    /** "AdventureWorks (15)"; "Kaspersky customer 15" when no name is known. */
    String of(String customerId) {
        listed();
        String name = names.getOrDefault(customerId, "").strip();
        return name.isEmpty() || name.equals(customerId) ? "Kaspersky customer " + customerId : name + " (" + customerId + ")";
    }
}
