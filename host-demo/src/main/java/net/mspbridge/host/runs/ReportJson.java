package net.mspbridge.host.runs;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import net.mspbridge.api.billing.BillingPeriod;
import net.mspbridge.api.billing.BillingReport;

/** A {@link BillingReport} as stored in the run history: plugin-api's records as JSON. */
final class ReportJson {

    /**
     * Reports stored before a list or a text was added to plugin-api (a 1.0 line has no
     * {@code shares}, a 1.2 line no {@code currency}, a report before 1.3 no {@code resumeAfter}) are read
     * with it empty rather than null, which the records refuse. A line stored before 1.4 has no
     * {@code period}: it reads as {@link BillingPeriod#UNKNOWN}, never as monthly, and so does a period
     * this host does not know (written by a newer plugin).
     */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new Jdk8Module())
            .registerModule(new SimpleModule().addDeserializer(BillingPeriod.class, new PeriodReader()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static {
        MAPPER.configOverride(List.class).setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
        MAPPER.configOverride(String.class).setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
    }

    private ReportJson() {
    }

    static String write(BillingReport report) {
        try {
            return MAPPER.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a billing report as JSON", e);
        }
    }

    /** A period by its name; absent, null or a name this host does not know is {@link BillingPeriod#UNKNOWN}. */
    private static final class PeriodReader extends StdScalarDeserializer<BillingPeriod> {

        private static final long serialVersionUID = 1L;

        PeriodReader() {
            super(BillingPeriod.class);
        }

        @Override
        public BillingPeriod deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String name = parser.getValueAsString();
            for (BillingPeriod period : BillingPeriod.values()) {
                if (period.name().equals(name)) {
                    return period;
                }
            }
            return BillingPeriod.UNKNOWN;
        }

        @Override
        public BillingPeriod getNullValue(DeserializationContext context) {
            return BillingPeriod.UNKNOWN;
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return BillingPeriod.UNKNOWN;
        }
    }

    static BillingReport read(String json) {
        try {
            return MAPPER.readValue(json, BillingReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored billing report is not readable JSON", e);
        }
    }
}
