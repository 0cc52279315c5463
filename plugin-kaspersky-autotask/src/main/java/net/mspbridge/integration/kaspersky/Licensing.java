package net.mspbridge.integration.kaspersky;

/** How an application is licensed, and so what its usage counts. */
public enum Licensing {
    /** Counted in devices, per category (Windows workstations, Windows servers, non-Windows). */
    PER_DEVICE,
    /** Counted in users (or mailboxes); billed to a single service whatever "Bill devices by category" says. */
    PER_USER
}
