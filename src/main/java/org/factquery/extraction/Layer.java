package org.factquery.extraction;

import java.util.Objects;

/**
 * A typed kind of annotation an {@link Annotator} produces or requires, e.g. the tokens or the
 * place mentions of a text. Identity is the name.
 */
public record Layer<T>(String name, Class<T> type) {

    public Layer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    @Override
    public String toString() {
        return name;
    }
}
