package org.factquery.ask;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.factquery.api.Evidence;
import org.factquery.api.PageRequest;
import org.factquery.api.ProblemException;
import org.factquery.ask.Question.AboutCity;
import org.factquery.ask.Question.AboutTroops;
import org.factquery.ask.Question.CapitalsTaken;
import org.factquery.ask.Question.CityAspect;
import org.factquery.ask.Question.CityList;
import org.factquery.ask.Question.Disagreements;
import org.factquery.ask.Question.Party;
import org.factquery.ask.Question.TroopAspect;
import org.factquery.city.CityStatus;
import org.factquery.city.CityStatusService;
import org.factquery.city.CityViews.CityStatusView;
import org.factquery.city.CityViews.CitySummary;
import org.factquery.city.CityViews.DisputeValue;
import org.factquery.city.CityViews.DisputeView;
import org.factquery.city.CityViews.PartView;
import org.factquery.city.CityViews;
import org.factquery.city.StatusAssessment;
import org.factquery.city.StatusRules;
import org.factquery.claim.EvidenceRepository;
import org.factquery.conflict.ConflictService;
import org.factquery.conflict.ConflictView;
import org.factquery.conflict.Tally;
import org.factquery.deployment.DeploymentService;
import org.factquery.deployment.DeploymentService.DeploymentView;
import org.factquery.extraction.actor.ActorLexicon;
import org.factquery.extraction.gazetteer.Gazetteer;
import org.factquery.extraction.gazetteer.PlaceEntry;

/** Answers a question in English with one sentence of its own and the evidence behind it. */
@ApplicationScoped
public class AskService {

    private static final PageRequest ALL = new PageRequest(0, 500);

    private final QuestionParser parser;
    private final CityStatusService cities;
    private final DeploymentService deployments;
    private final ConflictService conflicts;
    private final EvidenceRepository evidence;
    private final Gazetteer gazetteer;
    private final ActorLexicon actors;

    public AskService(Gazetteer gazetteer, ActorLexicon actors, CityStatusService cities,
            DeploymentService deployments, ConflictService conflicts, EvidenceRepository evidence) {
        this.parser = new QuestionParser(gazetteer, actors);
        this.gazetteer = gazetteer;
        this.actors = actors;
        this.cities = cities;
        this.deployments = deployments;
        this.conflicts = conflicts;
        this.evidence = evidence;
    }

    @Transactional
    public AnswerView ask(String question, int evidenceLimit) {
        Question parsed = parser.parse(question).orElseThrow(() -> ProblemException.notUnderstood(
                "The question could not be mapped to a query; ask it in one of the understood forms",
                QuestionParser.FORMS));
        if (parsed instanceof AboutCity q) {
            return city(question, q, evidenceLimit);
        }
        if (parsed instanceof AboutTroops q) {
            return troops(question, q, evidenceLimit);
        }
        if (parsed instanceof CityList q) {
            return cityList(question, q);
        }
        if (parsed instanceof Disagreements q) {
            return disagreements(question, q, evidenceLimit);
        }
        return capitals(question, (CapitalsTaken) parsed, evidenceLimit);
    }

    /** One answer per city asked of, in the order asked, their evidence together. */
    private AnswerView city(String question, AboutCity q, int evidenceLimit) {
        List<String> names = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        List<String> queries = new ArrayList<>();
        List<Evidence> shown = new ArrayList<>();
        for (String asked : q.cities()) {
            String countryCode = q.country() == null ? null
                    : gazetteer.country(q.country()).map(org.factquery.extraction.gazetteer.CountryEntry::code).orElse(null);
            CityStatusView s = cities.status(asked, countryCode, null, evidenceLimit);
            names.add(s.city().name());
            answers.add(cityAnswer(s, leftBy(asked, q.country(), s), q.aspect(), shown));
            queries.add(cityQuery(asked, q.country(), s.city()));
        }
        Map<String, String> interpretation = interpretation("form", switch (q.aspect()) {
            case WHO_CONTROLS -> "who-controls";
            case HAS_FALLEN -> "has-fallen";
            case WHEN_FELL -> "when-fell";
        }, "city", names.get(0), "cities", names.size() > 1 ? String.join(", ", names) : null,
                "country", q.country());
        return new AnswerView(question, interpretation, queries.get(0), queries, String.join(" ", answers),
                distinct(shown));
    }

    /**
     * The status query for a city as asked: the name as asked, which resolves to it as the
     * question did; by its id when the question named it by id or misspelt it.
     */
    private static String cityQuery(String asked, String country, CityViews.CityRef city) {
        boolean byName = !"id".equals(city.resolvedBy()) && !"fuzzy".equals(city.matchedBy());
        return byName ? "/cities/" + encode(asked) + "/status" + (country == null ? "" : "?country=" + encode(country))
                : "/cities/" + encode(city.id()) + "/status";
    }

    /** Who last left a city that no one named holds since: the actor of its latest withdrawal, else null. */
    private String leftBy(String asked, String country, CityStatusView s) {
        if (s.status() != CityStatus.CAPTURED || s.controlledBy() != null
                || s.evidence().stream().noneMatch(e -> e.kind().equals("WITHDRAWAL"))) {
            return null;
        }
        List<CityViews.ChangeView> changes = cities.history(asked, country, null, 1).changes();
        return changes.isEmpty() || changes.get(changes.size() - 1).change() != StatusAssessment.ChangeKind.WITHDRAWAL
                ? null : changes.get(changes.size() - 1).actor();
    }

    private static String cityAnswer(CityStatusView s, String leftBy, CityAspect aspect, List<Evidence> shown) {
        String city = s.city().name();
        String holder = the(s.controlledBy());
        String fell = fell(s);
        List<Evidence> own = new ArrayList<>(s.evidence());
        s.exceptions().forEach(p -> own.add(p.evidence()));
        String answer = switch (aspect) {
            case WHO_CONTROLS -> whoControls(s, leftBy);
            case HAS_FALLEN -> switch (s.status()) {
                case CAPTURED -> "Yes: " + city + " " + fell + ", according to " + reports(s)
                        + " (confidence " + s.confidence() + ")" + exceptions(s) + ".";
                case HELD -> "No: " + city + " is still held by " + holder + ", according to "
                        + reports(s) + forecasts(s, own) + ".";
                case CONTESTED -> "Not clearly: " + lowerFirst(whoControls(s, leftBy));
                case UNKNOWN -> "The store holds no report that " + city + " has fallen" + forecasts(s, own) + ".";
            };
            case WHEN_FELL -> whenFell(s, own);
        };
        shown.addAll(own);
        return answer;
    }

    /** "3 documents", or "1 document about the province it is the capital of" for an inferred status. */
    private static String reports(CityStatusView s) {
        return documents(s.documents()) + (s.inferredFrom() == null ? "" : " about the province it is the capital of");
    }

    private static String whoControls(CityStatusView s, String leftBy) {
        String city = s.city().name();
        return switch (s.status()) {
            case CAPTURED -> s.controlledBy() == null && leftBy != null
                    ? capitalize(the(leftBy)) + " is reported to have withdrawn from " + city + ", according to "
                            + reports(s) + " (confidence " + s.confidence() + "); no report says who "
                            + "holds it now."
                    : (s.controlledBy() == null
                    ? city + " is reported to have fallen, but no report says to whom: "
                    : city + " has been captured by " + the(s.controlledBy()) + ", ")
                    + "according to " + reports(s) + " (confidence " + s.confidence() + ")"
                    + exceptions(s) + ".";
            case HELD -> city + " is held by " + the(s.controlledBy()) + ", according to " + reports(s)
                    + " (confidence " + s.confidence() + ")" + exceptions(s) + ".";
            case CONTESTED -> s.controlledBy() != null
                    ? city + " is held by " + the(s.controlledBy()) + " but contested: another side is reported "
                            + "attacking it or taking part of it (confidence " + s.confidence() + ")."
                    : s.disputes().stream().filter(d -> d.about().equals("holder")).findFirst()
                            .map(d -> "Reports disagree on who holds " + city + ": "
                                    + join(d.values().stream().map(v -> the(v.value()) + " ("
                                            + documents(v.documents()) + ")").toList(), "or") + ".")
                            .orElse(city + " is contested: " + (s.evidence().stream()
                                    .anyMatch(e -> e.kind().equals("ATTACK")) ? "it is reported under attack"
                                    : "the reports about it are unconfirmed") + ", and no side is firmly "
                                    + "reported holding it.");
            case UNKNOWN -> "The store holds no report on who controls " + city + ".";
        };
    }

    private static String whenFell(CityStatusView s, List<Evidence> shown) {
        String city = s.city().name();
        if (s.status() != CityStatus.CAPTURED) {
            return "The store holds no firm report that " + city + " has fallen: "
                    + lowerFirst(whoControls(s, null));
        }
        String fell = fell(s);
        DisputeView days = s.disputes().stream().filter(d -> d.about().equals("capture day")).findFirst().orElse(null);
        if (days != null) {
            shown.clear();
            days.values().forEach(v -> shown.addAll(v.evidence()));
            return "Reports disagree on when " + city + " " + fell + ": " + join(days.values().stream()
                    .map(v -> v.value() + " (" + documents(v.documents()) + ")").toList(), "or") + ".";
        }
        if (s.since() != null) {
            return city + " " + fell + " on " + s.since() + ", according to " + documents(s.documents()) + ".";
        }
        List<Evidence> dated = s.evidence().stream().filter(e -> e.kind().equals("CAPTURE")
                && StatusRules.weekday(e.eventTimeText()) != null).toList();
        if (!dated.isEmpty()) {
            shown.clear();
            shown.addAll(dated);
            return city + " " + fell + " on " + StatusRules.weekday(dated.get(0).eventTimeText())
                    + ", according to " + documents((int) dated.stream().mapToLong(Evidence::documentId).distinct()
                            .count()) + "; the reports give no date.";
        }
        return city + " " + fell + ", according to " + documents(s.documents())
                + "; the reports give no day.";
    }

    /**
     * The latest total the reports state for a country, with the increments behind it; a total
     * is never computed by adding deployments up.
     */
    private String total(String sender, String country, int evidenceLimit, List<Evidence> shown) {
        if (country == null) {
            return "Ask about one country: totals are stated per sending country.";
        }
        List<DeploymentService.CountryTotalView> totals = deployments.totals(country, evidenceLimit);
        DeploymentService.CountryTotalView t = totals.isEmpty() ? null : totals.get(0);
        List<DeploymentView> increments = t == null ? List.of()
                : t.deployments().stream().filter(d -> "increment".equals(d.role())).toList();
        increments.forEach(d -> shown.addAll(d.evidence()));
        String behind = increments.isEmpty() ? "" : "; the increments reported: " + join(increments.stream()
                .map(d -> troops(d) + (d.destination() == null ? "" : " to " + d.destination())).toList(), "and");
        if (t == null || t.total() == null) {
            return "No report states a total for " + theCountry(country) + behind + ".";
        }
        shown.addAll(0, t.total().evidence());
        return sender + " is reported sending " + troops(t.total()) + " in total"
                + (t.total().destination() == null ? "" : " to " + t.total().destination())
                + " (the latest stated total, " + documents(t.total().documents()) + ")" + behind + ".";
    }

    private AnswerView troops(String question, AboutTroops q, int evidenceLimit) {
        String country = q.country() == null ? null : knownCountry(q.country());
        List<DeploymentView> found = deployments.list(country, q.destination(), null, evidenceLimit, ALL).items();
        String sender = country == null ? "Countries" : capitalize(theCountry(country));
        String to = q.destination() == null ? "" : " to " + q.destination();
        List<DeploymentView> counted = found.stream().filter(d -> d.troops() != null).toList();
        List<Evidence> shown = new ArrayList<>();
        String answer;
        if (found.isEmpty()) {
            answer = "The store holds no report of " + (country == null ? "any country" : theCountry(country))
                    + " sending troops" + to + ".";
        } else {
            answer = switch (q.aspect()) {
                case TOTAL -> total(sender, country, evidenceLimit, shown);
                case STAGING -> {
                    List<DeploymentView> held = found.stream()
                            .filter(d -> "standby".equals(d.status()) || "staged".equals(d.status())).toList();
                    held.forEach(d -> shown.addAll(d.evidence()));
                    yield held.isEmpty() ? "No report says " + (country == null ? "any country" : theCountry(country))
                            + " is staging troops or holding them on standby" + to + "."
                            : sender + " " + verb(country) + " reported holding troops ready " + join(held.stream()
                                    .map(d -> (d.destination() == null ? "somewhere not named" : "in " + d.destination())
                                            + " (" + troops(d) + ", " + d.status() + ", " + documents(d.documents())
                                            + ")").toList(), "and") + ".";
                }
                case HOW_MANY -> {
                    List<DeploymentView> shownDeployments = counted.isEmpty() ? found : counted;
                    shownDeployments.forEach(d -> shown.addAll(d.evidence()));
                    yield sender + (country == null ? " are" : " is") + " reported sending " + join(shownDeployments
                            .stream().map(d -> (country == null ? theCountry(d.country()) + ": " : "") + troops(d)
                                    + (d.destination() == null ? "" : " to " + d.destination())
                                    + " (" + documents(d.documents()) + ")").toList(), "and") + ".";
                }
                case WHERE -> {
                    List<DeploymentView> placed = found.stream().filter(d -> d.destination() != null).toList();
                    placed.forEach(d -> shown.addAll(d.evidence()));
                    yield placed.isEmpty() ? "The reports do not say where " + sender + " " + verb(country)
                            + " sending troops."
                            : sender + " " + verb(country) + " reported sending troops " + join(placed.stream()
                                    .map(d -> "to " + d.destination() + " (" + troops(d) + ", "
                                            + documents(d.documents()) + ")").toList(), "and") + ".";
                }
                case WHY -> {
                    List<DeploymentView> explained = found.stream().filter(d -> !d.purpose().isEmpty()).toList();
                    explained.forEach(d -> shown.addAll(d.evidence()));
                    yield explained.isEmpty() ? "The reports do not say why " + sender + " " + verb(country)
                            + " sending troops."
                            : sender + " " + verb(country) + " reported sending " + join(explained.stream()
                                    .map(d -> troops(d) + (d.destination() == null ? "" : " to " + d.destination())
                                            + " " + d.purpose().get(0)).toList(), "and") + ".";
                }
            };
        }
        StringBuilder query = new StringBuilder(q.aspect() == TroopAspect.TOTAL ? "/deployments/totals" : "/deployments");
        if (country != null || q.destination() != null) {
            query.append('?');
            if (country != null) {
                query.append("country=").append(encode(country));
            }
            if (q.destination() != null) {
                query.append(country != null ? "&" : "").append("destination=").append(encode(q.destination()));
            }
        }
        return new AnswerView(question, interpretation("form", "troops-" + q.aspect().name().toLowerCase(Locale.ROOT)
                .replace('_', '-'), "country", country, "destination", q.destination()), query.toString(), answer,
                distinct(shown));
    }

    /**
     * Tallies of capitals taken as the reports give them, and the capitals of countries and of
     * their provinces (states, regions) the store itself has reported captured, by the party asked
     * about when the question names one.
     */
    private AnswerView capitals(String question, CapitalsTaken q, int evidenceLimit) {
        List<Tally> tallies = conflicts.tallies().stream()
                .filter(t -> t.what() != null && t.what().toLowerCase(Locale.ROOT).contains("capital")).toList();
        Map<String, List<Tally>> byValue = new LinkedHashMap<>();
        tallies.forEach(t -> byValue.computeIfAbsent(t.label(), k -> new ArrayList<>()).add(t));
        Integer of = tallies.stream().map(Tally::of).filter(Objects::nonNull).findFirst().orElse(null);
        List<Long> ids = new ArrayList<>();
        byValue.values().forEach(ts -> ids.add(ts.get(0).claimId()));
        tallies.stream().map(Tally::claimId).filter(id -> !ids.contains(id)).limit(Math.max(0, evidenceLimit - ids.size()))
                .forEach(ids::add);
        List<Evidence> shown = new ArrayList<>(evidence.ofClaims(ids));
        List<CitySummary> captured = cities.list(CityStatus.CAPTURED, null, null, ALL).items().stream()
                .filter(c -> gazetteer.byId(c.city().id()).map(PlaceEntry::isProvincialCapital).orElse(false))
                .filter(c -> matches(q.party(), c.controlledBy()))
                .toList();
        captured.forEach(c -> shown.addAll(c.evidence()));
        String by = q.party() == null ? "" : " by " + party(q.party());
        String reported = byValue.isEmpty() ? "No article in the store gives a tally of capitals taken"
                : "Reports give " + join(new ArrayList<>(byValue.keySet()), "and")
                        + (of == null ? "" : " of " + of) + " provincial capitals taken";
        String stored = captured.isEmpty() ? "the store itself holds no report of a provincial capital captured" + by
                : "the store itself has " + captured.size() + " provincial capital" + (captured.size() == 1 ? "" : "s")
                        + " reported captured" + by + citiesInWords(captured.stream().map(CitySummary::city).toList());
        return new AnswerView(question, interpretation("form", "capitals-taken", "actor", actorOf(q.party()),
                "side", sideOf(q.party())), "/claims?kind=COUNT", reported + "; " + stored + ".", distinct(shown));
    }

    /** Whether a holder is the party asked about: the named actor, or any actor of the side asked about. */
    private boolean matches(Party party, String holder) {
        if (party == null) {
            return true;
        }
        if (holder == null) {
            return false;
        }
        if (party.isNamed()) {
            return party.actors().stream().anyMatch(holder::equalsIgnoreCase);
        }
        return actors.side(holder).map(side -> side == party.side()).orElse(false);
    }

    /** "the Taliban", or for a side "any government" / "any armed group". */
    private static String party(Party party) {
        if (party.isNamed()) {
            return join(party.actors().stream().map(AskService::the).toList(), "or");
        }
        return switch (party.side()) {
            case GOVERNMENT -> "any government";
            case INSURGENT -> "any armed group";
            default -> "any " + party.side().name().toLowerCase(Locale.ROOT) + " actor";
        };
    }

    private static String actorOf(Party party) {
        return party == null || !party.isNamed() ? null : String.join(", ", party.actors());
    }

    private static String sideOf(Party party) {
        return party == null || party.side() == null ? null : party.side().name();
    }

    private AnswerView cityList(String question, CityList q) {
        List<CitySummary> all = cities.list(null, null, null, ALL).items();
        List<CitySummary> matching = all.stream().filter(c -> switch (q.holding()) {
            case CAPTURED -> c.status() == CityStatus.CAPTURED && matches(q.party(), c.controlledBy());
            case CONTROLLED -> c.controlledBy() != null && matches(q.party(), c.controlledBy());
            case CONTESTED -> c.status() == CityStatus.CONTESTED;
        }).toList();
        String answer;
        if (matching.isEmpty()) {
            String who = q.party() == null ? null : party(q.party());
            answer = switch (q.holding()) {
                case CAPTURED -> "The store holds no report of " + (who == null ? "any city captured"
                        : who + " capturing a city") + ".";
                case CONTROLLED -> "The store holds no report of " + (who == null ? "any side" : who) + " holding a city.";
                case CONTESTED -> "The store holds no report of a contested city.";
            };
        } else if (q.holding() == Question.Holding.CONTESTED) {
            answer = count(matching.size(), "city is", "cities are") + " contested"
                    + citiesInWords(matching.stream().map(CitySummary::city).toList()) + ".";
        } else if (q.holding() == Question.Holding.CAPTURED && q.party() == null) {
            answer = count(matching.size(), "city is", "cities are") + " reported to have fallen"
                    + citiesInWords(matching.stream().map(CitySummary::city).toList()) + ".";
        } else {
            // one sentence per holder: "the Taliban is reported holding 3 cities: ..."
            Map<String, List<CitySummary>> byHolder = new LinkedHashMap<>();
            matching.forEach(c -> byHolder.computeIfAbsent(c.controlledBy() == null ? "" : c.controlledBy(),
                    k -> new ArrayList<>()).add(c));
            List<String> parts = new ArrayList<>();
            byHolder.forEach((holder, held) -> parts.add(capitalize(the(holder.isEmpty() ? null : holder))
                    + " is reported " + (q.holding() == Question.Holding.CAPTURED ? "to have captured " : "holding ")
                    + count(held.size(), "city", "cities") + citiesInWords(held.stream().map(CitySummary::city).toList())));
            answer = String.join("; ", parts) + ".";
        }
        List<Evidence> shown = new ArrayList<>();
        matching.forEach(c -> shown.addAll(c.evidence()));
        return new AnswerView(question, interpretation("form", "city-list", "actor", actorOf(q.party()),
                "side", sideOf(q.party()), "holding", q.holding().name()), q.holding() == Question.Holding.CONTROLLED
                        ? "/cities" : "/cities?status=" + q.holding().name(), answer, distinct(shown));
    }

    /** ": Ghazni, Herat and Kandahar (Afghanistan)" for one country, else ": Sirte (Libya) and Baidoa (Somalia)". */
    private static String citiesInWords(List<CityViews.CityRef> cities) {
        if (cities.isEmpty()) {
            return "";
        }
        long countries = cities.stream().map(CityViews.CityRef::country).distinct().count();
        if (countries == 1) {
            String country = cities.get(0).country();
            return ": " + join(cities.stream().map(CityViews.CityRef::name).toList(), "and")
                    + (country == null ? "" : " (" + country + ")");
        }
        return ": " + join(cities.stream().map(c -> c.name() + (c.country() == null ? "" : " (" + c.country() + ")"))
                .toList(), "and");
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private AnswerView disagreements(String question, Disagreements q, int evidenceLimit) {
        List<ConflictView> found = conflicts.list(q.city(), null, evidenceLimit, ALL).items();
        String about = q.city() == null ? null : found.isEmpty() ? cities.status(q.city(), null, null, 1).city().name()
                : found.get(0).subject();
        List<Evidence> shown = new ArrayList<>();
        found.forEach(c -> c.values().forEach(v -> shown.addAll(v.evidence().stream().limit(1).toList())));
        String answer;
        if (found.isEmpty()) {
            answer = "The reports in the store do not disagree" + (about == null ? "" : " about " + about) + ".";
        } else if (about != null) {
            answer = "Reports disagree about " + about + " on " + join(found.stream().map(AskService::point).toList(),
                    "and") + ".";
        } else {
            answer = "Reports disagree on " + found.size() + " point" + (found.size() == 1 ? "" : "s") + ": "
                    + join(found.stream().map(c -> (c.place() == null ? "" : c.subject() + ", ") + point(c)).toList(),
                            "; ") + ".";
        }
        return new AnswerView(question, interpretation("form", "disagreements", "city", about),
                about == null ? "/conflicts" : "/conflicts?place=" + encode(about), answer, distinct(shown));
    }

    /** One disagreement in words: "its province (Helmand or Kandahar)". */
    private static String point(ConflictView c) {
        String values = join(c.values().stream().map(DisputeValue::value).toList(), "or");
        return switch (c.about()) {
            case "holder" -> "who holds it (" + join(c.values().stream().map(v -> the(v.value())).toList(), "or") + ")";
            case "province" -> "its province (" + values + ")";
            case "capture day" -> "the day it fell (" + values + ")";
            default -> "the tally of " + c.subject() + (c.when() == null ? "" : " on " + c.when()) + ": " + values;
        };
    }

    private String knownCountry(String name) {
        try {
            return deployments.country(name);
        } catch (ProblemException e) {
            throw ProblemException.unknownName("No country named '" + name + "' is known", e.suggestions());
        }
    }

    private static String exceptions(CityStatusView s) {
        List<PartView> parts = s.exceptions();
        return parts.isEmpty() ? "" : "; " + join(parts.stream().map(p -> the(p.heldBy()) + " still holds its "
                + p.part()).toList(), "and");
    }

    private static String forecasts(CityStatusView s, List<Evidence> shown) {
        if (s.forecastsTotal() == 0) {
            return "";
        }
        shown.addAll(s.forecasts());
        return "; " + s.forecastsTotal() + (s.forecastsTotal() == 1 ? " report forecasts" : " reports forecast")
                + " it could fall";
    }

    /** "fell to the Taliban", or "fell" when no report says to whom. */
    private static String fell(CityStatusView s) {
        return s.controlledBy() == null ? "fell" : "fell to " + the(s.controlledBy());
    }

    private static String troops(DeploymentView d) {
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        if (d.troops() == null) {
            return "troops, number not given";
        }
        return n.format(d.troops()) + (d.troopsMax() == null ? "" : " to " + n.format(d.troopsMax())) + " troops";
    }

    private static String verb(String country) {
        return country == null ? "are" : "is";
    }

    private static String documents(int n) {
        return n + (n == 1 ? " document" : " documents");
    }

    /** "the Taliban", "the Afghan government", "the United States"; "al-Shabaab" takes no article. */
    /** Country names that take an article ("the United States", "the Netherlands"): {@link CountryArticles}. */
    private static final CountryArticles COUNTRY_ARTICLES = CountryArticles.load();

    /** A country's name as a sentence needs it: "the United States", "France". */
    static String theCountry(String country) {
        return COUNTRY_ARTICLES.takesArticle(country) ? "the " + country : country;
    }

    static String the(String actor) {
        if (actor == null) {
            return "an unnamed side";
        }
        boolean noArticle = actor.regionMatches(true, 0, "the ", 0, 4) || Character.isLowerCase(actor.charAt(0));
        return noArticle ? actor : "the " + actor;
    }

    /** "A", "A or B", "A, B and C"; a separator other than a word joins all items with it. */
    static String join(List<String> items, String word) {
        if (!word.chars().allMatch(Character::isLetter)) {
            return String.join(word, items);
        }
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + word + " " + items.get(items.size() - 1);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Map<String, String> interpretation(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                map.put(keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return map;
    }

    private static List<Evidence> distinct(List<Evidence> evidence) {
        LinkedHashSet<Long> seen = new LinkedHashSet<>();
        return evidence.stream().filter(Objects::nonNull).filter(e -> seen.add(e.claimId())).toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("%3A", ":");
    }
}
