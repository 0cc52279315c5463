package net.mspbridge.host.runs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.mspbridge.api.billing.Problem;

/**
 * What needs a person, for the dashboard, so that nobody has to open the history to find it: the
 * problems of each plugin's latest finished run, and each plugin's latest scheduled run when it did
 * not complete (nobody watches the schedule run, so its failure would otherwise go unseen).
 *
 * @param problems        per plugin whose latest finished run reported problems: that run and its problems
 * @param failedSchedules per plugin whose latest scheduled run ended without completing: that run
 */
public record Attention(List<RunProblems> problems, List<RunRecord> failedSchedules) {

    /** How far back the dashboard looks for each plugin's latest runs. */
    static final int RUNS_LOOKED_AT = 100;

    /** A scheduled run that ended in one of these did not do its work. */
    private static final Set<RunState> NOT_DONE = Set.of(RunState.FAILED, RunState.REFUSED, RunState.INTERRUPTED,
            RunState.DEFERRED, RunState.CANCELLED);

    public Attention {
        problems = List.copyOf(problems);
        failedSchedules = List.copyOf(failedSchedules);
    }

    /**
     * A run and the problems its report asks a person to act on.
     *
     * @param run      the run, without its report
     * @param problems its report's problems
     */
    public record RunProblems(RunRecord run, List<Problem> problems) {

        public RunProblems {
            problems = List.copyOf(problems);
        }
    }

    /** Reads the latest runs of every plugin from the history. */
    public static Attention of(RunService runs) {
        Map<String, RunRecord> latestFinished = new LinkedHashMap<>();
        Map<String, RunRecord> latestScheduled = new LinkedHashMap<>();
        for (RunRecord run : runs.history(RUNS_LOOKED_AT)) {
            if (run.state().isFinished()) {
                latestFinished.putIfAbsent(run.pluginId(), run);
            }
            if (run.trigger() == Trigger.SCHEDULE) {
                latestScheduled.putIfAbsent(run.pluginId(), run);
            }
        }
        List<RunProblems> problems = new ArrayList<>();
        for (RunRecord latest : latestFinished.values()) {
            if (latest.problems() == 0) {
                continue;
            }
            runs.find(latest.runId()).flatMap(RunRecord::report).filter(report -> !report.problems().isEmpty())
                    .ifPresent(report -> problems.add(new RunProblems(latest, report.problems())));
        }
        List<RunRecord> failed = latestScheduled.values().stream().filter(run -> NOT_DONE.contains(run.state())).toList();
        return new Attention(problems, failed);
    }
}
