package org.factquery.document;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.jboss.logging.Logger;

import org.factquery.api.DatabaseUnavailable;
import org.factquery.api.Problem;
import org.factquery.api.ProblemException;
import org.factquery.document.DocumentRequestReader.BatchLine;
import org.factquery.document.DocumentViews.IngestResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Ingests the lines of an NDJSON batch one after the other, each document in its own transaction
 * as {@code POST /documents} would, and writes one result line per document as soon as it is
 * known: a bad line is answered with its problem and does not stop the others.
 */
@ApplicationScoped
public class BatchIngestion {

    private static final Logger LOG = Logger.getLogger(BatchIngestion.class);

    /**
     * The result for one line of a batch: {@code status} is what {@code POST /documents} would have
     * answered (201 created, 200 duplicate, else the problem's), with the {@code document} stored or
     * the {@code problem}.
     */
    public record LineResult(int line, int status, @Schema(nullable = true) IngestResult document,
            @Schema(nullable = true) Problem problem) {
    }

    private final DocumentService documents;
    private final DocumentRequestReader reader;
    private final ObjectMapper json;

    public BatchIngestion(DocumentService documents, DocumentRequestReader reader, ObjectMapper json) {
        this.documents = documents;
        this.reader = reader;
        this.json = json;
    }

    /**
     * Ingests every line in order and writes each result as one line of {@code out}, flushed. Stops
     * early only when the ingestion is cancelled (the client left, the service stops): the lines
     * not reached are not stored and get no result.
     */
    public void ingest(List<BatchLine> lines, IngestionTicket ticket, String instance, OutputStream out) {
        for (BatchLine line : lines) {
            if (ticket.cancelledBecause() != null) {
                LOG.infof("Batch stopped before line %d: %s", line.number(), ticket.cancelledBecause());
                return;
            }
            write(out, ingest(line, ticket, instance));
        }
    }

    private LineResult ingest(BatchLine line, IngestionTicket ticket, String instance) {
        String where = instance + "#line=" + line.number();
        try {
            IngestResult stored = documents.ingest(reader.fromJson(line.json()), ticket);
            return new LineResult(line.number(), stored.duplicate() ? 200 : 201, stored, null);
        } catch (ProblemException e) {
            return new LineResult(line.number(), e.status(), null, Problem.of(e.status(), e.getMessage(), where,
                    e.errors()));
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.causedBy(e)) {
                return new LineResult(line.number(), 503, null, Problem.of(503,
                        "The database is unavailable; this line was not stored. Send it again in a few seconds.",
                        where, List.of()));
            }
            LOG.errorf(e, "Unexpected failure on line %d of a batch", line.number());
            return new LineResult(line.number(), 500, null, Problem.of(500,
                    "An unexpected error occurred on this line; it has been logged, and the line was not stored.",
                    where, List.of()));
        }
    }

    private void write(OutputStream out, LineResult result) {
        try {
            out.write(json.writeValueAsBytes(result));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
