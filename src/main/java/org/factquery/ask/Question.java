package org.factquery.ask;

import java.util.List;

/** A question in English, mapped to one of the structured queries the service answers. */
public sealed interface Question {

    /**
     * Who holds one or more cities, whether they have fallen, or when. A city is the name as asked
     * when not recognised.
     */
    record AboutCity(List<String> cities, CityAspect aspect) implements Question {

        public AboutCity {
            cities = List.copyOf(cities);
            if (cities.isEmpty()) {
                throw new IllegalArgumentException("a question about cities names at least one");
            }
        }

        AboutCity(String city, CityAspect aspect) {
            this(List.of(city), aspect);
        }
    }

    /** How many troops a country sends, where, or why; either may be null (any country, anywhere). */
    record AboutTroops(String country, String destination, TroopAspect aspect) implements Question {
    }

    /** How many provincial capitals have been taken. */
    record CapitalsTaken() implements Question {
    }

    /** Which cities an actor (any when null) has captured, holds, or which are contested. */
    record CityList(String actor, Holding holding) implements Question {
    }

    /** Where reports disagree, about one city when {@code city} is given. */
    record Disagreements(String city) implements Question {
    }

    enum CityAspect { WHO_CONTROLS, HAS_FALLEN, WHEN_FELL }

    enum TroopAspect { HOW_MANY, WHERE, WHY }

    enum Holding { CAPTURED, CONTROLLED, CONTESTED }
}
