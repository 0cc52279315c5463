package net.mspbridge.integration.kaspersky.ksc;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One Open API reply: its small fields ({@code PxgRetVal}, {@code strAccessor}, {@code bEOF},
 * ...) as a tree, and how many items of its streamed container were handed on.
 *
 * <p>A container of items ({@code pChunk} or {@code pData}, each holding
 * {@code KLCSP_ITERATOR_ARRAY}) is never built as a tree: {@link #read} hands each item to a sink
 * as it is parsed and keeps nothing of it, so a chunk of hosts costs one host's worth of memory at
 * a time. Every reply is checked for {@code PxgError}, wherever it stands in the object.
 */
record Reply(ObjectNode fields, int items) {

    static final String ITEMS = "KLCSP_ITERATOR_ARRAY";

    Optional<JsonNode> field(String name) {
        return KscValues.field(fields, name);
    }

    Optional<String> text(String name) {
        return KscValues.text(fields, name);
    }

    Optional<Long> number(String name) {
        return KscValues.number(fields, name);
    }

    boolean flag(String name) {
        return KscValues.flag(fields, name);
    }

    /**
     * Reads a reply object from the parser.
     *
     * @param container the field whose items are streamed to {@code sink}; null to stream none
     * @throws KscCallException for a {@code PxgError} or a reply that is not a JSON object
     */
    static Reply read(JsonParser parser, String method, int httpStatus, String container, Consumer<JsonNode> sink)
            throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw Calls.notApi(method, httpStatus, null);
        }
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        int items = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("PxgError")) {
                throw Calls.pxgError(method, httpStatus, parser.readValueAsTree());
            } else if (name.equals(container) && value != JsonToken.VALUE_NULL) {
                items += streamItems(parser, sink);
            } else {
                fields.set(name, parser.<JsonNode>readValueAsTree());
            }
        }
        return new Reply(fields, items);
    }

    /** Streams a container: {@code {"KLCSP_ITERATOR_ARRAY":[...]}} or, leniently, the array itself. */
    private static int streamItems(JsonParser parser, Consumer<JsonNode> sink) throws IOException {
        if (parser.currentToken() == JsonToken.START_ARRAY) {
            return streamArray(parser, sink);
        }
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return 0;
        }
        int items = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals(ITEMS) && value == JsonToken.START_ARRAY) {
                items += streamArray(parser, sink);
            } else {
                parser.skipChildren();
            }
        }
        return items;
    }

    private static int streamArray(JsonParser parser, Consumer<JsonNode> sink) throws IOException {
        int items = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            JsonNode item = parser.readValueAsTree();
            sink.accept(KscValues.unwrap(item));
            items++;
        }
        return items;
    }
}
