package com.serviceledger.query.console;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/**
 * A console form as rendered: its idempotency key (fresh with every rendering, so a corrected form is a new
 * request while a double submit of one rendering acts once), what the user typed (named as the API's fields, so
 * the API's field errors land beside them), those errors, and the problem's summary.
 */
public record ConsoleForm(String key, Map<String, String> values, Map<String, String> errors, String problem) {

    static final String KEY = "idempotencyKey";

    static ConsoleForm fresh() {
        return new ConsoleForm(ConsoleJson.formKey(), Map.of(), Map.of(), null);
    }

    static ConsoleForm fresh(Map<String, String> values) {
        return new ConsoleForm(ConsoleJson.formKey(), values, Map.of(), null);
    }

    /** The form as sent, with the API's refusal, ready to be shown again under a new key. */
    static ConsoleForm refused(MultiValueMap<String, String> form, Map<String, String> errors, String problem) {
        return new ConsoleForm(ConsoleJson.formKey(), values(form), errors, problem);
    }

    /** The form's fields (the first value of each), stripped; the CSRF token and the key left out. */
    static Map<String, String> values(MultiValueMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((name, all) -> {
            if (!name.equals(KEY) && !name.startsWith("_csrf") && !all.isEmpty() && all.getFirst() != null) {
                values.put(name, all.getFirst().strip());
            }
        });
        return values;
    }

    /** A field's value, or null when blank. */
    static String value(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The field's error, or null: for th:attr, which then leaves aria-invalid and aria-describedby out. */
    public String error(String field) {
        return errors.get(field);
    }

    public String value(String field) {
        return values.get(field);
    }

    public boolean invalid(String field) {
        return errors.containsKey(field);
    }
}
