package net.mspbridge.host.runs;

/** What started a billing run. */
public enum Trigger {
    PAGE("the billing page"),
    SCHEDULE("the daily schedule"),
    COMMAND_LINE("the command line");

    private final String description;

    Trigger(String description) {
        this.description = description;
    }

    /** For people: "the daily schedule". */
    public String description() {
        return description;
    }
}
