package org.factquery.extraction.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.factquery.extraction.gazetteer.CountryMention;
import org.factquery.extraction.gazetteer.Gazetteer;
import org.factquery.extraction.gazetteer.PlaceEntry;
import org.factquery.extraction.gazetteer.PlaceKind;
import org.factquery.extraction.gazetteer.PlaceMention;

/**
 * Reads the places a stretch of a sentence refers to. The stretch is cut into coordinated
 * chunks (at commas, "and", "or", "as well as" and spaced dashes); each chunk is a named place
 * ("the city of Farah"), a description resolved through the gazetteer ("Afghanistan's
 * fourth-largest city", "the provincial capital of Ghor", "the capital") or through an earlier
 * mention ("the whole city"), or part of a place ("Taloqan's airport", "government buildings in
 * Kunduz"). A description set off by a comma next to a name is an apposition of it, not another
 * place; a place after "in", "near", "to", "south of" and the like only locates the head.
 */
final class PlacePhrases {

    private static final Set<String> LOCATING_WORDS = Set.of("in", "near", "from", "to", "towards", "toward",
            "outside", "into", "at", "on", "by", "around", "across", "through", "between", "beyond", "off", "along",
            "within", "via", "against", "under", "over", "than", "like");
    /** Compass words before "of" or a name: "north of Mosul", "northern Rakhine". */
    static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "north-east", "north-west", "south-east", "south-west", "northern", "southern",
            "eastern", "western");
    /** Nouns a place name precedes as the name of what they are: "Sirte city", "Borno state", "Gedo region". */
    private static final Set<String> HEAD_NOUNS_AFTER_NAME = Set.of("city", "town", "village", "province", "district",
            "state", "region", "governorate", "oblast", "prefecture", "county", "department", "territory");
    /** Nouns of time after a name start an adverbial ("Ajdabiya days later"), they are not what the name modifies. */
    private static final Set<String> TIME_NOUNS = Set.of("day", "days", "week", "weeks", "month", "months", "year",
            "years", "hour", "hours", "minutes", "night", "morning", "afternoon", "evening", "weekend", "overnight");

    enum Separator { START, COMMA, AND, DASH }

    record Chunk(int from, int to, Separator before) {
    }

    private PlacePhrases() {
    }

    /** The places tokens {@code [from, to)} refer to, in order, each once. */
    static List<PlaceRef> places(SentenceContext c, int from, int to) {
        List<Chunk> chunks = chunks(c, from, to);
        List<PlaceRef> refs = new ArrayList<>();
        PlaceRef previous = null;
        for (int k = 0; k < chunks.size(); k++) {
            Chunk chunk = chunks.get(k);
            Resolved r = resolve(c, chunk, chunks.subList(k + 1, chunks.size()), to);
            if (r.consumesNext() && k + 1 < chunks.size()) {
                k++; // "Afghanistan's fifth-largest city, Jalalabad": the name is the description's apposition
            }
            if (r.ref() == null) {
                continue;
            }
            boolean apposition = chunk.before() == Separator.COMMA || chunk.before() == Separator.DASH;
            if (apposition && previous != null && r.described() && !r.ref().isPart()) {
                continue; // "Zaranj, the capital of Nimruz province": the same place described
            }
            PlaceRef ref = r.ref();
            if (refs.stream().noneMatch(x -> x.place().equals(ref.place()) && java.util.Objects.equals(x.part(), ref.part()))) {
                refs.add(ref);
            }
            previous = ref;
        }
        return refs;
    }

    /**
     * Where a list of places goes on past an apposition that holds a clause, which ends the
     * phrase at {@code end}: "Ajdabiya, the gateway to the east, Brega ...", "Ras Lanuf, which had
     * changed hands twice, and Bin Jawad". The apposition runs from the comma before {@code end}
     * (after {@code from}) to the next comma; the list goes on when a place name follows that comma
     * (after "and") as an item, not as the subject of a verb. Otherwise -1.
     */
    static int listGoesOnAfter(SentenceContext c, int from, int end) {
        int comma = c.norm(end).equals(",") ? end : -1; // the phrase ended at ", which ..."
        for (int k = end - 1; comma < 0 && k > from && k >= end - 6; k--) {
            comma = c.norm(k).equals(",") ? k : -1;
        }
        // an apposition is a noun phrase or a relative clause, not "as they advance" or "after ..."
        boolean apposition = comma >= 0 && (c.tag(comma + 1, "DET") || c.tag(comma + 1, "ADJ")
                || c.tag(comma + 1, "NOUN") || c.tag(comma + 1, "PROPN") || c.tag(comma + 1, "NUM")
                || c.t(Math.min(comma + 1, c.size() - 1)).isAnyOf("which", "who", "where", "whose"));
        if (!apposition) {
            return -1;
        }
        for (int k = end + 1; k < Math.min(c.size() - 1, end + 12); k++) {
            String w = c.norm(k);
            if (w.equals(".") || w.equals(";") || w.equals(":") || w.equals("\"")) {
                return -1;
            }
            if (w.equals(",")) {
                int next = c.norm(k + 1).equals("and") ? k + 2 : k + 1;
                PlaceMention m = c.placeStartingAt(next);
                boolean subject = m != null && m.endToken() < c.size()
                        && (c.tag(m.endToken(), "VERB") || c.tag(m.endToken(), "AUX"));
                return m == null || subject ? -1 : next; // "and Herat remained ...": another clause
            }
        }
        return -1;
    }

    /** What a chunk refers to; {@code described}: by a description rather than a name. */
    private record Resolved(PlaceRef ref, boolean described, boolean consumesNext) {
        static final Resolved NONE = new Resolved(null, false, false);
    }

    private static Resolved resolve(SentenceContext c, Chunk chunk, List<Chunk> rest, int regionEnd) {
        int partAt = partWord(c, chunk);
        PlaceMention head = head(c, chunk);
        if (partAt >= 0 && (head == null || partAt < head.firstToken() || head.possessive())) {
            return part(c, chunk, partAt, rest, regionEnd);
        }
        if (head != null) {
            return named(c, head);
        }
        Optional<PlaceRef> described = describe(c, chunk);
        if (described.isPresent()) {
            boolean nextIsName = !rest.isEmpty()
                    && (rest.get(0).before() == Separator.COMMA || rest.get(0).before() == Separator.DASH)
                    && head(c, rest.get(0)) != null;
            if (nextIsName) {
                PlaceMention name = head(c, rest.get(0));
                return new Resolved(named(c, name).ref(), false, true);
            }
            return new Resolved(described.get(), true, false);
        }
        return Resolved.NONE;
    }

    private static Resolved named(SentenceContext c, PlaceMention m) {
        PlaceEntry place = m.place();
        if (place.kind() == PlaceKind.FACILITY || place.kind() == PlaceKind.DISTRICT) {
            return new Resolved(new PlaceRef(place, m.surface(), m.firstToken(), m.endToken(), place.name(), "name",
                    m.resolvedBy(), m.alternatives()), false, false);
        }
        return new Resolved(new PlaceRef(place, m.surface(), m.firstToken(), m.endToken(), null, "name",
                m.resolvedBy(), m.alternatives()), false, false);
    }

    /** "Taloqan's airport", "the governor's office ... in Kunduz", "key districts of Maymana". */
    private static Resolved part(SentenceContext c, Chunk chunk, int partAt, List<Chunk> rest, int regionEnd) {
        int partFrom = chunk.from();
        while (partFrom < partAt && (c.t(partFrom).isAnyOf("the", "a", "an", "its", "their", "some", "other", "all")
                || c.placeStartingAt(partFrom) != null)) {
            PlaceMention possessor = c.placeStartingAt(partFrom);
            partFrom = possessor != null ? possessor.endToken() : partFrom + 1;
        }
        int partTo = partAt + 1;
        while (partTo < chunk.to() && c.normIn(partTo, "part")) {
            partTo++;
        }
        String part = partFrom < partTo ? c.text(partFrom, partTo) : c.text(partAt, partAt + 1);
        PlaceEntry place = null;
        String via = "name";
        for (PlaceMention m : c.places) {
            boolean inChunk = m.firstToken() >= chunk.from() && m.endToken() <= chunk.to();
            boolean sharedLocative = m.firstToken() >= chunk.to() && m.endToken() <= regionEnd
                    && c.isAnyOf(m.firstToken() - 1, Set.of("in", "of", "across", "at"));
            boolean relative = DIRECTIONS.contains(c.norm(m.firstToken() - 2)) || c.norm(m.firstToken() - 1).equals("near");
            if ((inChunk || sharedLocative) && !relative && m.place().isCapturable() && m.place().kind() != PlaceKind.FACILITY) {
                place = m.place();
                break;
            }
        }
        if (place == null) {
            for (int i = chunk.from(); i < regionEnd; i++) {
                if (c.t(i).base().equals("city") && c.t(i - 1 >= 0 ? i - 1 : i).isAnyOf("the", "whole", "entire")) {
                    place = c.doc.lastCityBefore(c.index, chunk.from()).orElse(null);
                    via = "anaphor";
                    break;
                }
            }
        }
        if (place == null) {
            return Resolved.NONE;
        }
        return new Resolved(new PlaceRef(place, c.text(chunk.from(), chunk.to()), chunk.from(), chunk.to(),
                part.strip(), via), false, false);
    }

    /**
     * A description the gazetteer or the document resolves: a rank ("Libya's third-largest city"),
     * a division's capital ("the provincial capital of Ghor"), the capital, "the city". A rank and
     * "the capital" are of the country the description names ("the Libyan capital"), else of the
     * country the document is about; with neither there is no telling which.
     */
    private static Optional<PlaceRef> describe(SentenceContext c, Chunk chunk) {
        Gazetteer g = c.doc.gazetteer;
        String text = c.text(chunk.from(), chunk.to());
        Optional<String> country = countryIn(c, chunk).or(() -> c.doc.topicCountry());
        for (int i = chunk.from(); i < chunk.to(); i++) {
            Integer rank = rankAt(c, i, chunk.to());
            if (rank != null) {
                return country.flatMap(code -> g.cityOfRank(code, rank))
                        .map(p -> new PlaceRef(p, text, chunk.from(), chunk.to(), null, "rank"));
            }
        }
        for (int i = chunk.from(); i < chunk.to(); i++) {
            if (!(c.t(i).is("capital") || c.t(i).is("seat"))) {
                continue;
            }
            // "the provincial capital of Ghor", "the capital of Faryab province"
            if (c.norm(i + 1).equals("of")) {
                for (PlaceMention m : c.places) {
                    if (m.firstToken() > i && m.endToken() <= chunk.to() && m.place().kind() == PlaceKind.PROVINCE) {
                        return g.capitalOf(m.place())
                                .map(p -> new PlaceRef(p, text, chunk.from(), chunk.to(), null, "capital-of"));
                    }
                }
                return Optional.empty();
            }
            boolean provincial = i > 0 && (c.t(i - 1).is("provincial") || c.t(i - 1).is("regional")
                    || c.t(i - 1).is("state") || c.t(i - 1).is("district"));
            boolean definite = chunk.from() < i && (c.t(chunk.from()).is("the") || c.t(chunk.from()).isPossessive());
            if (c.t(i).is("capital") && provincial && definite && countryIn(c, chunk).isEmpty()) {
                // "the provincial capital": of the division the document named last
                return c.doc.lastDivisionBefore(c.index, chunk.from()).flatMap(g::capitalOf)
                        .map(p -> new PlaceRef(p, text, chunk.from(), chunk.to(), null, "provincial-capital"));
            }
            if (c.t(i).is("capital") && !provincial && definite) {
                return country.flatMap(g::nationalCapital)
                        .map(p -> new PlaceRef(p, text, chunk.from(), chunk.to(), null, "national-capital"));
            }
        }
        for (int i = chunk.from() + 1; i < chunk.to(); i++) {
            if (c.t(i).isAnyOf("city", "town", "port") && c.t(chunk.from()).is("the") && !c.norm(i + 1).equals("of")) {
                return c.doc.lastCityBefore(c.index, chunk.from())
                        .map(p -> new PlaceRef(p, text, chunk.from(), chunk.to(), null, "anaphor"));
            }
        }
        return Optional.empty();
    }

    /** "second-largest city", "second largest city", "second most populous city", "largest city". */
    static Integer rankAt(SentenceContext c, int i, int limit) {
        Integer ordinal = Numbers.ordinal(c.norm(i));
        int j = ordinal == null ? i : i + 1;
        if (c.norm(j).equals("-")) {
            j++;
        }
        if (c.norm(j).equals("most")) {
            j++;
        }
        String adjective = c.norm(j);
        boolean rankWord = adjective.equals("largest") || adjective.equals("biggest") || adjective.equals("populous")
                || adjective.equals("most-populous");
        if (!rankWord || j + 1 >= limit || !c.t(j + 1).base().equals("city")) {
            return null;
        }
        if (ordinal == null && (Numbers.ordinal(c.norm(i - 1)) != null
                || c.norm(i - 1).equals("-") && Numbers.ordinal(c.norm(i - 2)) != null)) {
            return null; // the ordinal's own position reports it
        }
        return ordinal == null ? 1 : ordinal;
    }

    /** The country a chunk names ("Libya's", "the Libyan"): its code, else empty. */
    private static Optional<String> countryIn(SentenceContext c, Chunk chunk) {
        for (CountryMention m : c.countries) {
            if (m.firstToken() >= chunk.from() && m.endToken() <= chunk.to()) {
                return Optional.of(m.country().code());
            }
        }
        return Optional.empty();
    }

    private static int partWord(SentenceContext c, Chunk chunk) {
        for (int i = chunk.from(); i < chunk.to(); i++) {
            if (c.normIn(i, "part") && !(c.t(i).is("capital"))) {
                // "the rest of the city", "parts of Baghlan province": the part word before the place
                return i;
            }
        }
        return -1;
    }

    /** The first place of the chunk used as its head: not locating another word, not a modifier of a noun. */
    static PlaceMention head(SentenceContext c, Chunk chunk) {
        for (PlaceMention m : c.places) {
            if (m.firstToken() < chunk.from() || m.endToken() > chunk.to() || !m.place().isCapturable()
                    && m.place().kind() != PlaceKind.REGION) {
                continue;
            }
            if (isLocating(c, m.firstToken(), chunk.from())) {
                continue;
            }
            int next = m.endToken();
            // "Borno state" names the state; "the Borno state capital" names the capital
            boolean headNoun = HEAD_NOUNS_AFTER_NAME.contains(c.norm(next))
                    && !(next + 1 < chunk.to() && c.tag(next + 1, "NOUN"));
            boolean modifiesNoun = next < chunk.to() && !m.possessive() && (c.tag(next, "NOUN") || c.tag(next, "PROPN"))
                    && !headNoun && !TIME_NOUNS.contains(c.norm(next));
            if (modifiesNoun) {
                continue; // "Kunduz police chief", "the Kunduz Provincial Council"
            }
            return m;
        }
        return null;
    }

    /** Whether the word before a place makes it locate something else: "in Kunduz", "south of Kabul". */
    static boolean isLocating(SentenceContext c, int placeStart, int chunkStart) {
        int before = placeStart - 1;
        // skip "the" and adjectives: "in the northern province of Jowzjan" is handled by "of" below
        while (before >= chunkStart && (c.t(before).isAnyOf("the") || c.tag(before, "ADJ"))) {
            before--;
        }
        if (before < chunkStart) {
            return false;
        }
        String word = c.norm(before);
        if (word.equals("of")) {
            // "the city of Farah", "the province of Takhar", "the whole of Borno state" name the
            // head; "the capital of Takhar province", "parts of Baghlan", "south of Kabul" locate
            // or describe it
            return !Set.of("city", "town", "province", "district", "cities", "towns", "port", "village", "region",
                    "governorate", "state", "oblast", "prefecture", "county", "whole", "entire", "all")
                    .contains(c.norm(before - 1));
        }
        if (DIRECTIONS.contains(word)) {
            return true;
        }
        return LOCATING_WORDS.contains(word);
    }

    /** Cuts {@code [from, to)} at commas, "and", "or", "as well as" and free-standing dashes. */
    static List<Chunk> chunks(SentenceContext c, int from, int to) {
        List<Chunk> chunks = new ArrayList<>();
        int start = from;
        Separator before = Separator.START;
        int i = from;
        while (i < to) {
            Separator sep = null;
            int width = 1;
            String w = c.norm(i);
            if (w.equals(",") || w.equals(";")) {
                sep = Separator.COMMA;
                if (c.norm(i + 1).equals("and") || c.norm(i + 1).equals("or")) {
                    sep = Separator.AND;
                    width = 2;
                }
            } else if (w.equals("and") || w.equals("or") || w.equals("&")) {
                sep = Separator.AND;
            } else if (w.equals("as") && c.norm(i + 1).equals("well") && c.norm(i + 2).equals("as")) {
                sep = Separator.AND;
                width = 3;
            } else if ((w.equals("-") || w.equals("--")) && spaced(c, i)) {
                sep = Separator.DASH;
            }
            if (sep == null) {
                i++;
                continue;
            }
            if (i > start) {
                chunks.add(new Chunk(start, i, before));
            }
            before = sep == Separator.DASH && before == Separator.DASH ? Separator.COMMA : sep;
            i += width;
            start = i;
        }
        if (start < to) {
            chunks.add(new Chunk(start, to, before));
        }
        return chunks;
    }

    private static boolean spaced(SentenceContext c, int i) {
        return i > 0 && c.t(i).span().start() > c.t(i - 1).span().end();
    }
}
