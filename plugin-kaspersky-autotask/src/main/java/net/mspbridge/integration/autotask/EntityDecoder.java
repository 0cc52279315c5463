package net.mspbridge.integration.autotask;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/** Turns one item of an Autotask answer into its record, resolving picklist labels where it has any. */
@FunctionalInterface
interface EntityDecoder<T> {

    T decode(JsonNode item, Picklists picklists) throws JsonProcessingException;

    /** A decoder that maps the item's fields onto {@code type} as they are. */
    static <T> EntityDecoder<T> plain(Class<T> type) {
        return (item, picklists) -> Json.MAPPER.treeToValue(item, type);
    }
}
