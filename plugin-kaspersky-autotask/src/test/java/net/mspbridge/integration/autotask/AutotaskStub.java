package net.mspbridge.integration.autotask;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import net.mspbridge.api.host.Secret;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * A fake Autotask REST service on 127.0.0.1 (MockWebServer, real HTTP), answering by method and path
 * under {@code /ATServicesRest/V1.0/}; records every request. ThresholdInformation answers from the
 * fixture unless a test says otherwise. Clients built here use the base URL override.
 */
final class AutotaskStub implements AutoCloseable {

    static final String USER = "api-user-7Hq@example.com";
    static final String SECRET = "S3cr3t-Value-9xQ";
    static final String CODE = "TRACKING-ID-4F2K9";
    static final String PREFIX = "/ATServicesRest/V1.0/";

    private final MockWebServer server = new MockWebServer();
    private final Map<String, Deque<MockResponse>> queued = new ConcurrentHashMap<>();
    private final Map<String, Function<RecordedRequest, MockResponse>> handlers = new ConcurrentHashMap<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final List<AutotaskClient> clients = new CopyOnWriteArrayList<>();

    AutotaskStub() {
        this(server -> { });
    }

    /** @param beforeStart server set-up that must happen before it starts, such as HTTPS */
    AutotaskStub(Consumer<MockWebServer> beforeStart) {
        beforeStart.accept(server);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                requests.add(request);
                return answer(request);
            }
        });
        try {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        always("GET", "ThresholdInformation", Fixtures.okFixture("threshold.json"));
    }

    /** Answers the next calls to {@code method path} with these responses, in order. */
    AutotaskStub enqueue(String method, String path, MockResponse... responses) {
        Deque<MockResponse> queue = queued.computeIfAbsent(key(method, path), k -> new ArrayDeque<>());
        synchronized (queue) {
            queue.addAll(List.of(responses));
        }
        return this;
    }

    /** Answers every call to {@code method path} (once its queue is empty) with this response. */
    AutotaskStub always(String method, String path, MockResponse response) {
        return handle(method, path, request -> response);
    }

    /** Answers every call to {@code method path} (once its queue is empty) with the handler. */
    AutotaskStub handle(String method, String path, Function<RecordedRequest, MockResponse> handler) {
        handlers.put(key(method, path), handler);
        return this;
    }

    /** The requests received for {@code method path}, in arrival order. */
    List<RecordedRequest> requests(String method, String path) {
        List<RecordedRequest> matching = new ArrayList<>();
        for (RecordedRequest r : requests) {
            if (key(r).equals(key(method, path))) {
                matching.add(r);
            }
        }
        return matching;
    }

    /** Every request received. */
    List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** Requests other than ThresholdInformation. */
    List<RecordedRequest> entityRequests() {
        return requests.stream().filter(r -> !key(r).equals(key("GET", "ThresholdInformation"))).toList();
    }

    /** The base URL, on 127.0.0.1 (MockWebServer's own URLs name "localhost"). */
    HttpUrl base() {
        return server.url("/ATServicesRest/").newBuilder().host("127.0.0.1").build();
    }

    /** A URL under {@code /ATServicesRest/V1.0/}, on 127.0.0.1. */
    HttpUrl url(String pathAndQuery) {
        return server.url(PREFIX + pathAndQuery).newBuilder().host("127.0.0.1").build();
    }

    MockWebServer server() {
        return server;
    }

    AutotaskConfig.Builder configBuilder(AutotaskOptions options) {
        return AutotaskConfig.builder(USER, Secret.of(SECRET), CODE).baseUrlOverride(base().uri()).options(options);
    }

    AutotaskClient client() {
        return client(Fixtures.fastOptions().build());
    }

    AutotaskClient client(AutotaskOptions options) {
        return client(configBuilder(options).build(), b -> { });
    }

    AutotaskClient client(AutotaskConfig config, Consumer<OkHttpClient.Builder> tuning) {
        AutotaskClient client = new DefaultAutotaskClientFactory(tuning).create(config);
        clients.add(client);
        return client;
    }

    /** A client built by {@code factory}, closed with the stub. */
    AutotaskClient client(AutotaskClientFactory factory, AutotaskConfig config) {
        AutotaskClient client = factory.create(config);
        clients.add(client);
        return client;
    }

    /** A client whose budget guard times its readings by {@code ticker} (nanoseconds) instead of the system's. */
    AutotaskClient client(AutotaskOptions options, LongSupplier ticker) {
        AutotaskClient client = new DefaultAutotaskClientFactory(b -> { }, ticker).create(configBuilder(options).build());
        clients.add(client);
        return client;
    }

    @Override
    public void close() {
        clients.forEach(AutotaskClient::close);
        server.close();
    }

    private MockResponse answer(RecordedRequest request) {
        Deque<MockResponse> queue = queued.get(key(request));
        if (queue != null) {
            synchronized (queue) {
                if (!queue.isEmpty()) {
                    return queue.poll();
                }
            }
        }
        Function<RecordedRequest, MockResponse> handler = handlers.get(key(request));
        if (handler != null) {
            return handler.apply(request);
        }
        return Fixtures.status(404, "{\"errors\":[\"no stub for " + key(request) + "\"]}");
    }

    private static String key(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        String relative = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path;
        return key(request.getMethod(), relative);
    }

    private static String key(String method, String path) {
        return method + " " + path;
    }
}
