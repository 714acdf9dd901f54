package com.serviceledger.query.notification;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.serviceledger.kernel.notification.NotificationKind;
import com.serviceledger.kernel.organisation.Language;
import com.serviceledger.platform.notification.Delivery;
import com.serviceledger.platform.notification.NotificationTexts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;

/**
 * One notification of an inbox as the API answers it, in the GET and the stream alike.
 *
 * @param seq      the row's place in the delivery table: {@code before} of the list and of "mark all read"
 * @param language the language {@code title} and {@code text} are in
 * @param facts    the notification's facts as planned (ids, times, figures)
 */
public record InboxItem(String id, long seq, NotificationKind kind, String caseType, String caseId,
                        String subsidiaryId, String departmentId, Instant occurredAt, boolean read, Instant readAt,
                        String language, String title, String text, Map<String, Object> facts) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** @param language the caller's choice ({@code lang}), or null for the recipient's as planned */
    static InboxItem of(Delivery row, Language language) {
        Language in = language != null ? language : languageOf(row);
        Map<String, Object> payload = payload(row.payload());
        NotificationTexts.Text text = NotificationTexts.render(row.kind(), in, row.payload());
        @SuppressWarnings("unchecked")
        Map<String, Object> facts = payload.get("facts") instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        Object caseType = payload.get("caseType");
        return new InboxItem(row.id(), row.seq(), row.kind(), caseType == null ? null : caseType.toString(),
                row.caseId(), row.subsidiaryId(), row.departmentId(), row.occurredAt(), row.readAt() != null,
                row.readAt(), in.tag(), text.subject(), text.body(), facts);
    }

    /** The recipient's language when planned; a tag this version does not know reads as the default. */
    private static Language languageOf(Delivery row) {
        try {
            return Language.orDefault(Language.of(row.language()));
        } catch (IllegalArgumentException unknown) {
            return Language.DEFAULT;
        }
    }

    private static Map<String, Object> payload(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("a notification's payload is the JSON its planner wrote", e);
        }
    }
}
