package org.smartdunning.web;

import java.util.Map;

/**
 * What a page handler answers: a template with its values, or a redirect.
 *
 * @param menu     the menu entry the page belongs to (null: none)
 * @param redirect where to send the browser instead (null: render the template)
 */
record Page(int status, String template, String title, Menu menu, Map<String, Object> values, String redirect) {
    Page {
        values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.HashMap<>(values)); // null values: "n/a", or a skipped section
    }

    static Page of(String template, String title, Menu menu, Map<String, Object> values) {
        return new Page(200, template, title, menu, values, null);
    }

    static Page redirect(String to) {
        return new Page(303, null, null, null, Map.of(), to);
    }
}
