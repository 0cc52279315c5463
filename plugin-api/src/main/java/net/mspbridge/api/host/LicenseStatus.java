package net.mspbridge.api.host;

/** The state of the licence an application or a seat runs under. */
public enum LicenseStatus {
    /** An active, unexpired commercial licence key. */
    COMMERCIAL,
    /** An active, unexpired subscription. */
    SUBSCRIPTION,
    /** A trial licence. */
    TRIAL,
    /** A licence past its end date. */
    EXPIRED,
    /** No licence at all. */
    NONE;

    /** Whether usage under this licence is billable: active commercial keys and subscriptions. */
    public boolean isBillable() {
        return this == COMMERCIAL || this == SUBSCRIPTION;
    }
}
