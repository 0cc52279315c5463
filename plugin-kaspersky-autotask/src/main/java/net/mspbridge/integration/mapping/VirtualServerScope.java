package net.mspbridge.integration.mapping;

import java.util.List;

import net.mspbridge.api.HostContext;
import net.mspbridge.api.PluginException;
import net.mspbridge.api.settings.FieldPath;
import net.mspbridge.api.settings.ValidationResult;
import net.mspbridge.integration.kaspersky.Solution;
import net.mspbridge.integration.kaspersky.ksc.UnknownVirtualServerException;

/**
 * Saving the Connection panel with a Security Center virtual server scope: the scope is looked up
 * on the server when it can be reached, so a name that does not exist is said at once (with the
 * names that do) rather than at the next billing run. Both outcomes are warnings: the server may be
 * out of reach from here for a while, and the person may be about to create the virtual server.
 * Runs only when the local rules found no error, so it never tries a connection that cannot work.
 */
final class VirtualServerScope {

    /** How many existing names a warning lists before "and N more". */
    static final int NAMES_SHOWN = 20;

    private VirtualServerScope() {
    }

    static ValidationResult check(HostContext context, SettingsPorts ports) {
        String scope = context.settings().text(SettingsKeys.KSC_VIRTUAL_SERVER).strip();
        if (scope.isEmpty() || ConnectionRules.solution(context.settings()) != Solution.SECURITY_CENTER) {
            return ValidationResult.ok();
        }
        FieldPath path = FieldPath.field(SettingsKeys.KSC_VIRTUAL_SERVER);
        ValidationResult.Builder out = ValidationResult.builder();
        try {
            // The usage source resolves the scope exactly as a billing run does.
            ports.usageSource(context).customers();
        } catch (UnknownVirtualServerException e) {
            out.warning(path, "Kaspersky Security Center has no virtual server named \"{0}\", so a billing run would "
                    + "stop at once. {1} Correct the name, or leave the field empty to bill every virtual server.",
                    scope, existing(e.known()));
        } catch (PluginException e) {
            out.warning(path, "The virtual server scope \"{0}\" could not be checked: {1} The settings are saved; run "
                    + "\"Test Kaspersky connection\" once the server can be reached.", scope,
                    FieldLabels.humanize(Redactor.of(context.secrets()).scrub(e.getMessage())));
        }
        return out.build();
    }

    private static String existing(List<String> names) {
        if (names.isEmpty()) {
            return "It has no virtual servers.";
        }
        List<String> sorted = names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
        String shown = String.join(", ", sorted.subList(0, Math.min(sorted.size(), NAMES_SHOWN)));
        return "The virtual servers it has: " + shown
                + (sorted.size() > NAMES_SHOWN ? " and " + (sorted.size() - NAMES_SHOWN) + " more." : ".");
    }
}
