/**
 * The Kaspersky Security Center Open API, as far as billing needs it. The entry is
 * {@link net.mspbridge.integration.kaspersky.ksc.SecurityCenter}; settings are
 * {@link net.mspbridge.integration.kaspersky.ksc.KscSettings}; failures are the
 * {@link net.mspbridge.integration.kaspersky.ksc.KscException} family.
 *
 * <h2>Wire</h2>
 * JSON over HTTPS ({@code POST /api/v1.0/<Class>.<Method>}, default port 13299) as fixed by the
 * project's KSC wire profile: {@code login} with {@code KSCBasic} (base64 user and password, empty
 * domain, {@code internal="1"}) and {@code X-KSC-VServer} (base64 display name) to bind a session
 * to a virtual server; the session cookie kept in a per-session cookie jar on a pool of one
 * HTTP/1.1 connection, calls one at a time; a 401 on a call means the session expired: log in
 * again; a virtual server's reading then starts over (accessors and iterators are not trusted to
 * survive a new login), a main-server call is repeated once. Each session is ended with
 * {@code Session.EndSession} when its reading is done. Every answer is checked for {@code PxgError}, also with HTTP 200.
 * Each virtual server is read in a session of its own; up to
 * {@code KscSettings#parallelVirtualServers} (default 8) such sessions are busy at once, each
 * still on one connection making one call at a time.
 *
 * <h2>What is billed</h2>
 * Every key of a virtual server is read ({@code LicenseKeys.EnumKeys}, also keys products reported
 * but nobody added) with its hosts ({@code LicenseKeys.AcquireKeyHosts}); each use of a key by a host
 * is decided in {@code BillingRules} (docs/architecture.md, "Billing rules for Security Center
 * hosts"): the host's active key only, added to the server, commercial or an active subscription, not
 * expired, not expired on that host. The application is the catalog entry whose KSC product ids
 * contain the key host's {@code KLLICSRV_PRODUCT}, ignoring case. Every (host, application) not billed
 * is counted with its {@code NotBilledReason}. The installed products are taken from the key hosts,
 * not from {@code HostGroup.GetHostProducts}, which would cost one call per host. The category comes
 * from the host's documented attributes (see {@code HostClassifier}).
 *
 * <h2>Memory and calls</h2>
 * Hosts are read in chunks ({@code KscSettings#chunkSize}, default 500) through a chunk accessor,
 * one chunk at a time, and each host is counted as it is parsed; no chunk is held as a tree. The
 * only structure that grows with the hosts is the map of licensed host ids with their products'
 * verdicts (about 250 bytes a host), one per virtual server being read: at most
 * {@code parallelVirtualServers} of them at once. Accessors and iterators are released in every
 * case, also when another virtual server's failure ends the reading (reads under way finish).
 *
 * <h2>TLS</h2>
 * Verification is on by default (the JVM's authorities and the host name). A
 * {@link net.mspbridge.integration.kaspersky.ksc.CertificatePin} trusts the server's own
 * certificate instead: the presented leaf certificate must be a pinned one, and then neither the
 * chain nor the host name is checked, because a self-signed KSC certificate rarely names the
 * address an MSP uses, and the pin already identifies the server exactly. There is no way to
 * trust every certificate.
 */
package net.mspbridge.integration.kaspersky.ksc;
