package org.smartdunning.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Map;
import org.smartdunning.application.access.Caller;
import org.smartdunning.bootstrap.Service;

/**
 * Declares the API's operations: who may call each (the administrator, or a creditor acting on its
 * own data only), the Idempotency-Key of every POST, and the rendering of answers.
 */
final class Routing {
    private final RoutesConfig routes;
    private final Service service;
    private final Idempotency idempotency;

    Routing(RoutesConfig routes, Service service) {
        this.routes = routes;
        this.service = service;
        this.idempotency = new Idempotency(service.clock());
    }

    /** An operation only the administrator's key may call. */
    void admin(HandlerType method, String path, Endpoint endpoint) {
        routes.addHttpHandler(method, path, handler(path, ctx -> {
            Caller caller = ctx.attribute(Guard.CALLER);
            if (!caller.admin()) {
                throw new ApiProblem(403, "Forbidden", "this operation needs the administrator's key");
            }
            return method == HandlerType.POST
                    ? idempotency.once(ctx, service.adminIdempotency(), () -> endpoint.handle(ctx, caller))
                    : endpoint.handle(ctx, caller);
        }));
    }

    /** An operation on the calling creditor's own data; the administrator acts for no creditor. */
    void creditor(HandlerType method, String path, CreditorEndpoint endpoint) {
        creditor(method, path, endpoint, false);
    }

    /**
     * The same, for a POST that keeps its Idempotency-Key itself, in the same commit as its work
     * (billing events: one commit per event instead of three).
     */
    void creditorKeepingItsKey(HandlerType method, String path, CreditorEndpoint endpoint) {
        creditor(method, path, endpoint, true);
    }

    private void creditor(HandlerType method, String path, CreditorEndpoint endpoint, boolean keepsItsKey) {
        routes.addHttpHandler(method, path, handler(path, ctx -> {
            Caller caller = ctx.attribute(Guard.CALLER);
            if (caller.admin()) {
                throw new ApiProblem(403, "Forbidden", "this operation acts for one creditor: use a creditor's key");
            }
            return service.forCreditor(caller.creditor().orElseThrow(), creditor -> {
                try {
                    ApiResponse answer = method == HandlerType.POST && !keepsItsKey
                            ? idempotency.once(ctx, creditor.idempotency(), () -> endpoint.handle(ctx, creditor))
                            : endpoint.handle(ctx, creditor);
                    if (method != HandlerType.GET) {
                        // events, imports, runs, holds…: the kept reports are worked out again apart (a refresh
                        // first compares the facts' version, so a write that moved nothing costs a lookup)
                        creditor.factsChanged();
                    }
                    return answer;
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).orElseThrow(() -> new ApiProblem(401, "Unauthorized", "the key's creditor is no longer in the store"));
        }));
    }

    /** A page open to all: health, readiness, metrics, the OpenAPI document. */
    void open(String path, Handler handler) {
        routes.get(path, ctx -> {
            ctx.attribute(Observability.ROUTE, path);
            handler.handle(ctx);
        });
    }

    private static Handler handler(String path, Answer answer) {
        return ctx -> {
            ctx.attribute(Observability.ROUTE, path);
            render(ctx, answer.of(ctx));
        };
    }

    static void render(Context ctx, ApiResponse response) {
        ctx.status(response.status());
        for (Map.Entry<String, String> header : response.headers().entrySet()) {
            ctx.header(header.getKey(), header.getValue());
        }
        Object body = response.body();
        if (body == null || (body instanceof Idempotency.Replayed replayed && replayed.json().isEmpty())) {
            return;
        }
        if (body instanceof ApiResponse.Binary binary) {
            ctx.contentType(binary.mediaType());
            ctx.result(binary.bytes());
            return;
        }
        ctx.contentType(response.status() >= 400 ? ProblemBody.MEDIA_TYPE : "application/json");
        ctx.result(body instanceof Idempotency.Replayed replayed ? replayed.json() : ApiJson.write(body));
    }

    @FunctionalInterface
    private interface Answer {
        ApiResponse of(Context ctx) throws Exception;
    }
}
