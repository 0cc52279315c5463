package net.mspbridge.api.host;

import java.util.Objects;

/**
 * One secret value (a password, an API secret). Its {@link #toString()} never shows the value, so
 * a secret that ends up in a log line, an exception message or a report by mistake stays hidden;
 * only {@link #reveal()} gives it, at the one place that sends it to a remote service.
 */
public final class Secret {

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /**
     * @param value the secret, not blank
     * @throws IllegalArgumentException when the value is blank
     */
    public static Secret of(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a secret must not be blank");
        }
        return new Secret(value);
    }

    /** The secret itself. Call it only where the value is sent to the service it belongs to. */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && secret.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Always {@code "******"}. */
    @Override
    public String toString() {
        return "******";
    }
}
