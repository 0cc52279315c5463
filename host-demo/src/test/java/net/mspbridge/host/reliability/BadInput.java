package net.mspbridge.host.reliability;

import java.util.function.Function;

/**
 * One bad request of the corpus: what it is, the endpoint it targets, how to send it and the 4xx
 * status the host must answer with.
 *
 * @param endpoint "METHOD /path/template", for the figures
 */
record BadInput(String endpoint, String what, int status, Function<Probe, Probe.Answer> send) {

    BadInput {
        if (status < 400 || status > 499) {
            throw new IllegalArgumentException("a bad input must get a 4xx answer, not " + status + ": " + what);
        }
    }

    @Override
    public String toString() {
        return endpoint + ": " + what;
    }
}
