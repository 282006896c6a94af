package org.factquery.ask;

import java.util.List;

import org.factquery.extraction.actor.Side;

/** A question in English, mapped to one of the structured queries the service answers. */
public sealed interface Question {

    /**
     * Who holds one or more cities, whether they have fallen, or when. Each city is the name as
     * asked; {@code country}, when the question names one ("Tripoli in Lebanon"), narrows which
     * place of that name is meant.
     */
    record AboutCity(List<String> cities, CityAspect aspect, String country) implements Question {

        public AboutCity {
            cities = List.copyOf(cities);
            if (cities.isEmpty()) {
                throw new IllegalArgumentException("a question about cities names at least one");
            }
        }

        AboutCity(String city, CityAspect aspect) {
            this(List.of(city), aspect, null);
        }
    }

    /** How many troops a country sends, where, or why; either may be null (any country, anywhere). */
    record AboutTroops(String country, String destination, TroopAspect aspect) implements Question {
    }

    /** How many capitals of provinces (or states, regions) have been taken, by an actor or side when given. */
    record CapitalsTaken(Party party) implements Question {
    }

    /** Which cities a party (any when null) has captured, holds, or which are contested. */
    record CityList(Party party, Holding holding) implements Question {
    }

    /**
     * Who a question asks about: the named actors a name may mean ("al-Shabaab" is the name of two
     * groups in two wars; "Libyan government") or, for a generic word ("the rebels", "the
     * government"), only a side.
     */
    record Party(List<String> actors, Side side) {

        public Party {
            actors = List.copyOf(actors);
        }

        static Party named(List<String> actors) {
            return new Party(actors, null);
        }

        static Party named(String actor) {
            return new Party(List.of(actor), null);
        }

        static Party generic(Side side) {
            return new Party(List.of(), side);
        }

        boolean isNamed() {
            return !actors.isEmpty();
        }
    }

    /** Where reports disagree, about one city when {@code city} is given. */
    record Disagreements(String city) implements Question {
    }

    enum CityAspect { WHO_CONTROLS, HAS_FALLEN, WHEN_FELL }

    enum TroopAspect { HOW_MANY, TOTAL, WHERE, STAGING, WHY }

    enum Holding { CAPTURED, CONTROLLED, CONTESTED }
}
