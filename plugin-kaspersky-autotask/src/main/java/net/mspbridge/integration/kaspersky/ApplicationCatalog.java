package net.mspbridge.integration.kaspersky;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Kaspersky security applications this plugin knows, kept as data in {@code catalog.json}
 * beside this class, so a new product is a line in a file rather than code. Immutable and
 * thread-safe.
 */
public final class ApplicationCatalog {

    private static final String RESOURCE = "catalog.json";

    private final List<SecurityApplication> applications;
    /** By id: billing looks applications up once per customer and application. */
    private final Map<String, SecurityApplication> byId = new HashMap<>();

    /**
     * @throws IllegalArgumentException when two applications share an id, a Security Center product
     *                                  id or a product name (both ignoring case): a host would then
     *                                  count for both
     */
    public ApplicationCatalog(List<SecurityApplication> applications) {
        this.applications = List.copyOf(applications);
        Set<String> ids = new HashSet<>();
        Set<String> productIds = new HashSet<>();
        Set<String> productNames = new HashSet<>();
        for (SecurityApplication application : this.applications) {
            byId.put(application.id(), application);
            if (!ids.add(application.id())) {
                throw new IllegalArgumentException("duplicate application id in catalog: " + application.id());
            }
            for (String productId : application.kscProductIds()) {
                // Product ids are compared ignoring case everywhere: real answers vary their case.
                if (!productIds.add(productId.strip().toUpperCase(Locale.ROOT))) {
                    throw new IllegalArgumentException("KSC product id " + productId + " is claimed by two"
                            + " applications of the catalog; the second is " + application.id());
                }
            }
            for (String productName : application.productNames()) {
                if (!productNames.add(productName.strip().toLowerCase(Locale.ROOT))) {
                    throw new IllegalArgumentException("product name '" + productName + "' is claimed by two"
                            + " applications of the catalog; the second is " + application.id());
                }
            }
        }
    }

    /** The catalog shipped with the plugin. */
    public static ApplicationCatalog load() {
        try (InputStream in = ApplicationCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the plugin");
            }
            CatalogFile file = new ObjectMapper().readValue(in, CatalogFile.class);
            return new ApplicationCatalog(file.applications());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Every application, in catalog order. */
    public List<SecurityApplication> all() {
        return applications;
    }

    /** The applications of one solution, in catalog order: the rows of the Services panel. */
    public List<SecurityApplication> forSolution(Solution solution) {
        return applications.stream().filter(a -> a.solution() == solution).toList();
    }

    public Optional<SecurityApplication> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The shape of {@code catalog.json}. */
    record CatalogFile(List<SecurityApplication> applications) {
    }
}
