package com.serviceledger.query.audit;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.serviceledger.query.history.PersonalData;

/**
 * An aggregate's fields as JSON: what the aggregate itself keeps (private fields, nested value objects and
 * collections), not its getters or Axon's wrapper; static constants never appear. Personal data is removed
 * as in the history ({@link PersonalData}: any customer object and any name, phone or e-mail field), and so
 * are null fields.
 */
public final class AggregateStateJson {

    private static final ObjectMapper FIELDS = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .visibility(PropertyAccessor.ALL, Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, Visibility.ANY)
            .build();

    private AggregateStateJson() {
    }

    public static JsonNode of(Object aggregate) {
        return PersonalData.strip(FIELDS.valueToTree(aggregate));
    }
}
