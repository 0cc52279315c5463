package net.mspbridge.integration.autotask;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * At most {@link AutotaskOptions#maxInFlightPerEndpoint()} calls in flight per endpoint, shared by all
 * threads using the client and by every other client of the same factory on the same integration code
 * ({@link EndpointSlots}): Autotask allows 3 threads per integration code and endpoint and answers a
 * 4th with 429. A call waits for a slot at most {@link AutotaskOptions#inFlightWait()}, in arrival
 * order. The answer is read completely before the slot is given back, because Autotask is still busy
 * with the call while it streams the body. The zone lookup is exempt, as at Autotask.
 */
final class EndpointLimiter implements Interceptor {

    private final EndpointSlots slots;
    private final String integrationCode;
    private final int permits;
    private final Duration wait;

    EndpointLimiter(EndpointSlots slots, AutotaskConfig config) {
        this.slots = slots;
        this.integrationCode = config.integrationCode();
        this.permits = config.options().maxInFlightPerEndpoint();
        this.wait = config.options().inFlightWait();
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        CallInfo info = CallInfo.of(chain.request());
        if (!info.kind().limited()) {
            return chain.proceed(chain.request());
        }
        Semaphore slot = slots.of(integrationCode, permits, info.endpoint());
        acquire(slot, info);
        try {
            if (chain.call().isCanceled()) {
                throw new NotSentIOException("the call was cancelled before it was sent");
            }
            Response response = chain.proceed(chain.request());
            return buffered(response);
        } finally {
            slot.release();
        }
    }

    private void acquire(Semaphore slot, CallInfo info) throws IOException {
        try {
            if (!slot.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new EndpointBusyException("no free slot among the " + permits + " calls allowed in flight to "
                        + info.endpoint() + " within " + wait.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotSentIOException("interrupted while waiting for a free slot to " + info.endpoint(), e);
        }
    }

    private static Response buffered(Response response) throws IOException {
        try (ResponseBody body = response.body()) {
            byte[] bytes = body.bytes();
            return response.newBuilder().body(ResponseBody.create(bytes, body.contentType())).build();
        }
    }
}
