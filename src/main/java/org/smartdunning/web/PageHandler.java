package org.smartdunning.web;

import io.javalin.http.Context;
import org.smartdunning.bootstrap.CreditorService;

/** One page of a signed-in creditor: the request and the creditor's use cases in, a page out. */
@FunctionalInterface
interface PageHandler {
    Page render(Context ctx, CreditorService creditor);
}
