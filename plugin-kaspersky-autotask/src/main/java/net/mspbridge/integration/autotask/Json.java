package net.mspbridge.integration.autotask;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * The one Jackson setup for Autotask's wire format: camelCase as sent, unknown fields ignored (Autotask
 * adds fields, and its fixtures carry quirks such as {@code "userDefinedFields": ""}), and
 * {@link LocalDate} read from Autotask's date-times (see {@link AutotaskDates}). Thread-safe once built.
 */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .registerModule(new SimpleModule("autotask-dates").addDeserializer(LocalDate.class, new DateReader()));

    private Json() {
    }

    private static final class DateReader extends JsonDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText();
            if (text.isBlank()) {
                return null;
            }
            try {
                return AutotaskDates.parseDate(text);
            } catch (DateTimeParseException e) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, e.getMessage());
            }
        }
    }
}
