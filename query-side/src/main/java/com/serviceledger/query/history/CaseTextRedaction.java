package com.serviceledger.query.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.serviceledger.kernel.common.FreeText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * A history document as a reader without case text sees it ({@link FreeText}): the payload's free text replaced by
 * {@link FreeText#REDACTED} and no {@code text} field (it is nothing but the payload's strings). The payload's
 * class is found by the event type the document names, among the shared kernel's classes (where every event
 * lives); a type not found there is redacted as unknown.
 */
@Component
class CaseTextRedaction {

    private static final String KERNEL = "com.serviceledger.kernel";

    private final ObjectMapper json = new ObjectMapper();
    /** The kernel's records by simple name; a name two of them share is left out (unknown: redacted the most). */
    private final Map<String, Class<?>> kernelTypes;

    CaseTextRedaction() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> reader.getClassMetadata().isFinal());
        ClassLoader loader = getClass().getClassLoader();
        Map<String, List<Class<?>>> bySimpleName = scanner.findCandidateComponents(KERNEL).stream()
                .map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(), loader))
                .filter(Class::isRecord)
                .collect(Collectors.groupingBy(Class::getSimpleName));
        kernelTypes = bySimpleName.values().stream().filter(types -> types.size() == 1)
                .collect(Collectors.toMap(types -> types.getFirst().getSimpleName(), List::getFirst));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> redact(Map<String, Object> document) {
        Map<String, Object> redacted = new LinkedHashMap<>(document);
        redacted.remove("text");
        if (redacted.get("payload") instanceof Map<?, ?> payload) {
            ObjectNode tree = json.valueToTree(payload);
            FreeText.redact(kernelTypes.get(eventType(document)), tree);
            redacted.put("payload", json.convertValue(tree, Map.class));
        }
        return redacted;
    }

    private static String eventType(Map<String, Object> document) {
        return document.get("event") instanceof Map<?, ?> event && event.get("type") instanceof String type
                ? type : null;
    }
}
