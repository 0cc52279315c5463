package net.mspbridge.host.fake;

/** What a fake extension does instead of answering, for plugin-fault tests. */
public enum Fault {
    /** Answers normally. */
    NONE,
    /** Throws a {@link net.mspbridge.api.ConfigurationException}, written for people. */
    REFUSE,
    /** Throws an exception that is not plugin-api's: a defect. */
    BUG,
    /** Blocks until released or interrupted. */
    HANG,
    /** Returns null. */
    NULL
}
