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
 * it. Otherwise it is CAPTURED when the holder is said to have taken it, HELD when only to hold it.</li>
 * <li>A city firmly said to have fallen without anyone named as taking it ("X fell on Tuesday"),
 * and held by no named actor, is CAPTURED with an unknown holder ({@code controlledBy} null).</li>
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

    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b", Pattern.CASE_INSENSITIVE);

    private StatusRules() {
    }

    /** One actor's claims to hold the city. */
    private record Side(String actor, List<CityClaim> claims, double firmWeight, double weight,
            LocalDate latestCapture, LocalDate latestDated) {

        static Side of(String actor, List<CityClaim> claims) {
            List<CityClaim> firm = claims.stream().filter(StatusRules::firm).toList();
            return new Side(actor, claims, StatusRules.weight(firm), StatusRules.weight(claims),
                    latest(firm.stream().filter(c -> c.kind().equals("CAPTURE")).toList()), latest(firm));
        }

        boolean firm() {
            return firmWeight > 0;
        }

        boolean hasFirmCapture() {
            return claims.stream().anyMatch(c -> c.kind().equals("CAPTURE") && StatusRules.firm(c));
        }
    }

    public static StatusAssessment assess(List<CityClaim> claims) {
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
            }
        }
        String holderActor = holder == null ? null : holder.actor();
        // "X fell": taken, by nobody named; it tells who holds the city only when no one named does
        List<CityClaim> unnamedCaptures = holder != null ? List.of() : stated.stream()
                .filter(c -> c.kind().equals("CAPTURE") && c.actor() == null && firm(c)).toList();
        LocalDate holderSince = earliest((holder == null ? unnamedCaptures : holder.claims()).stream()
                .filter(c -> c.kind().equals("CAPTURE") && firm(c)).toList());
        Predicate<CityClaim> rival = c -> c.actor() != null && !c.actor().equals(holderActor)
                && (holderSince == null || c.eventDate() == null || !c.eventDate().isBefore(holderSince));

        CityStatus status;
        String controlledBy = holderActor;
        if (holder == null && !unnamedCaptures.isEmpty()) {
            status = CityStatus.CAPTURED;
        } else if (holder == null) {
            boolean anything = stated.stream().anyMatch(c -> ABOUT_CONTROL.contains(c.kind()));
            status = anything ? CityStatus.CONTESTED : CityStatus.UNKNOWN;
        } else if (!settledByDate && rivalsHoldingOn(holder, firmSides)) {
            status = CityStatus.CONTESTED;
            controlledBy = null;
        } else if (stated.stream().anyMatch(c -> firm(c) && rival.test(c)
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
            double opposition = weight(stated.stream().filter(c -> rival.test(c)
                    && (HOLDING.contains(c.kind()) || c.kind().equals("ATTACK")
                            || c.kind().equals("PARTIAL_CAPTURE"))).toList());
            confidence = round(Math.min(MAX_CONFIDENCE, weight(support) * (1 - opposition / 2)));
        }
        List<CityClaim> forecasts = claims.stream()
                .filter(c -> !c.negated() && "FORECAST".equals(c.modality()) && ABOUT_CONTROL.contains(c.kind()))
                .toList();
        return new StatusAssessment(status, controlledBy, status == CityStatus.CAPTURED ? holderSince : null,
                confidence, documents(support), publishers(support), ids(strongestFirst(support)),
                exceptions(stated, holderActor), ids(strongestFirst(forecasts)),
                disputes(stated, sides, holder));
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
            return null;
        }
        return latest;
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

    private static List<Dispute> disputes(List<CityClaim> stated, List<Side> sides, Side holder) {
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
        List<CityClaim> captures = (holder == null ? stated : holder.claims()).stream()
                .filter(c -> c.kind().equals("CAPTURE")).toList();
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
