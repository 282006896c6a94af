package org.factquery.document;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;

import org.factquery.api.AnswerCache;
import org.factquery.api.StoreChange;
import org.factquery.api.Page;
import org.factquery.api.PageRequest;
import org.factquery.api.ProblemException;
import org.factquery.claim.Claim;
import org.factquery.claim.ClaimEventLog;
import org.factquery.claim.ClaimView;
import org.factquery.document.DocumentViews.DocumentView;
import org.factquery.document.DocumentViews.IngestResult;
import org.factquery.document.DocumentViews.SentenceView;
import org.factquery.extraction.Extraction;
import org.factquery.extraction.ExtractionStopped;
import org.factquery.extraction.Extractor;
import org.factquery.extraction.WorkLimit;
import org.factquery.extraction.Span;
import org.factquery.extraction.claims.ExtractedClaim;
import org.factquery.place.Place;
import org.factquery.place.PlaceCatalog;

/** Stores articles with their sentences (one transaction per document) and reads them back. */
@ApplicationScoped
public class DocumentService {

    private final EntityManager em;
    private final Extractor extractor;
    private final PlaceCatalog places;
    private final NearDuplicates copies;
    private final AnswerCache answers;
    private final ClaimEventLog events;
    private final IngestConfig config;
    private final Timer ingestionTimer;
    private final Counter created;
    private final Counter duplicates;
    private final Counter claimsStored;

    public DocumentService(EntityManager em, Extractor extractor, PlaceCatalog places, NearDuplicates copies,
            AnswerCache answers, ClaimEventLog events, IngestConfig config, MeterRegistry registry) {
        this.answers = answers;
        this.events = events;
        this.config = config;
        this.em = em;
        this.extractor = extractor;
        this.places = places;
        this.copies = copies;
        this.ingestionTimer = Timer.builder("factquery.ingestion")
                .description("Time to split, extract and store one document").register(registry);
        this.created = Counter.builder("factquery.documents.ingested").tag("outcome", "created")
                .description("Documents stored").register(registry);
        this.duplicates = Counter.builder("factquery.documents.ingested").tag("outcome", "duplicate")
                .description("Documents whose text was already stored").register(registry);
        this.claimsStored = Counter.builder("factquery.claims.stored")
                .description("Claims extracted and stored").register(registry);
    }

    /**
     * Stores the document with its sentences and claims unless its text is already stored.
     * Extraction runs before the transaction opens, within {@code factquery.ingest.extraction-budget}
     * and for as long as the ticket is not cancelled; the transaction holds an advisory lock on the
     * text's hash, so two identical documents posted at once store one row and both answers name
     * it. A document refused for its cost (over the budget, over {@code factquery.ingest.max-claims})
     * or cancelled stores nothing.
     */
    public IngestResult ingest(DocumentInput input, IngestionTicket ticket) {
        ticket.workStarted();
        try {
            return ingestionTimer.record(() -> {
                String sha256 = sha256(input.text());
                Extraction extraction = extract(input, ticket);
                TextFingerprint fingerprint = TextFingerprint.of(input.text());
                // the places the claims name are stored first, each committed on its own (ADR 0011)
                Map<String, Long> placeIds = places.store(extraction.claims().stream().map(ExtractedClaim::place)
                        .filter(java.util.Objects::nonNull).toList());
                StoreChange[] change = new StoreChange[1];
                IngestResult result = QuarkusTransaction.requiringNew().call(() -> {
                    IngestResult stored = store(input, sha256, extraction, fingerprint, placeIds, ticket);
                    if (!stored.duplicate()) {
                        change[0] = answers.recordChange(List.of(stored.id()));
                        events.stored(stored.id());
                    }
                    return stored;
                });
                if (change[0] != null) {
                    answers.changed(change[0]);
                }
                (result.duplicate() ? duplicates : created).increment();
                claimsStored.increment(result.duplicate() ? 0 : result.claims());
                return result;
            });
        } finally {
            ticket.workFinished();
        }
    }

    private Extraction extract(DocumentInput input, IngestionTicket ticket) {
        Extraction extraction;
        try {
            extraction = extractor.extract(input.title(), input.text(), input.publishedDate(),
                    WorkLimit.of(config.extractionBudget(), ticket::cancelledBecause));
        } catch (ExtractionStopped stopped) {
            throw refusal(stopped.why(), stopped.getMessage());
        }
        if (extraction.claims().size() > config.maxClaims()) {
            throw new ProblemException(422, "The document states " + extraction.claims().size()
                    + " claims; one document may state at most " + config.maxClaims()
                    + " (factquery.ingest.max-claims). Nothing was stored; send it in smaller parts.");
        }
        return extraction;
    }

    private ProblemException refusal(ExtractionStopped.Why why, String reason) {
        return switch (why) {
            case OVER_BUDGET -> new ProblemException(422, "Reading the document took longer than the extraction "
                    + "budget of " + config.extractionBudget().toMillis() + " ms (factquery.ingest.extraction-budget)."
                    + " Nothing was stored; send it in smaller parts.");
            case CANCELLED -> new ProblemException(503, "The ingestion was cancelled: " + reason
                    + ". Nothing was stored; retry in a few seconds.");
        };
    }

    private IngestResult store(DocumentInput input, String sha256, Extraction extraction, TextFingerprint fingerprint,
            Map<String, Long> placeIds, IngestionTicket ticket) {
        List<Span> spans = extraction.sentences();
        em.createNativeQuery("SELECT CAST(pg_advisory_xact_lock(:key) AS text)")
                .setParameter("key", ByteBuffer.wrap(HexFormat.of().parseHex(sha256, 0, 16)).getLong())
                .getSingleResult();
        Optional<Document> existing = Document.find("sha256", sha256).firstResultOptional();
        if (existing.isPresent()) {
            Document d = existing.get();
            int skipped = (int) Sentence.count("document.id = ?1 AND skipped IS NOT NULL", d.id);
            return new IngestResult(d.id, d.sha256, d.sentenceCount, d.claimCount, skipped, true, d.copyOf);
        }
        Long copyOf = fingerprint == null ? null : copies.originalOf(fingerprint);
        Document document = new Document();
        document.sha256 = sha256;
        document.text = input.text();
        document.textLength = input.text().length();
        document.title = input.title();
        document.url = input.url();
        document.publisher = input.publisher();
        document.publishedAt = input.publishedAt();
        document.publishedDate = input.publishedDate();
        document.ingestedAt = OffsetDateTime.now(ZoneOffset.UTC);
        document.sentenceCount = spans.size();
        document.claimCount = extraction.claims().size();
        document.copyOf = copyOf;
        document.persist();
        if (fingerprint != null) {
            em.flush(); // the signature rows refer to the document row
            copies.remember(document.id, fingerprint);
        }
        Map<Integer, String> skipped = new HashMap<>();
        extraction.skipped().forEach(s -> skipped.put(s.sentence(), s.reason()));
        List<Sentence> sentences = new ArrayList<>(spans.size());
        for (Span span : spans) {
            Sentence sentence = new Sentence();
            sentence.skipped = skipped.get(sentences.size());
            sentence.document = document;
            sentence.ordinal = sentences.size();
            sentence.inTitle = extraction.inTitle(sentence.ordinal);
            sentence.start = span.start();
            sentence.end = span.end();
            sentence.text = span.coveredText(sentence.inTitle ? input.title() : input.text());
            sentence.persist();
            sentences.add(sentence);
        }
        for (ExtractedClaim extracted : extraction.claims()) {
            claim(document, sentences.get(extracted.sentence()), extracted, extraction.version(), placeIds).persist();
        }
        String cancelled = ticket.cancelledBecause();
        if (cancelled != null) {
            // rolls the transaction back: nobody is waiting for this answer, or the service is stopping
            throw refusal(ExtractionStopped.Why.CANCELLED, cancelled);
        }
        return new IngestResult(document.id, sha256, document.sentenceCount, document.claimCount, skipped.size(),
                false, copyOf);
    }

    private Claim claim(Document document, Sentence sentence, ExtractedClaim extracted, String version,
            Map<String, Long> placeIds) {
        Claim claim = new Claim();
        claim.document = document;
        claim.sentence = sentence;
        claim.kind = extracted.kind().name();
        claim.actor = extracted.actor();
        claim.place = extracted.place() == null ? null
                : em.getReference(Place.class, placeIds.get(extracted.place().id()));
        claim.placeText = extracted.placeText();
        claim.number = extracted.number();
        claim.details = extracted.details();
        claim.attributedTo = extracted.attributedTo();
        claim.attributedActor = extracted.attributedActor();
        claim.modality = extracted.modality().name();
        claim.negated = extracted.negated();
        claim.eventDate = extracted.eventDate();
        claim.eventTimeText = extracted.eventTimeText();
        claim.ruleId = extracted.ruleId();
        claim.extractionVersion = version;
        claim.confidence = (float) extracted.confidence();
        return claim;
    }

    @Transactional
    public Page<DocumentView> list(PageRequest request) {
        List<Document> documents = Document.<Document>find("ORDER BY id DESC")
                .page(request.page(), request.size()).list();
        return new Page<>(documents.stream().map(d -> DocumentView.of(d, false)).toList(),
                request.page(), request.size(), Document.count());
    }

    @Transactional
    public DocumentView get(long id) {
        return DocumentView.of(require(id), true);
    }

    @Transactional
    public Page<SentenceView> sentences(long id, PageRequest request) {
        require(id);
        List<Sentence> sentences = Sentence.<Sentence>find("document.id = ?1 ORDER BY ordinal", id)
                .page(request.page(), request.size()).list();
        return new Page<>(sentences.stream().map(SentenceView::of).toList(), request.page(), request.size(),
                Sentence.count("document.id", id));
    }

    @Transactional
    public Page<ClaimView> claims(long id, PageRequest request) {
        require(id);
        List<Claim> claims = Claim.<Claim>find("""
                        FROM Claim c JOIN FETCH c.sentence JOIN FETCH c.document LEFT JOIN FETCH c.place
                        WHERE c.document.id = ?1 ORDER BY c.sentence.ordinal, c.id""", id)
                .page(request.page(), request.size()).list();
        int storyCopies = copies.copiesOf(List.of(id)).getOrDefault(id, 1);
        return new Page<>(claims.stream().map(c -> ClaimView.of(c, storyCopies)).toList(), request.page(), request.size(),
                Claim.count("document.id", id));
    }

    /**
     * Retracts a document; the database cascades to its sentences and claims. When it is an
     * original, its first copy becomes the original of the others.
     */
    public void delete(long id) {
        StoreChange change = QuarkusTransaction.requiringNew().call(() -> {
            // what it touches, read before its claims go: its places, and its copies' (one is promoted)
            StoreChange touched = answers.recordChange(List.of(id));
            List<Long> claims = events.claimsOf(id);
            copies.promoteFirstCopyOf(id);
            if (Document.delete("id", id) == 0) {
                throw notFound(id);
            }
            events.retracted(id, claims);
            return touched;
        });
        answers.changed(change);
    }

    private static Document require(long id) {
        return Document.<Document>findByIdOptional(id).orElseThrow(() -> notFound(id));
    }

    private static ProblemException notFound(long id) {
        return ProblemException.notFound("No document with id " + id);
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
