package com.serviceledger.platform.web;

import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.jdk.StringCollectionDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.CollectionType;

/**
 * Reads a collection of strings ({@code "reasons":["…"]}) element by element through the ordinary string
 * deserializer. Jackson 3.1's built-in fast path, on an element that is itself an array ({@code [["x"]]}), reads
 * the inner value as the element without consuming the inner array's end: the parser is then one level off, and
 * the request fails later with a "trailing token" error that has no path, so the 400 could not name the field.
 * Through the string deserializer a nested array fails at once, with the path {@code reasons[0]}; every value
 * the fast path accepts is accepted the same way.
 */
public final class StrictStringCollections {

    private StrictStringCollections() {
    }

    public static JacksonModule module() {
        return new SimpleModule("strict-string-collections").setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                    BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
                if (deserializer instanceof StringCollectionDeserializer strings) {
                    return new StringCollectionDeserializer(type, new ElementString(), strings.getValueInstantiator(),
                            description.getClassInfo());
                }
                return deserializer;
            }
        });
    }

    /** The standard string deserializer, but not marked as Jackson's own, so the collection does not bypass it. */
    private static final class ElementString extends StringDeserializer {
    }
}
