package org.factquery.city;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.factquery.api.Evidence;
import org.factquery.api.ExportFormat;
import org.factquery.api.ExportWriter;
import org.factquery.city.CityViews.CitySummary;

/** Every city the store speaks of with its status, as {@code /cities} lists them, in one stream. */
@ApplicationScoped
public class CityExport {

    /**
     * One city as a CSV row: its status and its strongest evidence item ({@code evidence*}, empty
     * when nothing supports the status), whose sentence is exactly its document's text from
     * {@code evidenceStart} to {@code evidenceEnd}.
     */
    public record CityRow(String cityId, String name, String province, String country, String countryCode,
            Double latitude, Double longitude, CityStatus status, String controlledBy, LocalDate since,
            Double confidence, String inferredFrom, int documents, int publishers, int evidenceTotal,
            Long evidenceClaimId, String evidenceModality, String evidenceSentence, Long evidenceDocumentId,
            String evidenceField, Integer evidenceStart, Integer evidenceEnd, String evidencePublisher,
            OffsetDateTime evidencePublishedAt, String evidenceUrl) {

        static CityRow of(CitySummary c) {
            Evidence e = c.evidence().isEmpty() ? null : c.evidence().get(0);
            return new CityRow(c.city().id(), c.city().name(), c.city().province(), c.city().country(),
                    c.city().countryCode(), c.city().latitude(), c.city().longitude(), c.status(), c.controlledBy(),
                    c.since(), c.confidence(), c.inferredFrom(), c.documents(), c.publishers(), c.evidenceTotal(),
                    e == null ? null : e.claimId(), e == null ? null : e.modality(), e == null ? null : e.sentence(),
                    e == null ? null : e.documentId(), e == null ? null : e.field() == null ? "text" : e.field(),
                    e == null ? null : e.start(), e == null ? null : e.end(), e == null ? null : e.publisher(),
                    e == null ? null : e.publishedAt(), e == null ? null : e.url());
        }
    }

    private final CityStatusService cities;
    private final ObjectMapper json;

    public CityExport(CityStatusService cities, ObjectMapper json) {
        this.cities = cities;
        this.json = json;
    }

    public void write(CityStatus only, String countryCode, LocalDate asOf, ExportFormat format, OutputStream out) {
        try (ExportWriter<CitySummary, CityRow> writer = new ExportWriter<>(format, out, json, CityRow.class)) {
            cities.export(only, countryCode, asOf, summary -> writer.write(summary, CityRow.of(summary)));
        }
    }
}
