/**
 * A small typed Autotask PSA REST client on OkHttp and Jackson: zone discovery, authentication
 * headers, filtered and paged queries, picklists and the one create billing needs, with the API's
 * errors and limits handled in one place.
 *
 * <h2>Public face</h2>
 * {@link net.mspbridge.integration.autotask.AutotaskClient} (the operations, thread-safe, closeable),
 * built by {@link net.mspbridge.integration.autotask.AutotaskClientFactory} from an
 * {@link net.mspbridge.integration.autotask.AutotaskConfig} (credentials, optional impersonation and
 * base-URL override, {@link net.mspbridge.integration.autotask.AutotaskOptions}). Queries are
 * {@link net.mspbridge.integration.autotask.Query} / {@link net.mspbridge.integration.autotask.Filter};
 * entities are records; errors are {@link net.mspbridge.integration.autotask.AutotaskException} and its
 * subclasses. Everything else is package-private.
 *
 * <h2>How a call travels</h2>
 * {@code AutotaskHttp} builds the URL on the base in use ({@code ZoneDirectory}: the override, or the
 * zone looked up for the API user, again after a 401) and tags the request with what it is. One
 * OkHttpClient per client runs it through, outermost first: retry (bounded back-off; creates only
 * when Autotask certainly did not act), budget guard (share of the hourly threshold), in-flight limit
 * (3 per endpoint), credentials (only to the override's origin or https on autotask.net), call
 * counter, and a wire log that never writes a credential.
 *
 * <h2>Choices where the reference is silent</h2>
 * <ul>
 *   <li>Date-only fields: the calendar date written by Autotask is taken as it is (time and zone
 *       ignored); dates are sent as {@code yyyy-MM-ddT00:00:00.000} without zone.</li>
 *   <li>{@code in} lists hold at most {@value net.mspbridge.integration.autotask.Query#MAX_IN_VALUES}
 *       values; longer ones split the query (results merged by id).</li>
 *   <li>Paging follows {@code nextPageUrl} with the first page's method and body, only on the base's
 *       scheme, host and port.</li>
 *   <li>The zone lookup is sent without credentials: it needs only the user name.</li>
 *   <li>Budget: stop when Autotask's last reading plus this client's calls since would pass
 *       {@code budgetShare} of the threshold; re-read once {@code budgetRecheckCalls} calls (100)
 *       have been made since the last reading and {@code budgetRecheckInterval} (60 s) has passed,
 *       or, after those calls, as soon as the next call would pass the share.</li>
 *   <li>A create answered 502/503/504 has an unknown outcome (a gateway may have passed it on).</li>
 *   <li>The zone lookup answering 500 means the user is unknown (Autotask's documented behaviour).</li>
 * </ul>
 */
package net.mspbridge.integration.autotask;
