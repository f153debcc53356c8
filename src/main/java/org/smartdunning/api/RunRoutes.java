package org.smartdunning.api;

import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.smartdunning.application.daily.DayListener;
import org.smartdunning.application.daily.TriggerDayRun;
import org.smartdunning.application.port.DayRunLog;
import org.smartdunning.ingest.events.FieldProblem;

/** Daily runs of the creditor's process: triggered (today, or a day given), listed, and each one's result. */
final class RunRoutes {
    /** A run as the API shows it; counts are null until it is done. */
    record RunView(long runId, String day, int workflowVersion, String trigger, String status, String startedAt,
                   String finishedAt, Integer stages, Integer messages, Integer sent, Integer failed, String error) {
        static RunView of(DayRunLog.DayRun r) {
            return new RunView(r.runId(), r.day().toString(), r.workflowVersion(), r.trigger(), r.status(),
                    r.startedAt().toString(), r.finishedAt() == null ? null : r.finishedAt().toString(), r.stages(),
                    r.messages(), r.sent(), r.failed(), r.error());
        }

        String sortKey() {
            return String.format("%019d", runId);
        }
    }

    void register(Routing routing) {
        routing.creditor(POST, "/v1/runs", (ctx, creditor) -> {
            LocalDate day = LocalDate.now(creditor.clock());
            if (!ctx.body().isBlank()) {
                List<FieldProblem> problems = new ArrayList<>();
                LocalDate given = ApiJson.day(ApiJson.text(ApiJson.object(ctx.body()), "day", "", problems), "day",
                        problems);
                day = given == null ? day : given;
                if (!problems.isEmpty()) {
                    throw ApiProblem.invalid(problems);
                }
            }
            creditor.claimFor("api run");
            try {
                DayRunLog.DayRun run = creditor.triggerDayRun(new DayListener() { }).run(day, "api");
                creditor.historyOrModelsChanged();
                return ApiResponse.created(RunView.of(run));
            } catch (TriggerDayRun.NoWorkflowException e) {
                throw new ApiProblem(409, "Conflict", e.getMessage() + " (PUT /v1/workflow)");
            }
        });
        routing.creditor(GET, "/v1/runs", (ctx, creditor) -> ApiResponse.ok(Page.of(ctx,
                creditor.dayRuns().all().stream().map(RunView::of).toList(), RunView::sortKey)));
        routing.creditor(GET, "/v1/runs/{run}", (ctx, creditor) -> {
            String id = ctx.pathParam("run");
            try {
                return ApiResponse.ok(RunView.of(creditor.dayRuns().find(Long.parseLong(id))
                        .orElseThrow(() -> ApiProblem.notFound("run " + id))));
            } catch (NumberFormatException e) {
                throw ApiProblem.notFound("run '" + id + "'");
            }
        });
    }
}
