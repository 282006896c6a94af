package org.factquery.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Writes the rows of an export as they come, in either format: NDJSON lines of the JSON form
 * (the shape the JSON endpoints answer), or CSV rows of the flat form, under a header row named
 * after the flat form's record components. Nothing is held but the row being written.
 *
 * @param <J> the JSON form of a row
 * @param <C> the flat (CSV) form of a row, a record whose components are the columns, in order
 */
public final class ExportWriter<J, C> implements AutoCloseable {

    // columns in the order of the record's components (CsvMapper sorts them by name by default);
    // dates and times as ISO-8601 text, as the JSON answers give them
    private static final CsvMapper CSV = CsvMapper.builder()
            .disable(com.fasterxml.jackson.databind.MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private final ExportFormat format;
    private final OutputStream out;
    private final ObjectMapper json;
    private final SequenceWriter csv;

    public ExportWriter(ExportFormat format, OutputStream out, ObjectMapper json, Class<C> flatRow) {
        this.format = format;
        this.out = out;
        this.json = json;
        try {
            this.csv = format == ExportFormat.CSV
                    ? CSV.writer(CSV.schemaFor(flatRow).withHeader()).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                            .writeValues(out)
                    : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CSV header of a flat row type, as the export writes it. */
    public static String header(Class<?> flatRow) {
        CsvSchema schema = CSV.schemaFor(flatRow);
        return String.join(",", schema.getColumnNames());
    }

    public void write(J jsonRow, C flatRow) {
        try {
            if (csv != null) {
                csv.write(flatRow);
            } else {
                out.write(json.writeValueAsBytes(jsonRow));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ExportFormat format() {
        return format;
    }

    @Override
    public void close() {
        try {
            if (csv != null) {
                csv.close();
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
