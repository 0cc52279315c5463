package net.mspbridge.api.host;

import java.util.Objects;

/**
 * The per-user seats one customer holds of one product.
 *
 * @param productName the product as the vendor names it, for example
 *                    "Kaspersky Endpoint Security Cloud Plus"
 * @param users       how many users hold a seat, not negative
 * @param licence     the state of the licence the seats run under
 */
public record UserSeats(String productName, int users, LicenseStatus licence) {

    public UserSeats {
        Objects.requireNonNull(productName, "productName");
        Objects.requireNonNull(licence, "licence");
        if (users < 0) {
            throw new IllegalArgumentException("users must not be negative: " + users);
        }
    }
}
