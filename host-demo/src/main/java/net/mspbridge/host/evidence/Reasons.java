package net.mspbridge.host.evidence;

/** Reasons the host itself gives, where the plugin gave none. */
final class Reasons {

    /** A device counted whose (customer, application, category) the plugin put on no line and gave no reason for. */
    static final String ON_NO_LINE = "counted, but on no report line (the run ended before its plan)";

    private Reasons() {
    }
}
