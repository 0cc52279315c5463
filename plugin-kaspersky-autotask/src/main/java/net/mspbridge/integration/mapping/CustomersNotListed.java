package net.mspbridge.integration.mapping;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import net.mspbridge.api.settings.Severity;
import net.mspbridge.api.settings.ValidationMessage;
import net.mspbridge.api.settings.ValidationResult;

/**
 * The save contract for the Companies table (plugin-api 1.1, {@code MappingTableField}): a stored
 * row of a customer that Kaspersky does not list now (a virtual server removed or outside the
 * scope) is not shown, so the person cannot change it; it is kept as stored, and a problem in it
 * must not block saving the rows that are shown. Such errors become warnings that say so.
 *
 * <p>Kaspersky is asked for its customers only when some row has an error; when it cannot answer,
 * every error stays an error (the safe side: nothing wrong is saved).
 */
final class CustomersNotListed {

    private CustomersNotListed() {
    }

    /** @param names the customers of this validation, read once for its messages and this */
    static ValidationResult soften(ValidationResult result, String tableKey, CustomerNames names) {
        boolean rowErrors = result.errors().stream()
                .anyMatch(m -> m.path().fieldKey().equals(tableKey) && !m.path().rowId().isEmpty());
        if (!rowErrors) {
            return result;
        }
        Optional<Set<String>> known = names.listed().map(Map::keySet);
        if (known.isEmpty()) {
            // Logged by CustomerNames.
            return result;
        }
        Set<String> listed = known.get();
        // One problem reported on several rows (rows that collide) is an error only while two of its rows are
        // listed: with at most one shown, the person could not fix it on the page, and rows of customers
        // not listed bill nothing.
        Map<List<Object>, Long> shownPerProblem = result.messages().stream()
                .filter(m -> m.path().fieldKey().equals(tableKey) && !m.path().rowId().isEmpty())
                .filter(m -> listed.contains(m.path().rowId()))
                .collect(Collectors.groupingBy(CustomersNotListed::problem, Collectors.counting()));
        ValidationResult.Builder out = ValidationResult.builder();
        for (ValidationMessage message : result.messages()) {
            String row = message.path().rowId();
            boolean inTable = message.path().fieldKey().equals(tableKey) && !row.isEmpty();
            boolean hidden = inTable && !listed.contains(row);
            boolean withHiddenOnly = inTable && !hidden && isShared(message, result)
                    && shownPerProblem.getOrDefault(problem(message), 0L) < 2;
            if ((hidden || withHiddenOnly) && message.severity() == Severity.ERROR) {
                out.warning(message.path(), message.pattern() + " (Kaspersky does not list this customer now, so the "
                        + "Companies panel does not show it: its mapping is kept as stored until it is listed again.)",
                        message.arguments().toArray(String[]::new));
            } else {
                out.addAll(new ValidationResult(List.of(message)));
            }
        }
        return out.build();
    }

    /** What a message says, apart from where: the same problem reported on several rows has one. */
    private static List<Object> problem(ValidationMessage message) {
        return List.of(message.path().fieldKey(), message.path().columnId(), message.pattern(), message.arguments());
    }

    /** Whether the same problem is reported on other rows too. */
    private static boolean isShared(ValidationMessage message, ValidationResult result) {
        List<Object> problem = problem(message);
        return result.messages().stream().filter(m -> m != message).anyMatch(m -> problem(m).equals(problem));
    }
}
