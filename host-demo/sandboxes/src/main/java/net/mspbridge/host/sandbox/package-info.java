/**
 * In-process sandboxes of Autotask PSA and Kaspersky Security Center for the demo host, the tests
 * and the benchmark.
 *
 * <p>Entry point: {@link net.mspbridge.host.sandbox.Sandboxes#start} with a
 * {@link net.mspbridge.host.sandbox.SandboxConfig}. With a data folder the state lives in
 * {@code <data>/sandbox/}: {@code autotask.json} (companies, services, contracts, contract services,
 * units over time, adjustments received), {@code ksc.json} (virtual servers, hosts, keys),
 * {@code mapping.json} (the mapping that fits), {@code credentials.json} (owner-only) and
 * {@code ksc-tls/} (certificate, owner-only key). Every write is atomic; an adjustment is saved
 * before it is answered. The demo host's {@code sandbox show}
 * reads the same files.
 *
 * <p>Choices where Autotask's or KSC's public documentation is silent (a real service may differ;
 * the sandbox is deliberately as strict as the documented behaviour allows):
 * <ul>
 * <li>Autotask: a query needs at least one filter; {@code maxRecords} must be 1..500; unknown filter or
 *     include fields are a 500 with a message; paging is by id (keyset) through
 *     {@code .../query/next?paging=...}, followed with the same method and body (a POST query's next page
 *     refuses GET with 405, as Autotask does); {@code prevPageUrl} is always null.</li>
 * <li>Autotask: a wrong user name or secret is 401 with ASP.NET's
 *     {@code {"Message":"Authorization has been denied for this request."}}; a wrong integration code
 *     is 500 {@code {"errors":["IntegrationCode is invalid."]}}. (Reports say a real tenant answers an
 *     unknown user name with 500; the sandbox keeps 401 for every wrong user or secret.)</li>
 * <li>Autotask: past the hourly threshold requests get 429 with a threshold message; the reported
 *     extra latency near the threshold is not simulated.</li>
 * <li>Autotask: ContractServiceUnits rows are monthly from the contract's start, split at unit
 *     changes, ids {@code contractServiceId * 100000 + days from the contract start}; {@code price} is
 *     the unit price. Picklist numbers other than contract type 7 and status 1/0 are the sandbox's own.</li>
 * <li>KSC: only PxgError code 1184 (virtual server not found) is a known real code; the other codes
 *     are the sandbox's own. Call errors come with HTTP 200, malformed bodies with 400, login and
 *     session problems with 401. {@code HostGroup.FindHosts} supports only the empty filter (all hosts).
 *     A main-server session sees no hosts; listing virtual servers needs a main-server session.</li>
 * </ul>
 */
package net.mspbridge.host.sandbox;
