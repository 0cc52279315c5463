package net.mspbridge.integration.autotask;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Builds the real client: one OkHttpClient per client, with the interceptors in this order (outermost
 * first): retry, budget, in-flight limit, credentials, call counter, redacting wire log. So each
 * attempt of a retried call is budgeted, limited, authenticated, counted and logged on its own, and a
 * call stopped by the budget or the limiter was never sent. Redirects are not followed: a redirect
 * would carry the credential headers to wherever it points. The clients of one factory share their
 * in-flight slots per integration code and endpoint, as Autotask counts them.
 */
final class DefaultAutotaskClientFactory implements AutotaskClientFactory {

    private final Consumer<OkHttpClient.Builder> tuning;
    private final LongSupplier ticker;
    private final EndpointSlots slots = new EndpointSlots();

    DefaultAutotaskClientFactory() {
        this(builder -> { });
    }

    /**
     * @param tuning changes to the OkHttp builder before it is built; tests use it for their own DNS,
     *               certificates or socket factory, never to change the interceptors
     */
    DefaultAutotaskClientFactory(Consumer<OkHttpClient.Builder> tuning) {
        this(tuning, System::nanoTime);
    }

    /**
     * @param ticker the monotonic nanosecond clock the budget guard times its readings by; tests move
     *               it by hand
     */
    DefaultAutotaskClientFactory(Consumer<OkHttpClient.Builder> tuning, LongSupplier ticker) {
        this.tuning = Objects.requireNonNull(tuning, "tuning");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
    }

    @Override
    public AutotaskClient create(AutotaskConfig config) {
        Objects.requireNonNull(config, "config");
        AutotaskOptions options = config.options();
        HttpUrl override = config.baseUrlOverride().map(ZonePolicy::base).orElse(null);
        HttpUrl lookupBase = ZonePolicy.base(options.zoneLookupBase());
        CredentialRedaction redactor = new CredentialRedaction(config);
        ErrorMapper errors = new ErrorMapper(redactor);
        BudgetGuard budget = new BudgetGuard(options.budgetShare(), options.budgetRecheckCalls(),
                options.budgetRecheckInterval(), ticker);
        CallCounter counter = new CallCounter();

        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .connectTimeout(options.connectTimeout())
                .readTimeout(options.readTimeout())
                .writeTimeout(options.writeTimeout())
                .callTimeout(options.callTimeout())
                .followRedirects(false)
                .followSslRedirects(false);
        tuning.accept(builder);
        builder.interceptors().clear();
        builder.addInterceptor(new RetryInterceptor(options))
                .addInterceptor(new BudgetInterceptor(budget))
                .addInterceptor(new EndpointLimiter(slots, config))
                .addInterceptor(new AuthInterceptor(config, override))
                .addInterceptor(counter)
                .addInterceptor(new RedactingLogInterceptor(redactor));
        OkHttpClient okHttp = builder.build();

        ZoneDirectory zones = new ZoneDirectory(okHttp, errors, config.userName(), lookupBase, override);
        AutotaskHttp http = new AutotaskHttp(okHttp, zones, errors);
        return new RestAutotaskClient(okHttp, http, zones, budget, counter);
    }
}
