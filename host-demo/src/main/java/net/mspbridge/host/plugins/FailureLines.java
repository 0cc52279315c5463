package net.mspbridge.host.plugins;

/** Turns a plugin's exception into one line for the administrator. */
final class FailureLines {

    private FailureLines() {
    }

    /** The exception's message, and its root cause's when that says more. */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (root != e) {
            String rootMessage = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
            if (!message.contains(rootMessage)) {
                message = message + ": " + rootMessage;
            }
        }
        return message;
    }
}
