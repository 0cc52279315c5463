package net.mspbridge.integration.kaspersky;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.mspbridge.api.PluginException;
import net.mspbridge.api.host.PluginStore;

/**
 * What Kaspersky reported at the last applied billing run that read every customer's usage, per
 * application, summed over the customers read: so the Services panel can say how many devices a
 * choice left empty would leave unbilled, without reading Kaspersky itself.
 *
 * <p>Kept in the plugin's store, one entry per solution, overwritten by each apply run that read
 * every customer (a preview stores nothing). A damaged or missing entry reads as unknown: it only ever adds a sentence to
 * a warning.
 *
 * @param date          the effective date of the run that read it
 * @param byApplication the counts per application id
 */
public record LastUsage(LocalDate date, Map<String, UsageCounts> byApplication) {

    private static final Logger log = LoggerFactory.getLogger(LastUsage.class);
    private static final String PREFIX = "usage.last.";

    public LastUsage {
        byApplication = Map.copyOf(byApplication);
    }

    /** The counts of one application, none when it was not reported. */
    public UsageCounts of(String applicationId) {
        return byApplication.getOrDefault(applicationId, UsageCounts.NONE);
    }

    /** The sum over these customers' usage. */
    public static LastUsage of(LocalDate date, Collection<CustomerUsage> usage) {
        Map<String, UsageCounts> sum = new TreeMap<>();
        usage.forEach(customer -> customer.byApplication().forEach((application, counts) ->
                sum.merge(application, counts, UsageCounts::plus)));
        return new LastUsage(date, sum);
    }

    /** Stores it for the solution; a store that refuses is logged and changes nothing else. */
    public void save(PluginStore store, Solution solution) {
        StringBuilder text = new StringBuilder(date.toString());
        byApplication.forEach((application, c) -> text.append('\n').append(application).append('=')
                .append(c.windowsWorkstations()).append(',').append(c.windowsServers()).append(',')
                .append(c.nonWindows()).append(',').append(c.users()));
        try {
            store.put(PREFIX + solution.name(), text.toString());
        } catch (PluginException | IllegalArgumentException e) {
            log.warn("Could not keep the usage of this run for the Services panel's warnings: {}", e.getMessage());
        }
    }

    /** The last usage stored for the solution, if any can be read. */
    public static Optional<LastUsage> read(PluginStore store, Solution solution) {
        Optional<String> text;
        try {
            text = store.get(PREFIX + solution.name());
        } catch (PluginException e) {
            return Optional.empty();
        }
        return text.flatMap(LastUsage::parse);
    }

    private static Optional<LastUsage> parse(String text) {
        String[] lines = text.split("\n");
        try {
            LocalDate date = LocalDate.parse(lines[0]);
            Map<String, UsageCounts> counts = new TreeMap<>();
            for (int i = 1; i < lines.length; i++) {
                int equals = lines[i].indexOf('=');
                String[] n = lines[i].substring(equals + 1).split(",");
                counts.put(lines[i].substring(0, equals), new UsageCounts(Integer.parseInt(n[0]), Integer.parseInt(n[1]),
                        Integer.parseInt(n[2]), Integer.parseInt(n[3])));
            }
            return Optional.of(new LastUsage(date, counts));
        } catch (DateTimeParseException | IndexOutOfBoundsException | IllegalArgumentException e) {
            log.info("The stored usage of the last run cannot be read ({}); the Services warnings go without counts",
                    e.getMessage());
            return Optional.empty();
        }
    }
}
