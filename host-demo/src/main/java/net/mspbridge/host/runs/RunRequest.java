package net.mspbridge.host.runs;

import java.time.LocalDate;
import java.util.Objects;

import net.mspbridge.api.billing.RunMode;

/**
 * A request to run billing for one plugin.
 *
 * @param pluginId      the plugin whose billing hook runs
 * @param mode          preview or apply
 * @param effectiveDate the date the changes apply from
 * @param trigger       what starts it
 * @param startedBy     who starts it, for the history ("admin", "daily schedule")
 */
public record RunRequest(String pluginId, RunMode mode, LocalDate effectiveDate, Trigger trigger, String startedBy) {

    public RunRequest {
        Objects.requireNonNull(pluginId, "pluginId");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(startedBy, "startedBy");
    }
}
