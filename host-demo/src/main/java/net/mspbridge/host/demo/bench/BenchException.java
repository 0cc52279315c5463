package net.mspbridge.host.demo.bench;

/**
 * A benchmark that could not be run or did not do its work: the plugin is missing, a sandbox
 * cannot start, a run failed, or a run left Autotask in a state other than the expected one. The
 * message says what went wrong and, where a person can act, what to do.
 */
public class BenchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BenchException(String message) {
        super(message);
    }

    public BenchException(String message, Throwable cause) {
        super(message, cause);
    }
}
