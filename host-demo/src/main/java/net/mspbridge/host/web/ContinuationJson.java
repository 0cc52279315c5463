package net.mspbridge.host.web;

import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import net.mspbridge.host.runs.Continuation;

/** A continuation of a deferred run for the page: its fields, as plain JSON. */
final class ContinuationJson {

    private ContinuationJson() {
    }

    static ObjectNode of(Continuation continuation) {
        return WebJson.MAPPER.valueToTree(continuation);
    }

    /**
     * Adds to a run's JSON its continuation ({@code continuation}: the one scheduled when it was deferred)
     * and, for a run a continuation started, that one ({@code continues}); null when there is none.
     */
    static void add(ObjectNode run, Optional<Continuation> continuation, Optional<Continuation> startedBy) {
        run.set("continuation", continuation.map(ContinuationJson::of).orElse(null));
        run.set("continues", startedBy.map(ContinuationJson::of).orElse(null));
    }
}
