package org.factquery.extraction.claims;

import java.util.LinkedHashMap;
import java.util.Map;

import org.factquery.extraction.gazetteer.PlaceEntry;

/** Assembles an {@link ExtractedClaim} from a rule's findings and the sentence's stance. */
final class ClaimBuilder {

    private final ClaimKind kind;
    private final SentenceContext sentence;
    private final String ruleId;
    private String actor;
    private PlaceEntry place;
    private String placeText;
    private Integer number;
    private final Map<String, Object> details = new LinkedHashMap<>();
    private Stance stance;
    private double confidence = 0.9;

    ClaimBuilder(ClaimKind kind, SentenceContext sentence, String ruleId) {
        this.kind = kind;
        this.sentence = sentence;
        this.ruleId = ruleId;
    }

    ClaimBuilder actor(String actor) {
        this.actor = actor;
        return this;
    }

    ClaimBuilder place(PlaceRef ref) {
        this.place = ref.place();
        this.placeText = ref.text();
        if (ref.part() != null) {
            details.put("part", ref.part());
        }
        details.put("placeResolvedBy", ref.resolvedBy());
        if (!ref.alternatives().isEmpty()) {
            // a close call: the places the name may also mean, for a reader to check
            details.put("placeAlternatives", ref.alternatives().stream()
                    .map(p -> Map.of("id", p.id(), "name", p.name(), "country", String.valueOf(p.country()))).toList());
        }
        if (!"name".equals(ref.via()) || !ref.alternatives().isEmpty()) {
            confidence = Math.min(confidence, 0.75);
        }
        return this;
    }

    ClaimBuilder place(PlaceEntry place, String asWritten) {
        this.place = place;
        this.placeText = asWritten;
        return this;
    }

    ClaimBuilder number(Integer number) {
        this.number = number;
        return this;
    }

    ClaimBuilder detail(String key, Object value) {
        if (value != null) {
            details.put(key, value);
        }
        return this;
    }

    ClaimBuilder stance(Stance stance) {
        this.stance = stance;
        return this;
    }

    ClaimBuilder confidence(double cap) {
        this.confidence = Math.min(confidence, cap);
        return this;
    }

    ExtractedClaim build() {
        return new ExtractedClaim(kind, sentence.index, actor, place, placeText, number, details,
                stance.attributedTo(), stance.attributedActor(), stance.modality(), stance.negated(),
                stance.eventDate(), stance.eventTimeText(), ruleId, confidence);
    }
}
