package net.mspbridge.integration.autotask;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;

/**
 * The wire log, per attempt, with credentials never written: at DEBUG one line per answer (method,
 * URL with the zone lookup's user masked, status, time); at TRACE also headers (credential headers
 * masked by name) and shortened bodies (scrubbed of any credential text). Failures are not logged
 * here: they travel as exceptions to whoever handles them.
 */
final class RedactingLogInterceptor implements Interceptor {

    private static final Logger LOG = LoggerFactory.getLogger(AutotaskClient.class);
    private static final int MAX_BODY = 2_000;

    private final CredentialRedaction redactor;

    RedactingLogInterceptor(CredentialRedaction redactor) {
        this.redactor = redactor;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (!LOG.isDebugEnabled()) {
            return chain.proceed(request);
        }
        if (LOG.isTraceEnabled()) {
            LOG.trace("Autotask request {} {}\n{}{}", request.method(), redactor.url(request.url()),
                    headers(request.headers()), requestBody(request));
        }
        long start = System.nanoTime();
        Response response = chain.proceed(request);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        LOG.debug("Autotask {} {} -> {} in {} ms", request.method(), redactor.url(request.url()), response.code(),
                millis);
        if (LOG.isTraceEnabled()) {
            LOG.trace("Autotask response {}\n{}{}", response.code(), headers(response.headers()),
                    redactor.scrub(response.peekBody(MAX_BODY).string()));
        }
        return response;
    }

    private String headers(Headers headers) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < headers.size(); i++) {
            String name = headers.name(i);
            String value = CredentialRedaction.isSensitiveHeader(name) ? CredentialRedaction.MASK : redactor.scrub(headers.value(i));
            text.append(name).append(": ").append(value).append('\n');
        }
        return text.toString();
    }

    private String requestBody(Request request) throws IOException {
        if (request.body() == null) {
            return "";
        }
        Buffer buffer = new Buffer();
        request.body().writeTo(buffer);
        String text = buffer.readString(Math.min(buffer.size(), MAX_BODY), StandardCharsets.UTF_8);
        return redactor.scrub(text);
    }
}
