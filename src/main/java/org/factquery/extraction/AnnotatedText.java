package org.factquery.extraction;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A document's text with the layers the pipeline adds to it. {@link #matchText()} is the text
 * with quotes, apostrophes and dashes normalised one character for one, so it has the same
 * length and offsets: rules match against it, evidence is always cut from {@link #text()}.
 *
 * <p>A document with a title is read as its title, {@link #TITLE_SEPARATOR} and its text: the
 * first {@link #titleLength()} characters are the title ({@code 0} when there is none).
 */
public final class AnnotatedText {

    /** What joins a title to the text it heads: a paragraph break, so no sentence spans both. */
    public static final String TITLE_SEPARATOR = "\n\n";

    private final String text;
    private final int titleLength;
    private final String matchText;
    private final LocalDate publishedDate;
    private final WorkLimit limit;
    private final Map<Layer<?>, List<?>> layers = new HashMap<>();

    public AnnotatedText(String text, LocalDate publishedDate) {
        this(text, publishedDate, WorkLimit.NONE);
    }

    public AnnotatedText(String text, LocalDate publishedDate, WorkLimit limit) {
        this(text, 0, publishedDate, limit);
    }

    /** A text whose first {@code titleLength} characters are its title, followed by {@link #TITLE_SEPARATOR}. */
    public AnnotatedText(String text, int titleLength, LocalDate publishedDate, WorkLimit limit) {
        this.text = Objects.requireNonNull(text, "text");
        if (titleLength < 0 || titleLength > 0 && !text.startsWith(TITLE_SEPARATOR, titleLength)) {
            throw new IllegalArgumentException("the title must be followed by the title separator");
        }
        this.titleLength = titleLength;
        this.matchText = TextNormalizer.normalize(text);
        this.publishedDate = publishedDate;
        this.limit = Objects.requireNonNull(limit, "limit");
    }

    /**
     * Throws {@link ExtractionStopped} when the document's work is over its budget or no longer
     * wanted; costly stages call it before each sentence.
     */
    public void checkWork() {
        limit.check();
    }

    public String text() {
        return text;
    }

    /** How many characters at the start of {@link #text()} are the title; 0 when there is none. */
    public int titleLength() {
        return titleLength;
    }

    public String matchText() {
        return matchText;
    }

    /** The publication day, or null when the document did not give one. */
    public LocalDate publishedDate() {
        return publishedDate;
    }

    public <T> List<T> get(Layer<T> layer) {
        List<?> values = layers.get(layer);
        if (values == null) {
            throw new IllegalStateException("layer " + layer + " has not been produced");
        }
        @SuppressWarnings("unchecked")
        List<T> typed = (List<T>) values;
        return typed;
    }

    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer);
    }

    public <T> void put(Layer<T> layer, List<T> values) {
        for (T value : values) {
            layer.type().cast(value);
        }
        if (layers.putIfAbsent(layer, List.copyOf(values)) != null) {
            throw new IllegalStateException("layer " + layer + " was already produced");
        }
    }
}
