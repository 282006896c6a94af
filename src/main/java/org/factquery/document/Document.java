package org.factquery.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One ingested article; its text is immutable once stored. */
@Entity
@Table(name = "document")
public class Document extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
    @SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 1)
    public Long id;

    @Column(nullable = false, columnDefinition = "bpchar(64)", length = 64)
    public String sha256;

    /** Loaded only when read (entities are bytecode-enhanced), so lists do not pull whole texts. */
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "text")
    public String text;

    /** {@code text.length()}: UTF-16 code units, the unit of every offset. */
    @Column(name = "text_length", nullable = false)
    public int textLength;

    @Column(columnDefinition = "text")
    public String title;

    @Column(columnDefinition = "text")
    public String url;

    @Column(columnDefinition = "text")
    public String publisher;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "published_date")
    public LocalDate publishedDate;

    @Column(name = "ingested_at", nullable = false)
    public OffsetDateTime ingestedAt;

    @Column(name = "sentence_count", nullable = false)
    public int sentenceCount;

    @Column(name = "claim_count", nullable = false)
    public int claimCount;

    /** The original this document is a near-duplicate copy of, null when it is an original. */
    @Column(name = "copy_of")
    public Long copyOf;
}
