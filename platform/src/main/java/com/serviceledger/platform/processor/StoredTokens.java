package com.serviceledger.platform.processor;

import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every segment's stored position of a processor, read without claiming anything (the token store's own
 * fetch would claim). Lag must count segments no thread of this instance holds: a segment released after a
 * failed batch (Elasticsearch unreachable, say) is behind until its back-off ends, yet appears in no live
 * status; measuring only the claimed ones reported "caught up" while documents were still missing.
 */
class StoredTokens {

    private static final Logger log = LoggerFactory.getLogger(StoredTokens.class);

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    StoredTokens(DataSource dataSource, Serializer serializer) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.serializer = serializer;
    }

    /** Segment → stored token ({@code null} before the first event); empty when the tokens cannot be read. */
    Map<Integer, TrackingToken> tokens(String processorName) {
        Map<Integer, TrackingToken> positions = new HashMap<>();
        try {
            jdbc.query("SELECT segment, token, tokentype FROM tokenentry WHERE processorname = ?", row -> {
                byte[] bytes = row.getBytes("token");
                String type = row.getString("tokentype");
                positions.put(row.getInt("segment"), bytes == null || type == null ? null : token(bytes, type));
            }, processorName);
        } catch (RuntimeException e) {
            log.debug("Could not read the stored tokens of {}", processorName, e);
            return Map.of();
        }
        return positions;
    }

    private TrackingToken token(byte[] bytes, String type) {
        return serializer.deserialize(
                new SimpleSerializedObject<>(bytes, byte[].class, new SimpleSerializedType(type, null)));
    }
}
