package net.mspbridge.integration.billing;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which of the customers the usage source knows a run reads: all of them, or, with a Security Center
 * virtual server scope set on the Connection panel, that one virtual server. A customer outside the
 * scope is not read by choice, not unknown: its contract is left as it is (as for any customer whose
 * usage is not known, so nothing is planned from part of a contract's usage), the report lists it as
 * not read, and only a contract it shares with a customer in the scope is a problem.
 *
 * @param name    the scope as the Connection panel names it; empty when every customer is read
 * @param outside ids of the customers the source knows outside the scope
 */
record ReadScope(Optional<String> name, Set<String> outside) {

    /** Every customer the source knows is read. */
    static final ReadScope ALL = new ReadScope(Optional.empty(), Set.of());

    /** Why a customer outside the scope has no devices counted, in the report's "not counted". */
    static final String OUTSIDE = "outside the virtual server scope (Connection panel)";

    ReadScope {
        Objects.requireNonNull(name, "name");
        outside = Set.copyOf(outside);
    }

    boolean isOutside(String customerId) {
        return outside.contains(customerId);
    }
}
