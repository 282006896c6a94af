package org.factquery.api;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.MediaType;

/** The formats of the exports: NDJSON (one JSON object per line) or CSV with a header row. */
public enum ExportFormat {
    NDJSON(ExportFormat.NDJSON_TYPE, "ndjson"), CSV(ExportFormat.CSV_TYPE, "csv");

    public static final String NDJSON_TYPE = "application/x-ndjson";
    public static final String CSV_TYPE = "text/csv";

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The answer that streams an export in this format, saved by a browser as {@code what.<extension>}. */
    public jakarta.ws.rs.core.Response response(jakarta.ws.rs.core.StreamingOutput body, String what) {
        return jakarta.ws.rs.core.Response.ok(body, mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + what + "." + extension + "\"").build();
    }

    /**
     * The format asked for: {@code ?format=} (ndjson or csv) when given, else the first of the
     * acceptable media types that is one of them, else NDJSON.
     */
    public static ExportFormat of(String format, List<MediaType> acceptable) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "ndjson", "jsonl" -> NDJSON;
                case "csv" -> CSV;
                default -> throw ProblemException.badField("format", "must be ndjson or csv");
            };
        }
        for (MediaType type : acceptable) {
            if (type.isCompatible(MediaType.valueOf(CSV.mediaType)) && !type.isWildcardSubtype()) {
                return CSV;
            }
            if (type.isCompatible(MediaType.valueOf(NDJSON.mediaType))) {
                return NDJSON;
            }
        }
        return NDJSON;
    }
}
