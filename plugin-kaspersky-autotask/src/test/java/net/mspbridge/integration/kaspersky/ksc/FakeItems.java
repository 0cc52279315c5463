package net.mspbridge.integration.kaspersky.ksc;

import java.util.List;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.JsonNode;

/** Items a server serves: a list, or generated on demand so large sets cost no memory. */
public interface FakeItems {
    int size();

    JsonNode get(int index);

    static FakeItems of(List<JsonNode> items) {
        List<JsonNode> copy = List.copyOf(items);
        return new FakeItems() {
            @Override
            public int size() {
                return copy.size();
            }

            @Override
            public JsonNode get(int index) {
                return copy.get(index);
            }
        };
    }

    static FakeItems generated(int size, IntFunction<JsonNode> item) {
        return new FakeItems() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public JsonNode get(int index) {
                return item.apply(index);
            }
        };
    }
}
