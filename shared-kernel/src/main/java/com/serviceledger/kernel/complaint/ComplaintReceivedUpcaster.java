package com.serviceledger.kernel.complaint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads a {@link ComplaintReceived} stored as revision 2 as revision 3: the complained-about unit's field
 * {@code target} is {@code complainedAbout} now, because in a complaint's stream {@code target} also names the SLA
 * target of its warnings and breaches. Works on the stored JSON (no old class needed) and returns a new tree in
 * the same field order; the stored row is never changed, so its hash still verifies.
 */
public final class ComplaintReceivedUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(ComplaintReceived.class.getName(), "2");
    static final SimpleSerializedType REVISION_3 = new SimpleSerializedType(ComplaintReceived.class.getName(), "3");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_2.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_3, JsonNode.class, ComplaintReceivedUpcaster::revision3);
    }

    /** A copy of a revision 2 payload with {@code target} renamed in place; anything else is left as it is. */
    static JsonNode revision3(JsonNode revision2) {
        if (!revision2.isObject()) {
            return revision2;
        }
        ObjectNode revision3 = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> field : revision2.properties()) {
            revision3.set("target".equals(field.getKey()) ? "complainedAbout" : field.getKey(), field.getValue());
        }
        return revision3;
    }
}
