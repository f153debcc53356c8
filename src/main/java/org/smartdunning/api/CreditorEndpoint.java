package org.smartdunning.api;

import io.javalin.http.Context;
import org.smartdunning.bootstrap.CreditorService;

/** An operation on the caller's own creditor, on a store borrowed for it alone. */
@FunctionalInterface
interface CreditorEndpoint {
    ApiResponse handle(Context ctx, CreditorService creditor) throws Exception;
}
