package net.mspbridge.integration.autotask;

import java.io.IOException;

import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Asks the {@link BudgetGuard} before each attempt of a budgeted call (retries spend budget too). Sits
 * inside the retry interceptor and outside the in-flight limiter, so a call stopped here was never sent.
 */
final class BudgetInterceptor implements Interceptor {

    private final BudgetGuard guard;

    BudgetInterceptor(BudgetGuard guard) {
        this.guard = guard;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        if (CallInfo.of(chain.request()).kind().budgeted()) {
            guard.beforeCall();
        }
        return chain.proceed(chain.request());
    }
}
