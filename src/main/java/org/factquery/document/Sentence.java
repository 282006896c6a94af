package org.factquery.document;

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

/**
 * A sentence of a document: {@code document.text.substring(start, end)} equals {@code text}, or,
 * for a sentence of the title ({@code inTitle}), {@code document.title.substring(start, end)}.
 * The full-text vector ({@code tsv}) is a generated column, maintained by PostgreSQL.
 */
@Entity
@Table(name = "sentence")
public class Sentence extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sentence_seq")
    @SequenceGenerator(name = "sentence_seq", sequenceName = "sentence_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", nullable = false)
    public Document document;

    @Column(nullable = false)
    public int ordinal;

    @Column(name = "start_offset", nullable = false)
    public int start;

    @Column(name = "end_offset", nullable = false)
    public int end;

    @Column(nullable = false, columnDefinition = "text")
    public String text;

    /** Whether the offsets are in the document's title rather than its text (ADR 0013). */
    @Column(name = "in_title", nullable = false)
    public boolean inTitle;

    /** Why the claim rules did not read this sentence, or null when they did. */
    @Column(columnDefinition = "text")
    public String skipped;
}
