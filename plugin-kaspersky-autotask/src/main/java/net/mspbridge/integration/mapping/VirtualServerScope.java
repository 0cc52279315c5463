package net.mspbridge.integration.mapping;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import net.mspbridge.api.HostContext;
import net.mspbridge.api.PluginException;
import net.mspbridge.api.settings.FieldPath;
import net.mspbridge.api.settings.ValidationResult;
import net.mspbridge.integration.kaspersky.Solution;
import net.mspbridge.integration.kaspersky.ksc.UnknownVirtualServerException;
import net.mspbridge.integration.redaction.Redactor;
import net.mspbridge.integration.settings.ConnectionRules;
import net.mspbridge.integration.settings.SettingsKeys;

/**
 * Saving the Connection panel with a Security Center virtual server scope: the scope is looked up
 * on the server when it can be reached, so a name that does not exist is said at once (with the
 * names that do) rather than at the next billing run. Both outcomes are warnings: the server may be
 * out of reach from here for a while, and the person may be about to create the virtual server.
 * Runs only when the local rules found no error, so it never tries a connection that cannot work.
 *
 * <p>The save waits at most {@link #WAIT} for the answer: a server whose packets are dropped takes
 * the client's whole connect time-out (15 s), longer than a host lets a validation run, and the
 * save must not fail because of a check that only warns. The look-up runs on a small pool of its
 * own (two daemon threads at most, none kept idle); when both are busy the scope is not checked.
 */
final class VirtualServerScope {

    /** How many existing names a warning lists before "and N more". */
    static final int NAMES_SHOWN = 20;
    /** How long a save waits for the server. */
    static final Duration WAIT = Duration.ofSeconds(5);

    private static final ExecutorService LOOKUPS = new ThreadPoolExecutor(0, 2, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), task -> {
                Thread thread = new Thread(task, "virtual-server-scope-check");
                thread.setDaemon(true);
                return thread;
            });

    private VirtualServerScope() {
    }

    static ValidationResult check(HostContext context, SettingsPorts ports) {
        return check(context, ports, WAIT);
    }

    static ValidationResult check(HostContext context, SettingsPorts ports, Duration wait) {
        String scope = context.settings().text(SettingsKeys.KSC_VIRTUAL_SERVER).strip();
        if (scope.isEmpty() || ConnectionRules.solution(context.settings()) != Solution.SECURITY_CENTER) {
            return ValidationResult.ok();
        }
        FieldPath path = FieldPath.field(SettingsKeys.KSC_VIRTUAL_SERVER);
        ValidationResult.Builder out = ValidationResult.builder();
        try {
            // The usage source resolves the scope exactly as a billing run does.
            lookUp(context, ports, wait);
        } catch (NotChecked e) {
            out.warning(path, "The virtual server scope \"{0}\" could not be checked: {1} The settings are saved; run "
                    + "\"Test Kaspersky connection\" once the server can be reached.", scope, e.getMessage());
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

    private static void lookUp(HostContext context, SettingsPorts ports, Duration wait) {
        Future<?> lookup;
        try {
            lookup = LOOKUPS.submit(() -> ports.usageSource(context).customers());
        } catch (RejectedExecutionException e) {
            throw new NotChecked("other checks of Kaspersky Security Center are still waiting for it.");
        }
        try {
            lookup.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            lookup.cancel(true);
            throw new NotChecked("Kaspersky Security Center did not answer within "
                    + (wait.toMillis() % 1000 == 0 ? Long.toString(wait.toSeconds()) : Double.toString(wait.toMillis() / 1000.0))
                    + " s.");
        } catch (InterruptedException e) {
            lookup.cancel(true);
            Thread.currentThread().interrupt();
            throw new NotChecked("the check was interrupted.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The scope could not be looked up; the message says why. */
    private static final class NotChecked extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotChecked(String why) {
            super(why, null, false, false);
        }
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
