/**
 * The benchmark of billing runs at MSP scale (issue 8): {@link net.mspbridge.host.demo.bench.BenchCommand},
 * the {@code bench} command. Everything else is package-private: the case ({@code BenchSpec}), the run
 * ({@code Bench}: generated data, in-memory sandboxes, the plugin loaded by PF4J from its zip, the naive
 * baseline on {@code java.net.http}), the bookkeeping done from the sandbox's side only
 * ({@code Workload}: changes needed and the fewest calls; {@code IdealTime}: the least wall time for a
 * set of calls), the heap measurement ({@code HeapMeter}) and the output ({@code BenchTable},
 * {@code BenchJson}). How to run it and the results are in {@code docs/benchmarks.md}.
 */
package net.mspbridge.host.demo.bench;
