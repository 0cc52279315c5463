package net.mspbridge.host.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import net.mspbridge.host.fake.ApiClient;

/**
 * The bad-input corpus for every endpoint of the host's HTTP API and every panel of the real
 * Kaspersky-Autotask plugin: the same battery of broken bodies for every endpoint that takes JSON, no
 * session and no CSRF token for every endpoint, and the mistakes particular to each (unknown ids,
 * wrong types, out-of-range dates and values, script where a value should be).
 */
final class BadInputs {

    static final String PLUGIN = "kaspersky-autotask";
    static final String SETTINGS = "/api/settings/" + PLUGIN;
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "\"><img src=x onerror=alert(1)>";

    private final List<BadInput> inputs = new ArrayList<>();
    private final String finishedRunId;

    private BadInputs(String finishedRunId) {
        this.finishedRunId = finishedRunId;
    }

    /**
     * @param finishedRunId a run that has finished, to cancel
     * @param version       the settings version the host holds now
     */
    static List<BadInput> all(String finishedRunId, long version) {
        BadInputs corpus = new BadInputs(finishedRunId);
        corpus.everyEndpointNeedsASession();
        corpus.everyStateChangeNeedsTheCsrfToken();
        corpus.everyStateChangeComesFromThisOrigin();
        corpus.brokenBodies(version);
        corpus.signIn();
        corpus.panels(version);
        corpus.optionsAndRows();
        corpus.actions();
        corpus.runs();
        corpus.schedule();
        corpus.elsewhere();
        return List.copyOf(corpus.inputs);
    }

    private void add(String endpoint, String what, int status, java.util.function.Function<Probe, Probe.Answer> send) {
        inputs.add(new BadInput(endpoint, what, status, send));
    }

    /** The endpoints that read: path as sent, endpoint as named in the figures. */
    private List<String[]> reads() {
        return List.of(
                new String[] {"GET /api/session", "/api/session"},
                new String[] {"GET /api/plugins", "/api/plugins"},
                new String[] {"GET /api/settings", "/api/settings"},
                new String[] {"GET /api/settings/{plugin}", SETTINGS},
                new String[] {"GET /api/settings/{plugin}/panels/{panel}/fields/{field}/options",
                        SETTINGS + "/panels/services/fields/services.mapping/options?column=service"},
                new String[] {"GET /api/settings/{plugin}/panels/{panel}/fields/{field}/rows",
                        SETTINGS + "/panels/companies/fields/companies.mapping/rows"},
                new String[] {"GET /api/runs", "/api/runs"},
                new String[] {"GET /api/runs/{id}", "/api/runs/" + finishedRunId},
                new String[] {"GET /api/charts/units", "/api/charts/units"},
                new String[] {"GET /api/schedule", "/api/schedule"},
                new String[] {"GET /api/inventory", "/api/inventory"},
                new String[] {"GET /api/inventory/{customer}", "/api/inventory/cust-contoso"},
                new String[] {"GET /api/sandbox", "/api/sandbox"});
    }

    /** The endpoints that change something: method, endpoint name, path, a body that would be accepted. */
    private List<String[]> writes(long version) {
        String today = java.time.LocalDate.now().toString();
        return List.of(
                new String[] {"POST", "POST /api/logout", "/api/logout", null},
                new String[] {"PUT", "PUT /api/settings/{plugin}/panels/connection", SETTINGS + "/panels/connection",
                        "{\"version\":" + version + ",\"values\":{\"autotask.username\":\"someone-else@example.com\"}}"},
                new String[] {"PUT", "PUT /api/settings/{plugin}/panels/companies", SETTINGS + "/panels/companies",
                        "{\"version\":" + version + ",\"tables\":{\"companies.mapping\":{\"12\":{\"billing\":\"false\"}}}}"},
                new String[] {"PUT", "PUT /api/settings/{plugin}/panels/services", SETTINGS + "/panels/services",
                        "{\"version\":" + version + ",\"values\":{\"services.byCategory\":\"false\"}}"},
                new String[] {"PUT", "PUT /api/settings/{plugin}/panels/billing", SETTINGS + "/panels/billing",
                        "{\"version\":" + version + ",\"values\":{\"billing.zeroStaleUnits\":\"true\"}}"},
                new String[] {"POST", "POST /api/settings/{plugin}/panels/connection/actions/test-autotask",
                        SETTINGS + "/panels/connection/actions/test-autotask", "{}"},
                new String[] {"POST", "POST /api/settings/{plugin}/panels/connection/actions/test-kaspersky",
                        SETTINGS + "/panels/connection/actions/test-kaspersky", "{}"},
                new String[] {"POST", "POST /api/runs", "/api/runs", "{\"mode\":\"APPLY\",\"effectiveDate\":\"" + today + "\"}"},
                new String[] {"POST", "POST /api/runs/{id}/cancel", "/api/runs/" + finishedRunId + "/cancel", null},
                new String[] {"PUT", "PUT /api/schedule", "/api/schedule", "{\"enabled\":true,\"time\":\"02:00\"}"});
    }

    private void everyEndpointNeedsASession() {
        for (String[] read : reads()) {
            add(read[0], "no session", 401, p -> p.withoutSession("GET", read[1], null));
            add(read[0], "a session cookie the host never issued", 401, p -> p.withForgedSession("GET", read[1], null));
        }
        for (String[] write : writes(0)) {
            add(write[1], "no session", 401, p -> p.withoutSession(write[0], write[2], write[3]));
            add(write[1], "a session cookie the host never issued", 401, p -> p.withForgedSession(write[0], write[2], write[3]));
        }
    }

    private void everyStateChangeNeedsTheCsrfToken() {
        for (String[] write : writes(0)) {
            add(write[1], "no CSRF token", 403, p -> p.withoutCsrf(write[0], write[2], write[3]));
            add(write[1], "a CSRF token that is not the session's", 403, p -> p.withForgedCsrf(write[0], write[2], write[3]));
        }
    }

    /** A second line behind the token: a browser's mark of another origin is refused (issue 19). */
    private void everyStateChangeComesFromThisOrigin() {
        List<String[]> all = new ArrayList<>(writes(0));
        all.add(new String[] {"POST", "POST /api/login", "/api/login", "{\"password\":\"x\"}"});
        for (String[] write : all) {
            add(write[1], "Origin of another site", 403,
                    p -> p.withHeader(write[0], write[2], write[3], "Origin", "http://evil.example"));
            add(write[1], "Origin of another port of 127.0.0.1", 403,
                    p -> p.withHeader(write[0], write[2], write[3], "Origin", "http://127.0.0.1:1"));
            add(write[1], "Origin null", 403, p -> p.withHeader(write[0], write[2], write[3], "Origin", "null"));
            add(write[1], "Sec-Fetch-Site cross-site", 403,
                    p -> p.withHeader(write[0], write[2], write[3], "Sec-Fetch-Site", "cross-site"));
            add(write[1], "Sec-Fetch-Site same-site", 403,
                    p -> p.withHeader(write[0], write[2], write[3], "Sec-Fetch-Site", "same-site"));
        }
    }

    /** The same broken bodies for every endpoint that reads a JSON body. */
    private void brokenBodies(long version) {
        List<String[]> json = new ArrayList<>(writes(version).stream().filter(w -> w[3] != null).toList());
        json.add(new String[] {"POST", "POST /api/login", "/api/login", "{\"password\":\"x\"}"});
        String deep = "[".repeat(5000) + "]".repeat(5000);
        for (String[] e : json) {
            String method = e[0];
            String endpoint = e[1];
            String path = e[2];
            add(endpoint, "malformed JSON (cut short)", 400, p -> p.send(method, path, e[3].substring(0, e[3].length() / 2)));
            add(endpoint, "trailing garbage after the object", 400, p -> p.send(method, path, e[3] + " x"));
            add(endpoint, "an array instead of an object", 400, p -> p.send(method, path, "[1,2]"));
            add(endpoint, "JSON null", 400, p -> p.send(method, path, "null"));
            add(endpoint, "a bare string", 400, p -> p.send(method, path, "\"" + SCRIPT + "\""));
            add(endpoint, "an empty body", 400, p -> p.send(method, path, ""));
            add(endpoint, "only whitespace", 400, p -> p.send(method, path, " \n\t "));
            add(endpoint, "an unknown property", 400, p -> p.send(method, path, "{\"evil\":1," + e[3].substring(1)));
            add(endpoint, "a duplicated property", 400, p -> p.send(method, path, "{" + e[3].substring(1, e[3].length() - 1)
                    + "," + e[3].substring(1)));
            add(endpoint, "5000 nested arrays", 400, p -> p.send(method, path, "{\"evil\":" + deep + "}"));
            add(endpoint, "a body over 256 KiB", 413, p -> p.send(method, path, "{\"evil\":\"" + "x".repeat(300 * 1024) + "\"}"));
            add(endpoint, "a form instead of JSON", 415, p -> p.withContentType(method, path,
                    "application/x-www-form-urlencoded", "mode=APPLY&version=0"));
            add(endpoint, "text/plain instead of JSON", 415, p -> p.withContentType(method, path, "text/plain", e[3]));
            add(endpoint, "application/jsonx", 415, p -> p.withContentType(method, path, "application/jsonx", e[3]));
            add(endpoint, "application/json-patch+json", 415, p -> p.withContentType(method, path,
                    "application/json-patch+json", e[3]));
            add(endpoint, "bytes that are not UTF-8", 400, p -> p.bytes(method, path,
                    new byte[] {'{', '"', 'm', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'}));
            add(endpoint, "a UTF-16 body", 400, p -> p.bytes(method, path, e[3].getBytes(StandardCharsets.UTF_16)));
        }
    }

    private void signIn() {
        String login = "POST /api/login";
        add(login, "the password as a number", 400, p -> p.send("POST", "/api/login", "{\"password\":12345}"));
        add(login, "the password missing", 400, p -> p.send("POST", "/api/login", "{}"));
        add(login, "the password as an object", 400, p -> p.send("POST", "/api/login", "{\"password\":{\"$ne\":null}}"));
        add(login, "a wrong password", 401, p -> p.send("POST", "/api/login", "{\"password\":\"not-the-password\"}"));
        add(login, "script as the password", 401, p -> p.send("POST", "/api/login", "{\"password\":" + ApiClient.quote(SCRIPT) + "}"));
    }

    private void panels(long version) {
        String v = "{\"version\":" + version + ",";
        for (String panel : List.of("connection", "companies", "services", "billing")) {
            String endpoint = "PUT /api/settings/{plugin}/panels/" + panel;
            String path = SETTINGS + "/panels/" + panel;
            add(endpoint, "the version as text", 400, p -> p.send("PUT", path, "{\"version\":\"" + version + "\"}"));
            add(endpoint, "the version missing", 400, p -> p.send("PUT", path, "{\"values\":{}}"));
            add(endpoint, "the version as a fraction", 400, p -> p.send("PUT", path, "{\"version\":1.5}"));
            add(endpoint, "a version beyond a long", 400, p -> p.send("PUT", path, "{\"version\":99999999999999999999999}"));
            add(endpoint, "an outdated version", 409, p -> p.send("PUT", path, "{\"version\":" + (version - 1) + "}"));
            add(endpoint, "a version from the future", 409, p -> p.send("PUT", path, "{\"version\":" + (version + 7) + "}"));
            add(endpoint, "values as an array", 400, p -> p.send("PUT", path, v + "\"values\":[\"a\"]}"));
            add(endpoint, "a value as a number", 400, p -> p.send("PUT", path, v + "\"values\":{\"x\":1}}"));
            add(endpoint, "a value as null", 400, p -> p.send("PUT", path, v + "\"values\":{\"x\":null}}"));
            add(endpoint, "an unknown field", 404, p -> p.send("PUT", path, v + "\"values\":{\"no.such.field\":\"x\"}}"));
            add(endpoint, "an empty field key", 400, p -> p.send("PUT", path, v + "\"values\":{\"\":\"x\"}}"));
            add(endpoint, "script as a field key", 404, p -> p.send("PUT", path, v + "\"values\":{" + ApiClient.quote(SCRIPT) + ":\"x\"}}"));
            add(endpoint, "tables as a string", 400, p -> p.send("PUT", path, v + "\"tables\":\"x\"}"));
            add(endpoint, "a table as an array", 400, p -> p.send("PUT", path, v + "\"tables\":{\"services.mapping\":[1]}}"));
            add(endpoint, "an unknown table", 404, p -> p.send("PUT", path, v + "\"tables\":{\"no.such.table\":{}}}"));
            add(endpoint, "secrets as an array", 400, p -> p.send("PUT", path, v + "\"secrets\":[\"x\"]}"));
            add(endpoint, "clearSecrets as a string", 400, p -> p.send("PUT", path, v + "\"clearSecrets\":\"autotask.secret\"}"));
            add(endpoint, "clearSecrets with a number", 400, p -> p.send("PUT", path, v + "\"clearSecrets\":[1]}"));
            // A field of another panel is no field of this one: "not found", like any unknown target.
            add(endpoint, "a secret for a field that is no secret", panel.equals("connection") ? 400 : 404,
                    p -> p.send("PUT", path, v + "\"secrets\":{\"autotask.username\":\"x\"}}"));
            add(endpoint, "clearing a secret that does not exist", 404,
                    p -> p.send("PUT", path, v + "\"clearSecrets\":[\"no.such.secret\"]}"));
        }
        add("PUT /api/settings/{plugin}/panels/{panel}", "an unknown panel", 404,
                p -> p.send("PUT", SETTINGS + "/panels/no-such-panel", v + "\"values\":{}}"));
        add("PUT /api/settings/{plugin}/panels/{panel}", "script as the panel id", 404,
                p -> p.send("PUT", SETTINGS + "/panels/%3Cscript%3E", v + "\"values\":{}}"));
        add("PUT /api/settings/{plugin}/panels/{panel}", "an unknown plugin", 404,
                p -> p.send("PUT", "/api/settings/no-such-plugin/panels/connection", v + "\"values\":{}}"));
        connection(v);
        companies(v);
        services(v);
        billing(v);
    }

    private void connection(String v) {
        String endpoint = "PUT /api/settings/{plugin}/panels/connection";
        String path = SETTINGS + "/panels/connection";
        List<String[]> refused = List.of(
                new String[] {"a field of another panel", "services.byCategory", "true", "404"},
                new String[] {"an unknown Kaspersky solution", "kaspersky.solution", "nope", "400"},
                new String[] {"script as the Kaspersky solution", "kaspersky.solution", SCRIPT, "400"},
                new String[] {"an ftp base URL", "autotask.baseUrl", "ftp://example.com/ATServicesRest/", "422"},
                new String[] {"a javascript: base URL", "autotask.baseUrl", "javascript:alert(1)", "422"},
                new String[] {"script as the base URL", "autotask.baseUrl", SCRIPT, "422"},
                new String[] {"a base URL with a password in it", "autotask.baseUrl", "https://user:pw@example.com/ATServicesRest/", "422"},
                new String[] {"a negative impersonation resource id", "autotask.impersonationResourceId", "-4", "422"},
                new String[] {"script as the impersonation resource id", "autotask.impersonationResourceId", IMG, "422"},
                new String[] {"an http KSC address", "ksc.address", "http://ksc.example.com:13299", "422"},
                new String[] {"a KSC address with a path", "ksc.address", "https://ksc.example.com/api/", "422"},
                new String[] {"a KSC port out of range", "ksc.address", "ksc.example.com:70000", "422"},
                new String[] {"script as the KSC address", "ksc.address", SCRIPT, "422"},
                new String[] {"a certificate pin that is neither PEM nor SHA-256", "ksc.certificatePin", "AB:CD", "422"},
                new String[] {"script as the certificate pin", "ksc.certificatePin", IMG, "422"},
                new String[] {"the user name blanked", "autotask.username", " ", "422"},
                new String[] {"the integration code blanked", "autotask.integrationCode", "", "422"},
                new String[] {"a text over the size limit", "autotask.username", "u".repeat(20_000), "400"},
                // A stored secret goes only where it was saved to: a new destination needs it typed again (issue 19).
                new String[] {"another Autotask base URL, keeping the stored secret", "autotask.baseUrl",
                        "http://127.0.0.1:9/attacker-chosen-path/", "422"},
                new String[] {"another KSC address, keeping the stored password", "ksc.address", "127.0.0.1:9", "422"},
                new String[] {"another certificate pin, keeping the stored password", "ksc.certificatePin",
                        "ab".repeat(32), "422"});
        for (String[] r : refused) {
            add(endpoint, r[0], Integer.parseInt(r[3]), p -> p.send("PUT", path, v + "\"values\":{" + ApiClient.quote(r[1]) + ":"
                    + ApiClient.quote(r[2]) + "}}"));
        }
        add(endpoint, "the required secret cleared", 422, p -> p.send("PUT", path, v + "\"clearSecrets\":[\"autotask.secret\"]}"));
        add(endpoint, "a secret both given and cleared", 400,
                p -> p.send("PUT", path, v + "\"secrets\":{\"ksc.password\":\"x\"},\"clearSecrets\":[\"ksc.password\"]}"));
    }

    private void companies(String v) {
        String endpoint = "PUT /api/settings/{plugin}/panels/companies";
        String path = SETTINGS + "/panels/companies";
        String table = "\"tables\":{\"companies.mapping\":";
        // Not here: a row for a customer Kaspersky does not list. Its rows come from a live source, so the host
        // leaves them to the plugin, which by design does not read Kaspersky to validate (a customer gone from
        // KSC keeps its mapping): such a row is stored. ScriptIsInertTest shows one with script as its id.
        add(endpoint, "an unknown column", 400, p -> p.send("PUT", path, v + table + "{\"12\":{\"evil\":\"1\"}}}}"));
        add(endpoint, "billing neither true nor false", 400, p -> p.send("PUT", path, v + table + "{\"12\":{\"billing\":\"maybe\"}}}}"));
        add(endpoint, "a company id that is not a number", 422, p -> p.send("PUT", path, v + table + "{\"12\":{\"company\":" + ApiClient.quote(IMG) + "}}}}"));
        add(endpoint, "a company Autotask does not have", 422, p -> p.send("PUT", path, v + table + "{\"12\":{\"company\":\"999999\"}}}}"));
        add(endpoint, "a contract of another company", 422, p -> p.send("PUT", path, v + table
                + "{\"12\":{\"company\":\"174\",\"billing\":\"true\",\"contract\":\"29684102\"}}}}"));
        add(endpoint, "an ended contract", 422, p -> p.send("PUT", path, v + table
                + "{\"15\":{\"company\":\"177\",\"billing\":\"true\",\"contract\":\"29684104\"}}}}"));
        add(endpoint, "a time and materials contract", 422, p -> p.send("PUT", path, v + table
                + "{\"12\":{\"company\":\"174\",\"billing\":\"true\",\"contract\":\"29684106\"}}}}"));
        add(endpoint, "billing on without a contract", 422, p -> p.send("PUT", path, v + table
                + "{\"16\":{\"company\":\"179\",\"billing\":\"true\"}}}}"));
        add(endpoint, "a cell as a number", 400, p -> p.send("PUT", path, v + table + "{\"12\":{\"billing\":true}}}}"));
        add(endpoint, "a row as a string", 400, p -> p.send("PUT", path, v + table + "{\"12\":\"x\"}}}"));
    }

    private void services(String v) {
        String endpoint = "PUT /api/settings/{plugin}/panels/services";
        String path = SETTINGS + "/panels/services";
        String table = "\"tables\":{\"services.mapping\":";
        add(endpoint, "bill by category neither true nor false", 400, p -> p.send("PUT", path, v + "\"values\":{\"services.byCategory\":"
                + ApiClient.quote(SCRIPT) + "}}"));
        add(endpoint, "an unknown application row", 400, p -> p.send("PUT", path, v + table + "{\"no-such-app\":{\"service\":\"29682801\"}}}}"));
        add(endpoint, "an unknown column", 400, p -> p.send("PUT", path, v + table + "{\"kes-windows\":{\"evil\":\"29682801\"}}}}"));
        add(endpoint, "a service id that is not a number", 422, p -> p.send("PUT", path, v + table + "{\"kes-windows\":{\"windowsServers\":"
                + ApiClient.quote(SCRIPT) + "}}}}"));
        add(endpoint, "a service Autotask does not have", 422, p -> p.send("PUT", path, v + table
                + "{\"kes-windows\":{\"windowsServers\":\"123456789\"}}}}"));
        // Not kes-cloud-plus: the demo stores that row, and a stored row the panel does not show may be sent back.
        add(endpoint, "a Business Hub application neither shown nor stored while Security Center is chosen", 400,
                p -> p.send("PUT", path, v + table + "{\"kes-cloud-pro\":{\"service\":\"29682804\"}}}}"));
        add(endpoint, "an inactive service", 422, p -> p.send("PUT", path, v + table + "{\"kes-windows\":{\"windowsServers\":\"29682808\"}}}}"));
    }

    /**
     * Inputs for the Services panel while Kaspersky Business Hub is chosen (its rows are per-user
     * applications): the caller switches the solution first.
     */
    static List<BadInput> whileBusinessHubIsChosen(long version) {
        String endpoint = "PUT /api/settings/{plugin}/panels/services";
        String path = SETTINGS + "/panels/services";
        String start = "{\"version\":" + version + ",\"tables\":{\"services.mapping\":";
        return List.of(
                new BadInput(endpoint, "a per-user application given three services", 422, p -> p.send("PUT", path, start
                        + "{\"kes-cloud-plus\":{\"windowsWorkstations\":\"29682801\",\"windowsServers\":\"29682802\","
                        + "\"nonWindows\":\"29682803\"}}}}")),
                new BadInput(endpoint, "a per-user application given a device category", 422, p -> p.send("PUT", path, start
                        + "{\"ks-o365\":{\"nonWindows\":\"29682803\"}}}}")),
                new BadInput(endpoint, "a per-user application given a service Autotask does not have", 422,
                        p -> p.send("PUT", path, start + "{\"kes-cloud\":{\"service\":\"424242\"}}}}")));
    }

    private void billing(String v) {
        String endpoint = "PUT /api/settings/{plugin}/panels/billing";
        String path = SETTINGS + "/panels/billing";
        for (String share : List.of("0", "101", "-5", "fifty", "1e2", SCRIPT)) {
            add(endpoint, "API budget share \"" + share + "\"", 422, p -> p.send("PUT", path, v + "\"values\":{\"billing.apiBudgetShare\":"
                    + ApiClient.quote(share) + "}}"));
        }
        add(endpoint, "zero stale units neither true nor false", 400, p -> p.send("PUT", path, v
                + "\"values\":{\"billing.zeroStaleUnits\":\"yes\"}}"));
    }

    private void optionsAndRows() {
        String options = "GET /api/settings/{plugin}/panels/{panel}/fields/{field}/options";
        String base = SETTINGS + "/panels/";
        add(options, "an unknown field", 404, p -> p.get(base + "services/fields/no.such.field/options"));
        add(options, "a field of another panel", 404, p -> p.get(base + "connection/fields/services.mapping/options?column=service"));
        add(options, "a text field, which has no options", 404, p -> p.get(base + "connection/fields/autotask.username/options"));
        add(options, "an unknown column", 404, p -> p.get(base + "services/fields/services.mapping/options?column=evil"));
        add(options, "a table without a column", 404, p -> p.get(base + "services/fields/services.mapping/options"));
        add(options, "an unknown query parameter", 400, p -> p.get(base + "services/fields/services.mapping/options?column=service&evil=1"));
        add(options, "a parameter the source does not declare", 400,
                p -> p.get(base + "companies/fields/companies.mapping/options?column=company&param.evil=1"));
        add(options, "the column given twice", 400,
                p -> p.get(base + "services/fields/services.mapping/options?column=service&column=nonWindows"));
        add(options, "script as the company parameter", 422,
                p -> p.get(base + "companies/fields/companies.mapping/options?column=contract&param.company=%3Cscript%3Ealert(1)%3C%2Fscript%3E"));
        add(options, "an unknown panel", 404, p -> p.get(base + "nope/fields/services.mapping/options?column=service"));
        add(options, "an unknown plugin", 404, p -> p.get("/api/settings/nope/panels/services/fields/services.mapping/options?column=service"));
        String rows = "GET /api/settings/{plugin}/panels/{panel}/fields/{field}/rows";
        add(rows, "an unknown field", 404, p -> p.get(base + "companies/fields/no.such.field/rows"));
        add(rows, "a table without a row source", 404, p -> p.get(base + "services/fields/services.mapping/rows"));
        add(rows, "a text field", 404, p -> p.get(base + "connection/fields/autotask.username/rows"));
        add(rows, "an unknown panel", 404, p -> p.get(base + "nope/fields/companies.mapping/rows"));
    }

    private void actions() {
        String endpoint = "POST /api/settings/{plugin}/panels/{panel}/actions/{action}";
        String base = SETTINGS + "/panels/";
        add(endpoint, "an unknown action", 404, p -> p.send("POST", base + "connection/actions/no-such-action", "{}"));
        add(endpoint, "an action of another panel", 404, p -> p.send("POST", base + "services/actions/test-autotask", "{}"));
        add(endpoint, "script as the action id", 404, p -> p.send("POST", base + "connection/actions/%3Cscript%3E", "{}"));
        add(endpoint, "an unknown field in the values", 404, p -> p.send("POST", base + "connection/actions/test-autotask",
                "{\"values\":{\"no.such.field\":\"x\"}}"));
        add(endpoint, "a version, which actions do not take", 400, p -> p.send("POST", base + "connection/actions/test-autotask",
                "{\"version\":0}"));
        add(endpoint, "values as a number", 400, p -> p.send("POST", base + "connection/actions/test-kaspersky", "{\"values\":7}"));
    }

    private void runs() {
        String start = "POST /api/runs";
        List<String[]> bodies = List.of(
                new String[] {"an unknown mode", "{\"mode\":\"NOW\"}"},
                new String[] {"the mode in lower case", "{\"mode\":\"apply\"}"},
                new String[] {"the mode as a number", "{\"mode\":1}"},
                new String[] {"the mode missing", "{}"},
                new String[] {"the mode as null", "{\"mode\":null}"},
                new String[] {"script as the mode", "{\"mode\":" + ApiClient.quote(SCRIPT) + "}"},
                new String[] {"a date more than a year back", "{\"mode\":\"PREVIEW\",\"effectiveDate\":\"1999-01-01\"}"},
                new String[] {"a date more than a year ahead", "{\"mode\":\"APPLY\",\"effectiveDate\":\""
                        + java.time.LocalDate.now().plusYears(2) + "\"}"},
                new String[] {"the 30th of February", "{\"mode\":\"PREVIEW\",\"effectiveDate\":\"2026-02-30\"}"},
                new String[] {"a date written DD/MM/YYYY", "{\"mode\":\"PREVIEW\",\"effectiveDate\":\"31/12/2026\"}"},
                new String[] {"a date as a number", "{\"mode\":\"PREVIEW\",\"effectiveDate\":20260101}"},
                new String[] {"an empty date", "{\"mode\":\"PREVIEW\",\"effectiveDate\":\"\"}"},
                new String[] {"the year 99999", "{\"mode\":\"PREVIEW\",\"effectiveDate\":\"+99999-01-01\"}"},
                new String[] {"an unknown plugin", "{\"mode\":\"PREVIEW\",\"pluginId\":\"no-such-plugin\"}"},
                new String[] {"script as the plugin", "{\"mode\":\"PREVIEW\",\"pluginId\":" + ApiClient.quote(SCRIPT) + "}"},
                new String[] {"the plugin as a number", "{\"mode\":\"PREVIEW\",\"pluginId\":7}"});
        for (String[] b : bodies) {
            add(start, b[0], 400, p -> p.send("POST", "/api/runs", b[1]));
        }
        String history = "GET /api/runs";
        for (String limit : List.of("0", "-1", "ten", "1.5", "99999999999999999999", "501", "%3Cscript%3E")) {
            add(history, "limit=" + limit, 400, p -> p.get("/api/runs?limit=" + limit));
        }
        add("GET /api/charts/units", "limit=0", 400, p -> p.get("/api/charts/units?limit=0"));
        add("GET /api/runs/{id}", "an unknown run", 404, p -> p.get("/api/runs/run-999999"));
        add("GET /api/runs/{id}", "script as the run id", 404, p -> p.get("/api/runs/%3Cscript%3Ealert(1)%3C%2Fscript%3E"));
        add("POST /api/runs/{id}/cancel", "an unknown run", 404, p -> p.send("POST", "/api/runs/run-999999/cancel", null));
        add("POST /api/runs/{id}/cancel", "a run that has finished", 409, p -> p.send("POST", "/api/runs/" + finishedRunId + "/cancel", null));
    }

    private void schedule() {
        String endpoint = "PUT /api/schedule";
        List<String[]> bodies = List.of(
                new String[] {"a time that is no time of day", "{\"enabled\":true,\"time\":\"24:61\"}"},
                new String[] {"a time written 2am", "{\"enabled\":true,\"time\":\"2am\"}"},
                new String[] {"an empty time", "{\"enabled\":true,\"time\":\"\"}"},
                new String[] {"the time as a number", "{\"enabled\":true,\"time\":230}"},
                new String[] {"the time missing", "{\"enabled\":true}"},
                new String[] {"enabled as text", "{\"enabled\":\"yes\",\"time\":\"02:00\"}"},
                new String[] {"enabled missing", "{\"time\":\"02:00\"}"},
                new String[] {"script as the time", "{\"enabled\":true,\"time\":" + ApiClient.quote(SCRIPT) + "}"});
        for (String[] b : bodies) {
            add(endpoint, b[0], 400, p -> p.send("PUT", "/api/schedule", b[1]));
        }
    }

    private void elsewhere() {
        add("GET /api/settings/{plugin}", "an unknown plugin", 404, p -> p.get("/api/settings/no-such-plugin"));
        add("GET /api/settings/{plugin}", "script as the plugin id", 404, p -> p.get("/api/settings/%3Cscript%3E"));
        add("GET /api/inventory/{customer}", "an unknown customer", 404, p -> p.get("/api/inventory/nobody"));
        add("GET /api/inventory/{customer}", "script as the customer id", 404, p -> p.get("/api/inventory/%3Cimg%20src%3Dx%3E"));
        add("GET /api/sandbox", "a date that is no date", 400, p -> p.get("/api/sandbox?date=" + "31-12-2026"));
        add("(any)", "an unknown API path", 404, p -> p.get("/api/no-such-thing"));
        add("(any)", "a method the path does not take", 405, p -> p.send("DELETE", "/api/settings", null));
        add("(any)", "PATCH on a settings panel", 405, p -> p.send("PATCH", SETTINGS + "/panels/connection", "{}"));
        add("(any)", "another Host name (DNS rebinding)", 421, p -> p.withHost("evil.example", "/api/session"));
        add("(any)", "another Host name with the loopback port", 421, p -> p.withHost("127.0.0.1.evil.example:80", "/api/settings"));
    }
}
