package net.mspbridge.integration.autotask;

/** No in-flight slot of an endpoint became free within the configured wait. Not retried. */
final class EndpointBusyException extends NotSentIOException {

    private static final long serialVersionUID = 1L;

    EndpointBusyException(String message) {
        super(message);
    }
}
