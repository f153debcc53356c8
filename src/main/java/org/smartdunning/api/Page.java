package org.smartdunning.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Cursor pagination: items in a stable order, {@code limit} at a time (default 50, at most 500),
 * and an opaque {@code next_cursor} naming the last item given, absent on the last page.
 */
record Page<T>(List<T> items, String nextCursor) {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    /** The page of {@code sorted} after the request's cursor, keyed by {@code key} (the sort order). */
    static <T> Page<T> of(Context ctx, List<T> sorted, Function<T, String> key) {
        int limit = limit(ctx);
        String after = cursor(ctx);
        int from = 0;
        if (after != null) {
            while (from < sorted.size() && key.apply(sorted.get(from)).compareTo(after) <= 0) {
                from++;
            }
        }
        int to = Math.min(sorted.size(), from + limit);
        List<T> items = sorted.subList(from, to);
        String next = to < sorted.size() ? encode(key.apply(sorted.get(to - 1))) : null;
        return new Page<>(List.copyOf(items), next);
    }

    private static int limit(Context ctx) {
        String text = ctx.queryParam("limit");
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiProblem.badRequest("query limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }

    private static String cursor(Context ctx) {
        String text = ctx.queryParam("cursor");
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("query cursor", "not a cursor this API gave out");
        }
    }

    private static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }
}
