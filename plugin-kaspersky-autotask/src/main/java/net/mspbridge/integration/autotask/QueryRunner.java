package net.mspbridge.integration.autotask;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import okhttp3.HttpUrl;

/**
 * Runs queries: splits long {@code in} lists, pages through {@code nextPageUrl} (same method, same
 * body, until it is null), merges split parts by id and decodes the items. Also count and get by id.
 * Thread-safe.
 */
final class QueryRunner {

    private final AutotaskHttp http;
    private final Picklists picklists;

    QueryRunner(AutotaskHttp http, Picklists picklists) {
        this.http = http;
        this.picklists = picklists;
    }

    <T> List<T> list(AutotaskEntity<T> entity, Query query) {
        // Each page's items are decoded as the page arrives: a query's JSON trees of every page at once
        // (tens of thousands of unit rows for a batch of 500 contracts) cost far more heap than its records.
        String path = entity.name() + "/query";
        Map<String, T> byId = new LinkedHashMap<>();
        List<T> withoutId = new ArrayList<>();
        for (Query part : InListSplitter.forQuery(query)) {
            eachItem(entity, part, item -> {
                JsonNode id = item.get("id");
                if (id == null || id.isNull()) {
                    withoutId.add(decode(entity, "POST", path, item));
                } else if (!byId.containsKey(id.asText())) {
                    byId.put(id.asText(), decode(entity, "POST", path, item));
                }
            });
        }
        List<T> result = new ArrayList<>(byId.size() + withoutId.size());
        result.addAll(byId.values());
        result.addAll(withoutId);
        return result;
    }

    long count(AutotaskEntity<?> entity, Query query) {
        String path = entity.name() + "/query/count";
        long total = 0;
        for (Query part : InListSplitter.forCount(query)) {
            JsonNode answer = http.post(CallInfo.read(entity.name()), path, QueryJson.count(part));
            JsonNode count = answer.get("queryCount");
            if (count == null || !count.canConvertToLong()) {
                throw new AutotaskProtocolException("POST", path, "no 'queryCount'", null);
            }
            total += count.asLong();
        }
        return total;
    }

    <T> Optional<T> get(AutotaskEntity<T> entity, long id) {
        String path = entity.name() + "/" + id;
        Optional<JsonNode> answer = http.getIfFound(CallInfo.read(entity.name()), path);
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        JsonNode item = answer.get().get("item");
        if (item == null || item.isNull()) {
            return Optional.empty();
        }
        return Optional.of(decode(entity, "GET", path, item));
    }

    /** Hands every item of one query part to {@code each}, page by page. */
    private void eachItem(AutotaskEntity<?> entity, Query part, Consumer<JsonNode> each) {
        String path = entity.name() + "/query";
        CallInfo info = CallInfo.read(entity.name());
        byte[] body = QueryJson.query(part);
        Set<String> seenPages = new HashSet<>();
        JsonNode page = http.post(info, path, body);
        while (true) {
            JsonNode pageItems = page.get("items");
            if (pageItems == null || !pageItems.isArray()) {
                throw new AutotaskProtocolException("POST", path, "a page without 'items'", null);
            }
            pageItems.forEach(each);
            JsonNode next = page.path("pageDetails").get("nextPageUrl");
            if (next == null || next.isNull() || next.asText().isBlank()) {
                return;
            }
            HttpUrl nextUrl = HttpUrl.parse(next.asText());
            if (nextUrl == null) {
                throw new AutotaskProtocolException("POST", path, "a nextPageUrl that is not an http(s) address", null);
            }
            if (!seenPages.add(nextUrl.toString())) {
                throw new AutotaskProtocolException("POST", path, "Autotask sent the same nextPageUrl twice", null);
            }
            page = http.postNextPage(info, path, nextUrl, body);
        }
    }

    private <T> T decode(AutotaskEntity<T> entity, String method, String path, JsonNode item) {
        try {
            return entity.decoder().decode(item, picklists);
        } catch (JsonProcessingException e) {
            throw new AutotaskProtocolException(method, path, "an item of " + entity.name() + " does not fit its record"
                    + " (" + e.getOriginalMessage() + ")", e);
        }
    }
}
