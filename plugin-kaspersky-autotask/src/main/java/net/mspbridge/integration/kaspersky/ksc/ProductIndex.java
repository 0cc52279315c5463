package net.mspbridge.integration.kaspersky.ksc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.mspbridge.integration.kaspersky.ApplicationCatalog;
import net.mspbridge.integration.kaspersky.SecurityApplication;

/**
 * The catalog's applications that Security Center identifies by product id
 * ({@code KLLICSRV_PRODUCT}, {@code GetHostProducts} keys), each given one bit, so the products a
 * host is billed for fit in one {@code long}. Product ids are compared ignoring case: real answers
 * carry them in varying case (a public {@code GetHostProducts} answer lists {@code kesl}, the
 * catalog says {@code KESL}). Immutable.
 */
final class ProductIndex {

    private final List<SecurityApplication> applications = new ArrayList<>();
    private final Map<String, Integer> bitByProduct = new HashMap<>();

    ProductIndex(ApplicationCatalog catalog) {
        for (SecurityApplication application : catalog.all()) {
            if (application.kscProductIds().isEmpty()) {
                continue;
            }
            if (applications.size() == Long.SIZE) {
                throw new IllegalStateException("the catalog has more than " + Long.SIZE
                        + " Security Center applications; widen ProductIndex");
            }
            int bit = applications.size();
            applications.add(application);
            for (String productId : application.kscProductIds()) {
                if (bitByProduct.putIfAbsent(key(productId), bit) != null) {
                    throw new IllegalStateException("product id " + productId + " is claimed by two applications");
                }
            }
        }
    }

    /** The bit of the application with this product id, in any case; 0 when the catalog has none (not billed). */
    long bitOf(String productId) {
        Integer bit = bitByProduct.get(key(productId));
        return bit == null ? 0L : 1L << bit;
    }

    /** The application ids of the bits set in {@code mask}, in catalog order. */
    List<String> applicationIds(long mask) {
        List<String> ids = new ArrayList<>(Long.bitCount(mask));
        for (int bit = 0; bit < applications.size(); bit++) {
            if ((mask & (1L << bit)) != 0) {
                ids.add(applications.get(bit).id());
            }
        }
        return ids;
    }

    /** The catalog's name of an application id, or a product id as given when the catalog has no such application. */
    String applicationName(String applicationOrProduct) {
        for (SecurityApplication application : applications) {
            if (application.id().equals(applicationOrProduct)) {
                return application.name();
            }
        }
        return applicationOrProduct;
    }

    private static String key(String productId) {
        return productId.strip().toUpperCase(Locale.ROOT);
    }
}
