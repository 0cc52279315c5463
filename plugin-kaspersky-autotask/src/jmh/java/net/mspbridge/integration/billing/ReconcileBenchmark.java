package net.mspbridge.integration.billing;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.BillingRunRequest;
import net.mspbridge.api.billing.RunMode;

/**
 * The pure reconciliation at MSP scale: {@code customers * 10} (contract, service) pairs, 100,000 by
 * default, from {@link ScaleInput} (all ten catalog applications, "Bill devices by category" on). The
 * input is built once per fork. {@link #reconcile} times the reconciliation alone (issue 8's target:
 * under 100 ms for 100,000 pairs); {@link #reconcileAndReport} adds what a preview does next, the
 * report of every line with its message, which the plan leaves to be built when asked.
 *
 * <p>Run (profile {@code bench}; {@code mvn verify} never runs it):
 * <pre>mvn -q -B -P bench -pl plugin-kaspersky-autotask -am test-compile exec:exec</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ReconcileBenchmark {

    @Param("10000")
    int customers;

    private ReconciliationInput input;

    @Setup(Level.Trial)
    public void build() {
        input = ScaleInput.build(customers, 42);
        int lines = Reconciler.reconcile(input).lines().size();
        if (lines != customers * ScaleInput.SERVICES) {
            throw new IllegalStateException("the input gives " + lines + " lines, not " + customers * ScaleInput.SERVICES);
        }
    }

    @Benchmark
    public Plan reconcile() {
        return Reconciler.reconcile(input);
    }

    @Benchmark
    public BillingReport reconcileAndReport() {
        Plan plan = Reconciler.reconcile(input);
        return ReportAssembler.assemble(new BillingRunRequest("bench", ScaleInput.DATE, RunMode.PREVIEW), plan.lines(),
                Map.of(), CompanyCurrencies.NONE, plan.problems(), Optional.empty());
    }
}
