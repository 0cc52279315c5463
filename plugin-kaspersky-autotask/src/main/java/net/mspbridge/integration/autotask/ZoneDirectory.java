package net.mspbridge.integration.autotask;

import java.io.IOException;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The base URL calls go to: the configured override, or the API user's zone, looked up on first use
 * ({@code GET <zoneLookupBase>V1.0/zoneInformation?user=...}), cached, and looked up again when a call
 * is refused with 401 (a database can move zones). The lookup sends no credentials besides the user
 * name it asks about. Thread-safe: one lock, so a zone is looked up once however many threads ask.
 */
final class ZoneDirectory {

    private static final String ENDPOINT = "zoneInformation";

    private final OkHttpClient http;
    private final ErrorMapper errors;
    private final String userName;
    private final HttpUrl lookupBase;
    private final HttpUrl override;

    private HttpUrl current;
    private ZoneInformation zone;
    private HttpUrl confirmedAfter401;

    /**
     * @param override the configured base URL, or null to discover zones
     */
    ZoneDirectory(OkHttpClient http, ErrorMapper errors, String userName, HttpUrl lookupBase, HttpUrl override) {
        this.http = http;
        this.errors = errors;
        this.userName = userName;
        this.lookupBase = lookupBase;
        this.override = override;
    }

    /** Whether zones are discovered (no override): only then can a 401 be cured by a new lookup. */
    boolean discovers() {
        return override == null;
    }

    /** The base in use, ending with {@code /}; looks the zone up when not known yet. */
    synchronized HttpUrl base() {
        if (override != null) {
            return override;
        }
        if (current == null) {
            lookUp();
        }
        return current;
    }

    /** The discovered zone; empty with an override. */
    synchronized Optional<ZoneInformation> zone() {
        if (override != null) {
            return Optional.empty();
        }
        base();
        return Optional.of(zone);
    }

    /**
     * After a 401 from {@code failed}: the base to try instead. Looks the zone up again, once per
     * failed base: when another thread already moved on, its base is returned; when a lookup already
     * confirmed the same zone after a 401, no new lookup is made (the credentials, not the zone, are
     * wrong).
     *
     * @return the base to use; equal to {@code failed} when the zone did not change
     */
    synchronized HttpUrl rediscover(HttpUrl failed) {
        if (override != null || !failed.equals(current) || failed.equals(confirmedAfter401)) {
            return base();
        }
        lookUp();
        if (current.equals(failed)) {
            confirmedAfter401 = failed;
        }
        return current;
    }

    private void lookUp() {
        HttpUrl url = lookupBase.resolve("V1.0/zoneInformation").newBuilder()
                .addQueryParameter("user", userName).build();
        Request request = new Request.Builder().url(url).get().tag(CallInfo.class, new CallInfo(ENDPOINT, CallKind.ZONE))
                .build();
        ZoneInformation found;
        try (Response response = http.newCall(request).execute()) {
            String body = response.body().string();
            if (!response.isSuccessful()) {
                throw lookupFailure(response.code(), body);
            }
            found = Json.MAPPER.readValue(body, ZoneInformation.class);
        } catch (JsonProcessingException e) {
            throw new AutotaskProtocolException("GET", ENDPOINT, "not zone information", e);
        } catch (IOException e) {
            throw errors.transport("GET", ENDPOINT, CallKind.ZONE, e);
        }
        if (found == null || found.url() == null || found.url().isBlank()) {
            throw new AutotaskProtocolException("GET", ENDPOINT, "the answer names no zone url", null);
        }
        current = ZonePolicy.acceptZone(found.url());
        zone = found;
    }

    private AutotaskException lookupFailure(int status, String body) {
        // Autotask answers 500 "Zone information could not be determined" for a blank or unknown user;
        // any other failure (its "An unexpected error has occurred" is a 500 too) says nothing of the user.
        if (status == 500 && ErrorMapper.unknownZoneUser(body)) {
            return new AutotaskAuthenticationException(AutotaskAuthenticationException.UNKNOWN_USER, status, "GET",
                    ENDPOINT, errors.serverMessages(body));
        }
        return errors.failure("GET", ENDPOINT, CallKind.ZONE, status, body);
    }
}
