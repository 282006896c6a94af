package org.factquery.extraction;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs annotators in order over one text. The wiring is checked once, when the pipeline is
 * built: every layer a stage requires must be produced by an earlier stage, and no layer is
 * produced twice, so a mis-ordered pipeline fails at start-up rather than on a document.
 */
public final class Pipeline {

    private final List<Annotator> stages;

    public Pipeline(List<Annotator> stages) {
        this.stages = List.copyOf(stages);
        Map<Layer<?>, String> producedBy = new HashMap<>();
        for (Annotator stage : this.stages) {
            for (Layer<?> required : stage.requires()) {
                if (!producedBy.containsKey(required)) {
                    throw new IllegalStateException(stage.name() + " requires layer " + required
                            + ", which no earlier stage produces");
                }
            }
            for (Layer<?> produced : stage.produces()) {
                String earlier = producedBy.putIfAbsent(produced, stage.name());
                if (earlier != null) {
                    throw new IllegalStateException("layer " + produced + " is produced by both " + earlier
                            + " and " + stage.name());
                }
            }
        }
    }

    public AnnotatedText run(String text, LocalDate publishedDate) {
        return run(text, publishedDate, WorkLimit.NONE);
    }

    /** Runs every stage within the limit; {@link ExtractionStopped} when it runs out. */
    public AnnotatedText run(String text, LocalDate publishedDate, WorkLimit limit) {
        return run(new AnnotatedText(text, publishedDate, limit));
    }

    /** Runs every stage over a text made ready (with its title, its limit). */
    public AnnotatedText run(AnnotatedText annotated) {
        for (Annotator stage : stages) {
            annotated.checkWork();
            stage.annotate(annotated);
            for (Layer<?> produced : stage.produces()) {
                if (!annotated.has(produced)) {
                    throw new IllegalStateException(stage.name() + " did not produce layer " + produced);
                }
            }
        }
        return annotated;
    }

    public List<Annotator> stages() {
        return stages;
    }
}
