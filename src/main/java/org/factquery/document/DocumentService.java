package org.factquery.document;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;

import org.factquery.api.AnswerCache;
import org.factquery.api.Page;
import org.factquery.api.PageRequest;
import org.factquery.api.ProblemException;
import org.factquery.claim.Claim;
import org.factquery.claim.ClaimView;
import org.factquery.document.DocumentViews.DocumentView;
import org.factquery.document.DocumentViews.IngestResult;
import org.factquery.document.DocumentViews.SentenceView;
import org.factquery.extraction.Extraction;
import org.factquery.extraction.Extractor;
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
    private final Timer ingestionTimer;
    private final Counter created;
    private final Counter duplicates;
    private final Counter claimsStored;

    public DocumentService(EntityManager em, Extractor extractor, PlaceCatalog places, NearDuplicates copies,
            AnswerCache answers, MeterRegistry registry) {
        this.answers = answers;
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
     * Extraction runs before the transaction opens; the transaction holds an advisory lock on the
     * text's hash, so two identical documents posted at once store one row and both answers name it.
     */
    public IngestResult ingest(DocumentInput input) {
        return ingestionTimer.record(() -> {
            String sha256 = sha256(input.text());
            Extraction extraction = extractor.extract(input.text(), input.publishedDate());
            TextFingerprint fingerprint = TextFingerprint.of(input.text());
            places.synchronize();
            IngestResult result = QuarkusTransaction.requiringNew()
                    .call(() -> store(input, sha256, extraction, fingerprint));
            if (!result.duplicate()) {
                answers.storeChanged();
            }
            (result.duplicate() ? duplicates : created).increment();
            claimsStored.increment(result.duplicate() ? 0 : result.claims());
            return result;
        });
    }

    private IngestResult store(DocumentInput input, String sha256, Extraction extraction, TextFingerprint fingerprint) {
        List<Span> spans = extraction.sentences();
        em.createNativeQuery("SELECT CAST(pg_advisory_xact_lock(:key) AS text)")
                .setParameter("key", ByteBuffer.wrap(HexFormat.of().parseHex(sha256, 0, 16)).getLong())
                .getSingleResult();
        Optional<Document> existing = Document.find("sha256", sha256).firstResultOptional();
        if (existing.isPresent()) {
            Document d = existing.get();
            return new IngestResult(d.id, d.sha256, d.sentenceCount, d.claimCount, true, d.copyOf);
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
        List<Sentence> sentences = new java.util.ArrayList<>(spans.size());
        for (Span span : spans) {
            Sentence sentence = new Sentence();
            sentence.document = document;
            sentence.ordinal = sentences.size();
            sentence.start = span.start();
            sentence.end = span.end();
            sentence.text = span.coveredText(input.text());
            sentence.persist();
            sentences.add(sentence);
        }
        for (ExtractedClaim extracted : extraction.claims()) {
            claim(document, sentences.get(extracted.sentence()), extracted, extraction.version()).persist();
        }
        return new IngestResult(document.id, sha256, document.sentenceCount, document.claimCount, false, copyOf);
    }

    private Claim claim(Document document, Sentence sentence, ExtractedClaim extracted, String version) {
        Claim claim = new Claim();
        claim.document = document;
        claim.sentence = sentence;
        claim.kind = extracted.kind().name();
        claim.actor = extracted.actor();
        claim.place = extracted.place() == null ? null : em.getReference(Place.class, places.idOf(extracted.place()));
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
        QuarkusTransaction.requiringNew().run(() -> {
            copies.promoteFirstCopyOf(id);
            if (Document.delete("id", id) == 0) {
                throw notFound(id);
            }
        });
        answers.storeChanged();
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
