package org.factquery.deployment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.factquery.claim.Firmness;

/**
 * Merges reports of the same deployment. Pure: reports in, deployments out.
 *
 * <ol>
 * <li>Reports with a count join a deployment of the same country whose count they match or
 * whose range they overlap, and whose destination agrees with theirs: equal, unknown on one side,
 * or a city inside the other's country ("Kabul" and "Afghanistan"). A total ("bringing the total
 * to 6,000") and an increment ("an additional 1,000") never join: a total is not added to its
 * parts, nor a part taken for the whole.</li>
 * <li>A report without a count ("will send troops", "hundreds of soldiers") joins the one counted
 * deployment it agrees with, preferring the same destination (one that names a destination joins
 * only a deployment that names one too); when it agrees with several, or none, it is a
 * deployment of its own rather than a guess.</li>
 * </ol>
 */
public final class DeploymentMerger {

    private DeploymentMerger() {
    }

    private static final class Group {
        final List<DeploymentReport> reports = new ArrayList<>();
        DeploymentReport.Range range;
        String destination;
        String destinationKind;
        String destinationCountry;
        String role;
        boolean withdrawing;

        Group(DeploymentReport first) {
            withdrawing = first.withdrawing();
            add(first);
        }

        void add(DeploymentReport r) {
            reports.add(r);
            role = role == null ? r.role() : role;
            DeploymentReport.Range theirs = r.troops() == null ? null : r.range();
            if (theirs != null) {
                range = range == null ? theirs : new DeploymentReport.Range(Math.max(range.min(), theirs.min()),
                        Math.min(range.max(), theirs.max()));
            }
            if (r.destination() != null && (destination == null || "COUNTRY".equals(destinationKind)
                    && !"COUNTRY".equals(r.destinationKind()))) {
                destination = r.destination(); // the most specific destination wins
                destinationKind = r.destinationKind();
                destinationCountry = r.destinationCountry();
            }
        }

        boolean counted() {
            return range != null;
        }

        boolean sameDestination(DeploymentReport r) {
            return r.destination() != null && r.destination().equals(destination);
        }

        boolean destinationAgrees(DeploymentReport r) {
            if (r.destination() == null || destination == null || r.destination().equals(destination)) {
                return true;
            }
            return "COUNTRY".equals(r.destinationKind()) && r.destination().equals(destinationCountry)
                    || "COUNTRY".equals(destinationKind) && destination.equals(r.destinationCountry());
        }

        boolean countAgrees(DeploymentReport r) {
            DeploymentReport.Range theirs = r.range();
            return r.roleAgrees(role) && r.withdrawing() == withdrawing
                    && (theirs == null || range == null || range.overlaps(theirs));
        }
    }

    public static List<Deployment> merge(List<DeploymentReport> reports) {
        Map<String, List<DeploymentReport>> byCountry = new LinkedHashMap<>();
        for (DeploymentReport r : reports) {
            byCountry.computeIfAbsent(Objects.requireNonNullElse(r.country(), ""), k -> new ArrayList<>()).add(r);
        }
        List<Deployment> deployments = new ArrayList<>();
        for (List<DeploymentReport> country : byCountry.values()) {
            List<Group> groups = new ArrayList<>();
            // exact counts first, then the narrowest ranges: the result does not depend on report order
            List<DeploymentReport> counted = country.stream().filter(r -> r.troops() != null)
                    .sorted(Comparator.comparingInt((DeploymentReport r) -> r.range().max() - r.range().min())
                            .thenComparingInt(DeploymentReport::troops).thenComparingLong(DeploymentReport::claimId))
                    .toList();
            for (DeploymentReport r : counted) {
                groups.stream().filter(g -> g.countAgrees(r) && g.destinationAgrees(r)).findFirst()
                        .ifPresentOrElse(g -> g.add(r), () -> groups.add(new Group(r)));
            }
            List<Group> uncounted = new ArrayList<>();
            for (DeploymentReport r : country) {
                if (r.troops() == null) {
                    Group home = home(r, groups);
                    if (home != null) {
                        home.add(r);
                    } else {
                        uncounted.stream().filter(g -> Objects.equals(g.destination, r.destination())
                                && r.roleAgrees(g.role) && r.withdrawing() == g.withdrawing).findFirst()
                                .ifPresentOrElse(g -> g.add(r), () -> uncounted.add(new Group(r)));
                    }
                }
            }
            groups.addAll(uncounted);
            groups.forEach(g -> deployments.add(deployment(g)));
        }
        deployments.sort(Comparator.comparingInt(Deployment::documents).reversed()
                .thenComparing(d -> d.troops() == null ? 0 : -d.troops()));
        return deployments;
    }

    /**
     * The one counted deployment an uncounted report belongs to, or null when that is not clear. A
     * report that names a destination joins only a deployment that names one too: a destination
     * is never lent to a deployment whose own reports do not give it.
     */
    private static Group home(DeploymentReport r, List<Group> groups) {
        List<Group> agree = groups.stream().filter(g -> g.counted() && g.countAgrees(r) && g.destinationAgrees(r)
                && (r.destination() == null || g.destination != null)).toList();
        List<Group> same = agree.stream().filter(g -> g.sameDestination(r)).toList();
        if (same.size() == 1) {
            return same.get(0);
        }
        return agree.size() == 1 ? agree.get(0) : null;
    }

    private static Deployment deployment(Group g) {
        List<DeploymentReport> strongest = g.reports.stream()
                .sorted(Firmness.strongestFirst(DeploymentReport::modality)
                        .thenComparingLong(DeploymentReport::documentId).thenComparingLong(DeploymentReport::claimId))
                .toList();
        Integer troops = g.range == null ? null : mostReported(g.reports, DeploymentReport::troops);
        Integer troopsMax = g.reports.stream().map(DeploymentReport::troopsMax)
                .filter(m -> m != null && troops != null && m > troops).findFirst().orElse(null);
        LinkedHashSet<String> units = new LinkedHashSet<>();
        g.reports.forEach(r -> units.addAll(r.units()));
        java.time.LocalDate lastDay = g.reports.stream().map(DeploymentReport::day).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        return new Deployment(g.reports.get(0).country(), troops, troopsMax, List.copyOf(units), g.destination,
                byReports(g.reports, DeploymentReport::purpose), byReports(g.reports, DeploymentReport::timeframe),
                (int) g.reports.stream().mapToLong(DeploymentReport::documentId).distinct().count(),
                strongest.stream().map(DeploymentReport::claimId).toList(), g.role,
                mostReported(g.reports, DeploymentReport::status), lastDay);
    }

    private static <T> T mostReported(List<DeploymentReport> reports, Function<DeploymentReport, T> value) {
        List<T> ranked = byReports(reports, value);
        return ranked.isEmpty() ? null : ranked.get(0);
    }

    /** The distinct non-null values, the one most reports give first (ties in report order). */
    private static <T> List<T> byReports(List<DeploymentReport> reports, Function<DeploymentReport, T> value) {
        Map<T, Integer> counts = new LinkedHashMap<>();
        for (DeploymentReport r : reports) {
            T v = value.apply(r);
            if (v != null) {
                counts.merge(v, 1, Integer::sum);
            }
        }
        List<T> values = new ArrayList<>(counts.keySet());
        values.sort(Comparator.comparingInt(v -> -counts.get(v)));
        return values;
    }
}
