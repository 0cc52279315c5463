package net.mspbridge.host.sandbox.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The view as JSON (dates ISO-8601, prices as numbers), for {@code sandbox show --json} and for a page
 * that renders it itself.
 */
public final class SandboxViewJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private SandboxViewJson() {
    }

    public static String render(SandboxView view) {
        try {
            return JSON.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the sandbox view cannot be written as JSON", e);
        }
    }
}
