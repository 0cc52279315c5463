package net.mspbridge.host.runs;

/** What started a billing run. */
public enum Trigger {
    PAGE("the billing page"),
    SCHEDULE("the daily schedule"),
    COMMAND_LINE("the command line"),
    /** The host, continuing a run deferred to spare a limit once the limit allows ({@link Continuation}). */
    CONTINUATION("a continuation of a deferred run");

    private final String description;

    Trigger(String description) {
        this.description = description;
    }

    /** For people: "the daily schedule". */
    public String description() {
        return description;
    }
}
