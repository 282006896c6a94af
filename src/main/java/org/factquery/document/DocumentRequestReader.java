package org.factquery.document;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import org.factquery.api.Problem.FieldError;
import org.factquery.api.ProblemException;

/**
 * Turns a raw ingestion request (JSON or plain text) into a {@link DocumentInput}, or refuses it
 * with a problem that names the field: 400 when the request is malformed (bad JSON, a non-string
 * member, an unknown member or query parameter, bytes that are not valid in the charset, NUL
 * characters or unpaired surrogates, which PostgreSQL cannot store as sent), 422 when it is
 * well-formed but a value is unusable (missing or blank text, a bad date or URL, an over-long
 * field). JSON is always UTF-8 (RFC 8259); plain text is UTF-8 unless its media type names another.
 */
@ApplicationScoped
public class DocumentRequestReader {

    static final Set<String> FIELDS = Set.of("text", "title", "url", "publisher", "publishedAt");
    /** The metadata a text/plain request may carry as query parameters. */
    static final Set<String> QUERY_FIELDS = Set.of("title", "url", "publisher", "publishedAt");
    static final int MAX_METADATA_LENGTH = 2048;

    private final ObjectReader jsonReader;
    private final int maxBodyBytes;
    private final int maxBatchBytes;

    public DocumentRequestReader(ObjectMapper mapper, IngestConfig config) {
        // a member given twice is ambiguous (which text is meant?): refused, not last-one-wins
        this.jsonReader = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        this.maxBodyBytes = (int) Math.min(Integer.MAX_VALUE - 8, config.maxBodySize().asLongValue());
        this.maxBatchBytes = (int) Math.min(Integer.MAX_VALUE - 8, config.maxBatchSize().asLongValue());
    }

    public DocumentInput fromJson(InputStream body) {
        return fromJson(decode(read(body, maxBodyBytes), StandardCharsets.UTF_8, "body"));
    }

    /**
     * The lines of an NDJSON batch (UTF-8, one JSON document per line, {@code \n} or {@code \r\n}
     * between them), numbered from 1; blank lines are no documents and are left out.
     */
    public List<BatchLine> batchLines(InputStream body) {
        String all = decode(read(body, maxBatchBytes), StandardCharsets.UTF_8, "body");
        List<BatchLine> lines = new ArrayList<>();
        int number = 0;
        for (String line : all.split("\n", -1)) {
            number++;
            String json = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (!json.isBlank()) {
                lines.add(new BatchLine(number, json));
            }
        }
        return lines;
    }

    /** One non-blank line of a batch and its number in the body (from 1). */
    public record BatchLine(int number, String json) {
    }

    /** A document from one JSON object, refused as the body of {@code POST /documents} would be. */
    public DocumentInput fromJson(String json) {
        if (json.length() * 3L > maxBodyBytes && json.getBytes(StandardCharsets.UTF_8).length > maxBodyBytes) {
            throw new ProblemException(413, "The document is over the limit of " + maxBodyBytes + " bytes");
        }
        JsonNode root;
        try {
            root = jsonReader.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ProblemException(400, "Malformed JSON: " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw new ProblemException(400, "The body must be a JSON object with a \"text\" member");
        }
        List<FieldError> malformed = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            if (!FIELDS.contains(member.getKey())) {
                malformed.add(new FieldError(member.getKey(), "unknown member; expected one of " + FIELDS));
            } else if (!member.getValue().isTextual() && !member.getValue().isNull()) {
                malformed.add(new FieldError(member.getKey(), "must be a string"));
            }
        }
        if (!malformed.isEmpty()) {
            throw new ProblemException(400, describe(malformed), malformed);
        }
        return validate(string(root, "text"), string(root, "title"), string(root, "url"),
                string(root, "publisher"), string(root, "publishedAt"));
    }

    public DocumentInput fromText(InputStream body, Charset charset, Map<String, List<String>> query) {
        List<FieldError> unknown = query.keySet().stream().filter(name -> !QUERY_FIELDS.contains(name)).sorted()
                .map(name -> new FieldError(name, "unknown query parameter; expected one of " + QUERY_FIELDS))
                .toList();
        if (!unknown.isEmpty()) {
            throw new ProblemException(400, describe(unknown), unknown);
        }
        String text = decode(read(body, maxBodyBytes), charset == null ? StandardCharsets.UTF_8 : charset, "text");
        return validate(text, first(query, "title"), first(query, "url"), first(query, "publisher"),
                first(query, "publishedAt"));
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    DocumentInput validate(String text, String title, String url, String publisher, String publishedAt) {
        List<FieldError> unstorable = new ArrayList<>();
        checkStorable("text", text, unstorable);
        checkStorable("title", title, unstorable);
        checkStorable("url", url, unstorable);
        checkStorable("publisher", publisher, unstorable);
        checkStorable("publishedAt", publishedAt, unstorable);
        if (!unstorable.isEmpty()) {
            throw new ProblemException(400, describe(unstorable), unstorable);
        }
        List<FieldError> invalid = new ArrayList<>();
        if (text == null) {
            invalid.add(new FieldError("text", "is required"));
        } else if (text.isBlank()) {
            invalid.add(new FieldError("text", "must not be empty or only whitespace"));
        }
        checkLength("title", title, invalid);
        checkLength("publisher", publisher, invalid);
        checkLength("url", url, invalid);
        String cleanUrl = blankToNull(url);
        if (cleanUrl != null && !isHttpUrl(cleanUrl)) {
            invalid.add(new FieldError("url", "must be an absolute http or https URL"));
        }
        OffsetDateTime published = null;
        String cleanPublishedAt = blankToNull(publishedAt);
        if (cleanPublishedAt != null) {
            published = parseInstant(cleanPublishedAt);
            if (published == null) {
                invalid.add(new FieldError("publishedAt",
                        "must be an ISO-8601 date (2021-08-13) or date-time with offset (2021-08-13T09:30:00Z)"));
            }
        }
        if (!invalid.isEmpty()) {
            throw new ProblemException(422, describe(invalid), invalid);
        }
        return new DocumentInput(text, blankToNull(title), cleanUrl, blankToNull(publisher), published,
                published == null ? null : published.toLocalDate());
    }

    /** The whole body, refused with a 413 problem as soon as it is over the limit. */
    private static byte[] read(InputStream body, int limit) {
        try {
            byte[] bytes = body.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw new ProblemException(413, "The request body is over the limit of " + limit + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new ProblemException(400, "The request body could not be read: " + e.getMessage());
        }
    }

    /** Strict decoding: a byte sequence that is not valid in the charset is refused, not replaced. */
    private static String decode(byte[] body, Charset charset, String field) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.badField(field, "is not valid " + charset.name());
        }
    }

    /**
     * An ISO-8601 date or offset date-time whose instant, in UTC, falls in years 1 to 9999 (what
     * PostgreSQL stores and answers), else null.
     */
    private static OffsetDateTime parseInstant(String value) {
        OffsetDateTime parsed;
        try {
            parsed = OffsetDateTime.parse(value);
        } catch (DateTimeParseException notDateTime) {
            try {
                parsed = LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
        int utcYear = parsed.withOffsetSameInstant(ZoneOffset.UTC).getYear();
        return utcYear >= 1 && utcYear <= 9999 ? parsed : null;
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** NUL and unpaired surrogates cannot be stored (PostgreSQL text is UTF-8) exactly as sent. */
    private static void checkStorable(String field, String value, List<FieldError> errors) {
        if (value == null) {
            return;
        }
        if (value.indexOf('\0') >= 0) {
            errors.add(new FieldError(field, "must not contain NUL characters"));
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                errors.add(new FieldError(field, "must not contain unpaired surrogate characters"));
                return;
            }
        }
    }

    private static void checkLength(String field, String value, List<FieldError> errors) {
        if (value != null && value.length() > MAX_METADATA_LENGTH) {
            errors.add(new FieldError(field, "must be at most " + MAX_METADATA_LENGTH + " characters"));
        }
    }

    private static String string(JsonNode root, String field) {
        JsonNode node = root.get(field);
        return node == null || node.isNull() ? null : node.textValue();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String describe(List<FieldError> errors) {
        StringBuilder detail = new StringBuilder();
        for (FieldError error : errors) {
            if (!detail.isEmpty()) {
                detail.append("; ");
            }
            detail.append(error.field()).append(": ").append(error.message());
        }
        return detail.toString();
    }
}
