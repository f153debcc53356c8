package org.smartdunning.api;

import java.util.Map;

/** What an endpoint answers: a status, a body to render as JSON (null for none; {@link Binary} as is) and extra headers. */
record ApiResponse(int status, Object body, Map<String, String> headers) {
    /** A body sent as it is, not as JSON: a document. */
    record Binary(byte[] bytes, String mediaType) {
    }

    static ApiResponse ok(Object body) {
        return new ApiResponse(200, body, Map.of());
    }

    static ApiResponse created(Object body) {
        return new ApiResponse(201, body, Map.of());
    }

    static ApiResponse noContent() {
        return new ApiResponse(204, null, Map.of());
    }
}
