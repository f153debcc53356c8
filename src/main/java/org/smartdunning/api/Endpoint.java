package org.smartdunning.api;

import io.javalin.http.Context;
import org.smartdunning.application.access.Caller;

/** One operation of the API: the request and its authenticated caller in, an answer out. */
@FunctionalInterface
interface Endpoint {
    ApiResponse handle(Context ctx, Caller caller) throws Exception;

    /** The endpoint's work once its caller is known. */
    @FunctionalInterface
    interface Work {
        ApiResponse run() throws Exception;
    }
}
