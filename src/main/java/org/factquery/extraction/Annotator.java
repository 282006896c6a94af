package org.factquery.extraction;

import java.util.Set;

/**
 * One stage of the extraction pipeline. It reads the layers it {@link #requires()} from the
 * annotated text and adds the layers it {@link #produces()}. Implementations are thread-safe.
 */
public interface Annotator {

    Set<Layer<?>> requires();

    Set<Layer<?>> produces();

    void annotate(AnnotatedText text);

    default String name() {
        return getClass().getSimpleName();
    }
}
