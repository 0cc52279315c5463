package net.mspbridge.host.calls;

import java.time.Duration;

/** Durations as a person reads them: "800 ms", "10 s", "2 min", "1 h 30 min". */
public final class Durations {

    private Durations() {
    }

    public static String toText(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        long seconds = duration.toSeconds();
        if (seconds < 120) {
            return seconds + " s";
        }
        long minutes = duration.toMinutes();
        if (minutes < 120) {
            return minutes + " min";
        }
        long hours = duration.toHours();
        long rest = minutes - hours * 60;
        return rest == 0 ? hours + " h" : hours + " h " + rest + " min";
    }
}
