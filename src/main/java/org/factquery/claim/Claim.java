package org.factquery.claim;

import java.time.LocalDate;
import java.util.Map;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.factquery.document.Document;
import org.factquery.document.Sentence;
import org.factquery.place.Place;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One fact stated by one sentence, with its attribution and modality. */
@Entity
@Table(name = "claim")
public class Claim extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_seq")
    @SequenceGenerator(name = "claim_seq", sequenceName = "claim_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", nullable = false)
    public Document document;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sentence_id", nullable = false)
    public Sentence sentence;

    /** CAPTURE, CONTROL, PARTIAL_CONTROL, DEPLOYMENT, COUNT, LOCATED_IN, DISTANCE, RANK, ... */
    @Column(nullable = false, columnDefinition = "text")
    public String kind;

    @Column(columnDefinition = "text")
    public String actor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "place_id")
    public Place place;

    @Column(name = "place_text", columnDefinition = "text")
    public String placeText;

    public Integer number;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Map<String, Object> details;

    @Column(name = "attributed_to", columnDefinition = "text")
    public String attributedTo;

    @Column(name = "attributed_actor", columnDefinition = "text")
    public String attributedActor;

    @Column(nullable = false, columnDefinition = "text")
    public String modality;

    @Column(nullable = false)
    public boolean negated;

    @Column(name = "event_date")
    public LocalDate eventDate;

    @Column(name = "event_time_text", columnDefinition = "text")
    public String eventTimeText;

    @Column(name = "rule_id", nullable = false, columnDefinition = "text")
    public String ruleId;

    @Column(name = "extraction_version", nullable = false, columnDefinition = "text")
    public String extractionVersion;

    @Column(nullable = false)
    public float confidence;
}
