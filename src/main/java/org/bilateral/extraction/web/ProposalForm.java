package org.bilateral.extraction.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reviewer's corrections as a form sends them (all text) turned back into the proposal's own types: lists from
 * comma-separated names, numbers from digits, empty fields as "not given".
 */
final class ProposalForm {

    /** Fields that take numbers even when the reader left them empty. */
    private static final java.util.Set<String> NUMBERS = java.util.Set.of("round", "quantity", "sidelines_of", "value_usd", "value_low_usd",
            "value_high_usd");

    private ProposalForm() {
    }

    static Map<String, Object> corrections(Map<String, Object> proposed, Map<String, String> form) {
        // Only the record's own fields: the form also carries the CSRF token and htmx's own parameters.
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> field : proposed.entrySet()) {
            String key = field.getKey();
            if (!form.containsKey(key)) {
                continue;
            }
            String value = form.get(key).strip();
            Object was = field.getValue();
            if (was instanceof List<?>) {
                List<String> items = new ArrayList<>();
                for (String s : value.split(",")) {
                    if (!s.isBlank()) {
                        items.add(s.strip());
                    }
                }
                out.put(key, items);
            } else if (value.isEmpty()) {
                out.put(key, null);
            } else if (was instanceof Boolean) {
                out.put(key, Boolean.parseBoolean(value));
            } else if (was instanceof Number || NUMBERS.contains(key)) {
                out.put(key, parseNumber(value, key));
            } else {
                out.put(key, value);
            }
        }
        return out;
    }

    private static Number parseNumber(String value, String key) {
        try {
            String v = value.replace(",", "");
            return v.contains(".") || v.contains("e") || v.contains("E") ? Double.valueOf(v) : Long.valueOf(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": not a number: " + value);
        }
    }
}
