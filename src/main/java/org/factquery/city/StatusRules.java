package org.factquery.city;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factquery.city.StatusAssessment.Dispute;
import org.factquery.city.StatusAssessment.Part;
import org.factquery.city.StatusAssessment.Value;
import org.factquery.claim.Firmness;

/**
 * Decides who holds a city from the claims stored about it. Pure: the same claims always give
 * the same answer, and every conclusion names the claims it rests on.
 *
 * <ul>
 * <li>Only stated claims count: a forecast, a denial or a negated claim never makes a city
 * captured (forecasts are listed apart).</li>
 * <li>The holder is the actor whose captures and control claims have the most weight, each
 * source (publisher, or document without one) counting once with its firmest modality. An
 * unconfirmed claim adds weight but cannot name a holder alone.</li>
 * <li>When two actors are both firmly said to hold it and the later dated capture does not settle
 * it, the city is CONTESTED; it is CONTESTED too when another actor attacks it or takes a part of
 * it (an advance towards it that does not reach it does not). Otherwise it is CAPTURED when the
 * holder is said to have taken it, HELD when only to hold it.</li>
 * <li>A city firmly said to have fallen without anyone named as taking it ("X fell on Tuesday"),
 * and held by no named actor, is CAPTURED with an unknown holder ({@code controlledBy} null).</li>
 * <li>A side that took a city back ("retook", "liberated") holds it over the side it took it from,
 * unless that side's claims are dated later; a holder firmly said to have withdrawn from the city
 * (not before its latest claim to it) holds it no longer: with no one else named, the city is
 * CAPTURED with an unknown holder.</li>
 * <li>The history lists the changes of hands (firm captures, recaptures, withdrawals) in order
 * of their day, each report of the same move by the same actor counted once.</li>
 * </ul>
 */
public final class StatusRules {

    static final Set<String> HOLDING = Set.of("CAPTURE", "CONTROL");
    static final Set<String> PARTIAL = Set.of("PARTIAL_CAPTURE", "PARTIAL_CONTROL");
    static final Set<String> ABOUT_CONTROL = Set.of("CAPTURE", "CONTROL", "PARTIAL_CAPTURE", "PARTIAL_CONTROL",
            "ATTACK");
    /** A rival no weaker than this share of the holder's weight makes the city contested. */
    static final double CONTEST_SHARE = 0.5;
    /** Confidence never claims certainty. */
    static final double MAX_CONFIDENCE = 0.99;
    /** The share of its confidence a status keeps when it rests on claims about the city's province. */
    static final double INFERRED_WEIGHT = 0.6;

    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b", Pattern.CASE_INSENSITIVE);

    private StatusRules() {
    }

    /** One actor's claims to hold the city. */
    private record Side(String actor, List<CityClaim> claims, double firmWeight, double weight,
            LocalDate latestCapture, LocalDate latestDated, boolean retook, LocalDate retookOn) {

        static Side of(String actor, List<CityClaim> claims) {
            List<CityClaim> firm = claims.stream().filter(StatusRules::firm).toList();
            List<CityClaim> recaptures = firm.stream().filter(c -> c.kind().equals("CAPTURE") && c.recapture()).toList();
            return new Side(actor, claims, StatusRules.weight(firm), StatusRules.weight(claims),
                    latest(firm.stream().filter(c -> c.kind().equals("CAPTURE")).toList()), latest(firm),
                    !recaptures.isEmpty(), latest(recaptures));
        }

        boolean firm() {
            return firmWeight > 0;
        }

        boolean hasFirmCapture() {
            return claims.stream().anyMatch(c -> c.kind().equals("CAPTURE") && StatusRules.firm(c));
        }
    }

    /**
     * What the claims about a city say about who holds it. Claims about the province it is the
     * capital of ({@link CityClaim#inferredFrom()}) count only when nothing is stated about the
     * city's own capture, control or abandonment, and then with {@link #INFERRED_WEIGHT} of the
     * confidence: a direct report always outweighs an inference.
     */
    public static StatusAssessment assess(List<CityClaim> claims) {
        List<CityClaim> direct = claims.stream().filter(c -> c.inferredFrom() == null).toList();
        boolean toldDirectly = direct.stream()
                .anyMatch(c -> stated(c) && (HOLDING.contains(c.kind()) || c.kind().equals("WITHDRAWAL")));
        if (toldDirectly || direct.size() == claims.size()) {
            return assessDirect(direct);
        }
        StatusAssessment inferred = assessDirect(claims);
        List<Long> fromProvince = claims.stream().filter(c -> c.inferredFrom() != null).map(CityClaim::id)
                .filter(inferred.evidence()::contains).toList();
        if (fromProvince.isEmpty()) {
            return inferred;
        }
        return new StatusAssessment(inferred.status(), inferred.controlledBy(), inferred.since(),
                inferred.confidence() == null ? null : round(inferred.confidence() * INFERRED_WEIGHT), fromProvince,
                inferred.documents(), inferred.publishers(), inferred.evidence(), inferred.exceptions(),
                inferred.forecasts(), inferred.disputes(), inferred.history());
    }

    private static StatusAssessment assessDirect(List<CityClaim> claims) {
        List<CityClaim> stated = claims.stream().filter(StatusRules::stated).toList();
        Map<String, List<CityClaim>> byActor = group(
                stated.stream().filter(c -> HOLDING.contains(c.kind()) && c.actor() != null).toList(),
                CityClaim::actor);
        List<Side> sides = byActor.entrySet().stream().map(e -> Side.of(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingDouble(Side::firmWeight).reversed()
                        .thenComparing(Comparator.comparingDouble(Side::weight).reversed())
                        .thenComparing(Side::actor))
                .toList();
        List<Side> firmSides = sides.stream().filter(Side::firm).toList();

        Side holder = firmSides.isEmpty() ? null : firmSides.get(0);
        boolean settledByDate = false;
        if (holder != null) {
            Side retaker = laterCapturer(holder, firmSides);
            if (retaker != null) {
                holder = retaker;
                settledByDate = true;
            } else if (heldSinceRetaking(holder, firmSides)) {
                settledByDate = true;
            }
        }
        List<CityClaim> withdrawals = stated.stream().filter(c -> c.kind().equals("WITHDRAWAL") && firm(c)).toList();
        if (holder != null && withdrewSince(holder, withdrawals)) {
            holder = null; // "the army withdrew from P": its side holds P no longer
            settledByDate = false;
        }
        String holderActor = holder == null ? null : holder.actor();
        // "X fell", "the army withdrew": the city changed hands, to nobody named; that tells who
        // holds it only when no one named does
        List<CityClaim> unnamedCaptures = holder != null ? List.of() : stated.stream()
                .filter(c -> (c.kind().equals("CAPTURE") && c.actor() == null || c.kind().equals("WITHDRAWAL"))
                        && firm(c)).toList();
        List<StatusAssessment.Change> history = history(stated);
        LocalDate firstTaken = earliest((holder == null ? unnamedCaptures : holder.claims()).stream()
                .filter(c -> (c.kind().equals("CAPTURE") || c.kind().equals("WITHDRAWAL")) && firm(c)).toList());
        LocalDate retakenOn = lastTakenOn(history, holderActor);
        // a holder that held the city before, lost it and took it back holds it since it took it back
        LocalDate holderSince = retakenOn != null && firstTaken != null && retakenOn.isAfter(firstTaken)
                ? retakenOn : firstTaken;
        Predicate<CityClaim> rival = c -> c.actor() != null && !c.actor().equals(holderActor)
                && (holderSince == null || c.eventDate() == null || !c.eventDate().isBefore(holderSince));

        CityStatus status;
        String controlledBy = holderActor;
        if (holder == null && !unnamedCaptures.isEmpty()) {
            status = CityStatus.CAPTURED;
        } else if (holder == null) {
            boolean anything = stated.stream().anyMatch(c -> ABOUT_CONTROL.contains(c.kind()) && !c.approach());
            status = anything ? CityStatus.CONTESTED : CityStatus.UNKNOWN;
        } else if (!settledByDate && rivalsHoldingOn(holder, firmSides)) {
            status = CityStatus.CONTESTED;
            controlledBy = null;
        } else if (stated.stream().anyMatch(c -> firm(c) && rival.test(c) && !c.approach()
                && (c.kind().equals("ATTACK") || c.kind().equals("PARTIAL_CAPTURE")))) {
            status = CityStatus.CONTESTED;
        } else {
            status = holder.hasFirmCapture() ? CityStatus.CAPTURED : CityStatus.HELD;
        }

        List<CityClaim> support = !unnamedCaptures.isEmpty() ? unnamedCaptures
                : controlledBy == null
                        ? stated.stream().filter(c -> HOLDING.contains(c.kind()) || c.kind().equals("ATTACK")).toList()
                        : holder.claims();
        Double confidence = null;
        if (controlledBy != null || !unnamedCaptures.isEmpty()) {
            double opposition = weight(stated.stream().filter(c -> rival.test(c) && !c.approach()
                    && (HOLDING.contains(c.kind()) || c.kind().equals("ATTACK")
                            || c.kind().equals("PARTIAL_CAPTURE"))).toList());
            confidence = round(Math.min(MAX_CONFIDENCE, weight(support) * (1 - opposition / 2)));
        }
        List<CityClaim> forecasts = claims.stream()
                .filter(c -> !c.negated() && "FORECAST".equals(c.modality()) && ABOUT_CONTROL.contains(c.kind()))
                .toList();
        return new StatusAssessment(status, controlledBy, status == CityStatus.CAPTURED ? holderSince : null,
                confidence, List.of(), documents(support), publishers(support), ids(strongestFirst(support)),
                exceptions(stated, holderActor), ids(strongestFirst(forecasts)),
                disputes(stated, sides, holder, history), history);
    }

    /** The day of the last change of hands when it went to this actor, else null. */
    private static LocalDate lastTakenOn(List<StatusAssessment.Change> history, String actor) {
        if (actor == null || history.isEmpty()) {
            return null;
        }
        StatusAssessment.Change last = history.get(history.size() - 1);
        return actor.equals(last.actor()) && last.change() != StatusAssessment.ChangeKind.WITHDRAWAL ? last.day() : null;
    }

    /** Whether the holder is firmly said to have left the city, not before its latest claim to hold it. */
    private static boolean withdrewSince(Side holder, List<CityClaim> withdrawals) {
        return withdrawals.stream().filter(w -> holder.actor().equals(w.actor()))
                .anyMatch(w -> holder.latestDated() == null
                        || w.knownOn() != null && !w.knownOn().isBefore(holder.latestDated()));
    }

    /**
     * The changes of hands in order: the firmly stated captures and withdrawals (partial and
     * unconfirmed ones aside) by
     * day, then recaptures after captures of the same day, then text order; consecutive reports of
     * one actor's same move are one change. A report without any day joins that actor's first
     * change of its kind, else comes last.
     */
    static List<StatusAssessment.Change> history(List<CityClaim> stated) {
        List<CityClaim> moves = stated.stream()
                .filter(c -> (c.kind().equals("CAPTURE") || c.kind().equals("WITHDRAWAL")) && firm(c))
                .sorted(Comparator.comparing(CityClaim::knownOn, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(CityClaim::recapture).thenComparingLong(CityClaim::id))
                .toList();
        List<List<CityClaim>> runs = new ArrayList<>();
        for (CityClaim c : moves) {
            List<CityClaim> last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && sameMove(last.get(0), c)) {
                last.add(c);
                continue;
            }
            if (c.knownOn() == null) {
                List<CityClaim> earlier = runs.stream().filter(r -> sameMove(r.get(0), c)).findFirst().orElse(null);
                if (earlier != null) {
                    earlier.add(c);
                    continue;
                }
            }
            runs.add(new ArrayList<>(List.of(c)));
        }
        List<StatusAssessment.Change> changes = new ArrayList<>();
        Set<String> heldBefore = new LinkedHashSet<>();
        for (List<CityClaim> run : runs) {
            CityClaim first = run.get(0);
            StatusAssessment.ChangeKind kind;
            if (first.kind().equals("WITHDRAWAL")) {
                kind = StatusAssessment.ChangeKind.WITHDRAWAL;
            } else {
                boolean back = run.stream().anyMatch(CityClaim::recapture)
                        || first.actor() != null && heldBefore.contains(first.actor());
                kind = back ? StatusAssessment.ChangeKind.RECAPTURE : StatusAssessment.ChangeKind.CAPTURE;
                if (first.actor() != null) {
                    heldBefore.add(first.actor());
                }
            }
            LocalDate day = earliest(run);
            if (day == null) {
                day = run.stream().map(CityClaim::reportedOn).filter(Objects::nonNull).min(LocalDate::compareTo)
                        .orElse(null);
            }
            List<CityClaim> ordered = strongestFirst(run);
            changes.add(new StatusAssessment.Change(day, kind, first.actor(), ordered.get(0).modality(),
                    documents(run), ids(ordered)));
        }
        return changes;
    }

    private static boolean sameMove(CityClaim a, CityClaim b) {
        return a.kind().equals(b.kind()) && Objects.equals(a.actor(), b.actor());
    }

    /**
     * Whether another actor is firmly said to hold the city with weight comparable to the
     * holder's, and not only before the holder's latest capture (which superseded it).
     */
    private static boolean rivalsHoldingOn(Side holder, List<Side> firmSides) {
        return firmSides.stream().filter(s -> s != holder)
                .filter(s -> holder.latestCapture() == null || s.latestDated() == null
                        || !s.latestDated().isBefore(holder.latestCapture()))
                .anyMatch(s -> s.firmWeight() >= CONTEST_SHARE * holder.firmWeight());
    }

    /**
     * A capture by another actor known to be later than everything dated on the holder's side
     * (by event date, else publication day): the city changed hands again.
     */
    private static Side laterCapturer(Side holder, List<Side> firmSides) {
        Side latest = firmSides.stream().filter(s -> s.latestCapture() != null)
                .max(Comparator.comparing(Side::latestCapture)).orElse(null);
        if (latest == null || latest == holder || holder.latestDated() == null
                || !latest.latestCapture().isAfter(holder.latestDated())) {
            return retaker(holder, firmSides);
        }
        return latest;
    }

    /** The holder took the city back, and no rival's claim is dated after it did. */
    private static boolean heldSinceRetaking(Side holder, List<Side> firmSides) {
        return holder.retook() && firmSides.stream().filter(s -> s != holder).noneMatch(s -> s.latestDated() != null
                && holder.retookOn() != null && s.latestDated().isAfter(holder.retookOn()));
    }

    /**
     * A side the text says took the city back ("retook P", "P is back under X control") from a
     * holder that took nothing back itself, when the recapture is not dated before the holder's
     * latest claim: the recapture came after.
     */
    private static Side retaker(Side holder, List<Side> firmSides) {
        if (holder.retook()) {
            return null;
        }
        return firmSides.stream().filter(s -> s != holder && s.retook())
                .filter(s -> s.retookOn() == null || holder.latestDated() == null
                        || !s.retookOn().isBefore(holder.latestDated()))
                .findFirst().orElse(null);
    }

    private static List<Part> exceptions(List<CityClaim> stated, String holder) {
        Map<String, List<CityClaim>> byPart = group(stated.stream()
                .filter(c -> PARTIAL.contains(c.kind()) && c.actor() != null && !c.actor().equals(holder))
                .toList(), c -> partName(c).toLowerCase(Locale.ROOT) + "\u0000" + c.actor());
        return byPart.values().stream().map(claims -> {
            List<CityClaim> ordered = strongestFirst(claims);
            CityClaim first = ordered.get(0);
            return new Part(partName(first), first.actor(), documents(claims), ids(ordered));
        }).toList();
    }

    private static List<Dispute> disputes(List<CityClaim> stated, List<Side> sides, Side holder,
            List<StatusAssessment.Change> history) {
        List<Dispute> disputes = new ArrayList<>();
        if (sides.size() > 1) {
            List<Side> ordered = new ArrayList<>(sides);
            if (holder != null) {
                ordered.remove(holder);
                ordered.add(0, holder);
            }
            disputes.add(new Dispute("holder", ordered.stream()
                    .map(s -> value(s.actor(), s.claims())).toList()));
        }
        Map<String, List<CityClaim>> provinces = group(stated.stream()
                .filter(c -> c.kind().equals("LOCATED_IN") && c.province() != null).toList(), CityClaim::province);
        if (provinces.size() > 1) {
            disputes.add(new Dispute("province", values(provinces)));
        }
        // the day of the holder's last taking of the city: its earlier ones (before it lost the
        // city and took it back) are other events, not other reports of this one
        Set<Long> lastTaking = holder == null || history.isEmpty()
                || !holder.actor().equals(history.get(history.size() - 1).actor()) ? null
                : Set.copyOf(history.get(history.size() - 1).claims());
        List<CityClaim> captures = (holder == null ? stated : holder.claims()).stream()
                .filter(c -> c.kind().equals("CAPTURE") && (lastTaking == null || lastTaking.contains(c.id()))).toList();
        Map<String, List<CityClaim>> days = captureDays(captures);
        if (days.size() > 1) {
            disputes.add(new Dispute("capture day", values(days)));
        }
        return disputes;
    }

    /**
     * Captures grouped by the day they give: the resolved date when there is one, else the weekday
     * the text names. An undated weekday joins the one resolved date that falls on it.
     */
    static Map<String, List<CityClaim>> captureDays(List<CityClaim> captures) {
        Map<String, List<CityClaim>> byDay = new LinkedHashMap<>();
        for (CityClaim c : captures) {
            if (c.eventDate() != null) {
                byDay.computeIfAbsent(c.eventDate().toString(), k -> new ArrayList<>()).add(c);
            }
        }
        Map<String, List<String>> datesByWeekday = new HashMap<>();
        for (String date : byDay.keySet()) {
            datesByWeekday.computeIfAbsent(weekdayName(LocalDate.parse(date).getDayOfWeek()), k -> new ArrayList<>())
                    .add(date);
        }
        for (CityClaim c : captures) {
            String weekday = c.eventDate() == null ? weekday(c.eventTimeText()) : null;
            if (weekday != null) {
                List<String> dates = datesByWeekday.getOrDefault(weekday, List.of());
                String day = dates.size() == 1 ? dates.get(0) : weekday;
                byDay.computeIfAbsent(day, k -> new ArrayList<>()).add(c);
            }
        }
        return byDay;
    }

    /** The weekday a time expression names ("early on Thursday" → Thursday), or null. */
    public static String weekday(String timeText) {
        if (timeText == null) {
            return null;
        }
        Matcher m = WEEKDAY.matcher(timeText);
        return m.find() ? weekdayName(DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT))) : null;
    }

    private static String weekdayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static List<Value> values(Map<String, List<CityClaim>> groups) {
        return groups.entrySet().stream().map(e -> value(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(Value::documents).reversed()).toList();
    }

    private static Value value(String value, List<CityClaim> claims) {
        return new Value(value, documents(claims), ids(strongestFirst(claims)));
    }

    static boolean stated(CityClaim c) {
        return Firmness.stated(c.modality(), c.negated());
    }

    static boolean firm(CityClaim c) {
        return Firmness.firm(c.modality(), c.negated());
    }

    /**
     * The combined weight of independent sources: 1 − Π(1 − w), where w is each source's
     * firmest modality weight ({@link Firmness#weight}).
     */
    static double weight(List<CityClaim> claims) {
        Map<String, Double> best = new HashMap<>();
        for (CityClaim c : claims) {
            best.merge(c.source(), Firmness.weight(c.modality()), Math::max);
        }
        double doubt = 1;
        for (double w : best.values()) {
            doubt *= 1 - w;
        }
        return 1 - doubt;
    }

    /**
     * Strongest first, one claim per document before a second of any: each document's firmest
     * claim, then each document's next, so the first items show how many sources agree.
     */
    static List<CityClaim> strongestFirst(List<CityClaim> claims) {
        Comparator<CityClaim> firmest = Firmness.strongestFirst(CityClaim::modality)
                .thenComparingLong(CityClaim::documentId).thenComparingLong(CityClaim::id);
        List<CityClaim> sorted = claims.stream().sorted(firmest).toList();
        Map<Long, Integer> seen = new HashMap<>();
        Map<Long, Integer> turn = new HashMap<>();
        for (CityClaim c : sorted) {
            turn.put(c.id(), seen.merge(c.documentId(), 1, Integer::sum));
        }
        return sorted.stream().sorted(Comparator.<CityClaim>comparingInt(c -> turn.get(c.id())).thenComparing(firmest))
                .toList();
    }

    private static String partName(CityClaim c) {
        return c.part() == null || c.part().isBlank() ? "part of the city" : c.part();
    }

    /** The latest day the claims are known to hold on (event date, else publication day). */
    private static LocalDate latest(List<CityClaim> claims) {
        return claims.stream().map(CityClaim::knownOn).filter(Objects::nonNull).max(LocalDate::compareTo)
                .orElse(null);
    }

    private static LocalDate earliest(List<CityClaim> claims) {
        return claims.stream().map(CityClaim::eventDate).filter(Objects::nonNull).min(LocalDate::compareTo)
                .orElse(null);
    }

    static int documents(List<CityClaim> claims) {
        return (int) claims.stream().mapToLong(CityClaim::documentId).distinct().count();
    }

    static int publishers(List<CityClaim> claims) {
        Set<String> publishers = new LinkedHashSet<>();
        for (CityClaim c : claims) {
            if (c.publisher() != null && !c.publisher().isBlank()) {
                publishers.add(c.publisher().strip().toLowerCase(Locale.ROOT));
            }
        }
        return publishers.size();
    }

    private static List<Long> ids(List<CityClaim> claims) {
        return claims.stream().map(CityClaim::id).toList();
    }

    private static double round(double value) {
        return Math.round(value * 100 + 1e-9) / 100.0; // 0.455, computed as 0.45499…, is 0.46
    }

    private static <K> Map<K, List<CityClaim>> group(List<CityClaim> claims, Function<CityClaim, K> key) {
        Map<K, List<CityClaim>> groups = new LinkedHashMap<>();
        for (CityClaim c : claims) {
            groups.computeIfAbsent(key.apply(c), k -> new ArrayList<>()).add(c);
        }
        return groups;
    }
}
