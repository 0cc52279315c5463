package net.mspbridge.integration.autotask;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

import okhttp3.Interceptor;
import okhttp3.Response;

/** Counts every request sent to Autotask (each attempt of a retried call), by endpoint. Thread-safe. */
final class CallCounter implements Interceptor {

    private final LongAdder total = new LongAdder();
    private final ConcurrentMap<String, LongAdder> byEndpoint = new ConcurrentHashMap<>();

    @Override
    public Response intercept(Chain chain) throws IOException {
        CallInfo info = CallInfo.of(chain.request());
        total.increment();
        byEndpoint.computeIfAbsent(info.endpoint(), key -> new LongAdder()).increment();
        return chain.proceed(chain.request());
    }

    long total() {
        return total.sum();
    }

    /** A snapshot, sorted by endpoint. */
    Map<String, Long> byEndpoint() {
        Map<String, Long> snapshot = new TreeMap<>();
        byEndpoint.forEach((endpoint, count) -> snapshot.put(endpoint, count.sum()));
        return snapshot;
    }
}
