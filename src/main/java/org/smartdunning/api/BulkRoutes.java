package org.smartdunning.api;

import static io.javalin.http.HandlerType.POST;

import java.util.List;
import org.smartdunning.application.folder.FolderListener;
import org.smartdunning.ingest.ImportProgress;
import org.smartdunning.ingest.ImportReceipt;
import org.smartdunning.ingest.ImportRejectedException;
import org.smartdunning.ingest.RowCounts;
import org.smartdunning.ingest.events.FieldProblem;
import org.smartdunning.ingest.zip.ZippedFolder;

/**
 * Events in bulk: a whole contract folder as a zip ({@code Content-Type: application/zip}), imported
 * all or nothing with the import's checks; an archive seen before adds nothing.
 */
final class BulkRoutes {
    /** Unpacked, an archive may be this many times larger than the largest request. */
    private static final int MAX_EXPANSION = 20;
    private final long maxRequestBytes;

    BulkRoutes(long maxRequestBytes) {
        this.maxRequestBytes = maxRequestBytes;
    }

    /** An import as the API shows it. */
    record ImportView(long importId, String asOf, boolean alreadyImported, RowCounts read, RowCounts added,
                      double seconds) {
        static ImportView of(ImportReceipt r) {
            return new ImportView(r.importId(), r.asOf().toString(), r.alreadyImported(), r.read(), r.added(),
                    r.elapsed().toNanos() / 1e9);
        }
    }

    void register(Routing routing) {
        routing.creditor(POST, "/v1/events/bulk", (ctx, creditor) -> {
            String type = ctx.contentType();
            if (type == null || !type.startsWith("application/zip")) {
                throw new ApiProblem(415, "Unsupported Media Type", "send the folder as a zip archive with"
                        + " Content-Type: application/zip");
            }
            ImportReceipt receipt;
            // the body is read already (its hash keys the Idempotency-Key): unpack it from memory
            try (ZippedFolder folder = ZippedFolder.unpack(new java.io.ByteArrayInputStream(ctx.bodyAsBytes()), MAX_EXPANSION * maxRequestBytes)) {
                creditor.claimFor("api bulk import");
                receipt = creditor.engine().loadFolder(ImportProgress.NONE, new FolderListener() { })
                        .importFolder(folder.folder());
            } catch (ImportRejectedException e) {
                List<FieldProblem> problems = e.problems().stream()
                        .map(p -> new FieldProblem(p.where(), p.reason()))
                        .toList();
                throw ApiProblem.invalid(problems);
            } catch (IllegalArgumentException e) {
                throw ApiProblem.invalid("body", e.getMessage());
            }
            creditor.historyOrModelsChanged();
            return receipt.alreadyImported() ? ApiResponse.ok(ImportView.of(receipt))
                    : ApiResponse.created(ImportView.of(receipt));
        });
    }
}
