package net.mspbridge.host.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The figures a reliability suite reports (seeds, faults by kind, inputs tried, lost, doubled): counted
 * while it runs, then written to {@code target/reliability/<name>.txt} and printed, so that
 * docs/reliability.md can quote the last run. Thread-safe.
 */
final class Figures {

    private final String name;
    private final Map<String, LongAdder> counts = new ConcurrentSkipListMap<>();
    private final Map<String, String> notes = new ConcurrentSkipListMap<>();

    Figures(String name) {
        this.name = name;
    }

    void add(String key, long amount) {
        counts.computeIfAbsent(key, k -> new LongAdder()).add(amount);
    }

    void increment(String key) {
        add(key, 1);
    }

    /** Keeps the largest value seen under the key. */
    synchronized void max(String key, long value) {
        LongAdder adder = counts.computeIfAbsent(key, k -> new LongAdder());
        if (value > adder.sum()) {
            adder.add(value - adder.sum());
        }
    }

    /** Makes sure a count is shown even when it stays zero (lost = 0 is a figure, not an absence). */
    void zero(String key) {
        counts.computeIfAbsent(key, k -> new LongAdder());
    }

    void note(String key, String value) {
        notes.put(key, value);
    }

    long get(String key) {
        LongAdder adder = counts.get(key);
        return adder == null ? 0 : adder.sum();
    }

    /** Writes the figures and returns the text written. */
    String write() {
        StringBuilder text = new StringBuilder("# " + name + "\n");
        Map<String, String> all = new TreeMap<>(notes);
        counts.forEach((key, value) -> all.put(key, Long.toString(value.sum())));
        all.forEach((key, value) -> text.append(key).append(" = ").append(value).append('\n'));
        Path file = Path.of("target", "reliability", name + ".txt");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.print(text);
        return text.toString();
    }
}
