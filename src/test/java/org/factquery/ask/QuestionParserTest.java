package org.factquery.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.factquery.ask.Question.AboutCity;
import org.factquery.ask.Question.AboutTroops;
import org.factquery.ask.Question.CapitalsTaken;
import org.factquery.ask.Question.CityAspect;
import org.factquery.ask.Question.CityList;
import org.factquery.ask.Question.Disagreements;
import org.factquery.ask.Question.Holding;
import org.factquery.ask.Question.TroopAspect;
import org.factquery.extraction.actor.ActorLexicon;
import org.factquery.extraction.gazetteer.Gazetteer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks which structured query {@link QuestionParser} maps English questions about cities and troops to. */
class QuestionParserTest {

    private static final QuestionParser PARSER = new QuestionParser(Gazetteer.load(), ActorLexicon.load());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Who controls Kunduz?                   | Kunduz
            Who holds Zaranj now?                  | Zaranj
            Who is in control of Sheberghan?       | Sheberghan
            What is the status of Pul-e-Khumri?    | Pul-e-Khumri
            Which side holds Taloqan?              | Taloqan
            who controls farah                     | Farah
            Who is in control of Faizabad today?   | Fayzabad
            What's the status of Mazar-e-Sharif?   | Mazar-i-Sharif
            Which side holds Lashkargah?           | Lashkar Gah
            Who holds Maimana at the moment?       | Maymana
            """)
    void whoControlsForms(String question, String city) {
        assertThat(PARSER.parse(question)).contains(new AboutCity(city, CityAspect.WHO_CONTROLS));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Has Kunduz fallen?                     | Kunduz
            Did Zaranj fall?                       | Zaranj
            Has the Taliban taken Sheberghan?      | Sheberghan
            Is Farah under Taliban control?        | Farah
            Was Pul-e-Khumri captured?             | Pul-e-Khumri
            Has Taloqan fallen to the Taliban yet? | Taloqan
            Did the Taliban capture Aibak?         | Aybak
            Is Ghazni in the hands of the Taliban? | Ghazni
            Was Herat overrun?                     | Herat
            Are Taliban forces in control of Kunduz? | Kunduz
            """)
    void hasFallenForms(String question, String city) {
        assertThat(PARSER.parse(question)).contains(new AboutCity(city, CityAspect.HAS_FALLEN));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            When did Kunduz fall?                  | Kunduz
            When was Sheberghan captured?          | Sheberghan
            When did the Taliban seize Taloqan?    | Taloqan
            When did Kandahar fall to the Taliban? | Kandahar
            when was zaranj taken                  | Zaranj
            When did the Taliban take Puli Khumri? | Pul-e-Khumri
            """)
    void whenFellForms(String question, String city) {
        assertThat(PARSER.parse(question)).contains(new AboutCity(city, CityAspect.WHEN_FELL));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Who controls Qala-e-Naw?               | Qala-i-Naw     | WHO_CONTROLS
            Who controls Qal'eh-ye Now?            | Qala-i-Naw     | WHO_CONTROLS
            has mazar e sharif fallen              | Mazar-i-Sharif | HAS_FALLEN
            Who holds Mazar-e-Sharief?             | Mazar-i-Sharif | WHO_CONTROLS
            When did Shiberghan fall?              | Sheberghan     | WHEN_FELL
            who controls kondoz                    | Kunduz         | WHO_CONTROLS
            Has Pol-e-Khomri fallen?               | Pul-e-Khumri   | HAS_FALLEN
            Did Feyzabad fall?                     | Fayzabad       | HAS_FALLEN
            WHO CONTROLS TALUQAN?                  | Taloqan        | WHO_CONTROLS
            Was Chaghcharan captured?              | Feroz Koh      | HAS_FALLEN
            """)
    void spellingVariantsResolveToTheCanonicalName(String question, String city, CityAspect aspect) {
        assertThat(PARSER.parse(question)).contains(new AboutCity(city, aspect));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            How many troops is the US sending to Kabul?           | United States  | Kabul       | HOW_MANY
            How many soldiers is the U.S. sending?                | United States  |             | HOW_MANY
            How many troops is Britain deploying to Afghanistan?  | United Kingdom | Afghanistan | HOW_MANY
            How many troops is the UK sending?                    | United Kingdom |             | HOW_MANY
            How many British soldiers are going to Kabul?         | United Kingdom | Kabul       | HOW_MANY
            How many troops is the Pentagon sending to Kabul?     | United States  | Kabul       | HOW_MANY
            Is Norway sending troops?                             | Norway         |             | HOW_MANY
            Where is Germany sending troops?                      | Germany        |             | WHERE
            Where are Canadian troops deployed?                   | Canada         |             | WHERE
            Why is Turkey sending troops to Kabul?                | Turkey         | Kabul       | WHY
            What are Canada's troops for?                         | Canada         |             | WHY
            Why is Britain deploying soldiers?                    | United Kingdom |             | WHY
            What is the purpose of the Australian deployment?     | Australia      |             | WHY
            """)
    void troopQuestions(String question, String country, String destination, TroopAspect aspect) {
        assertThat(PARSER.parse(question)).contains(new AboutTroops(country, destination, aspect));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "How many provincial capitals have fallen?",
            "How many capitals has the Taliban captured?",
            "how many provincial capitals are in Taliban hands" })
    void capitalsTaken(String question) {
        assertThat(PARSER.parse(question)).contains(new CapitalsTaken());
    }

    static Stream<Arguments> cityLists() {
        return Stream.of(
                Arguments.of("Which cities has the Taliban captured?", new CityList("Taliban", Holding.CAPTURED)),
                Arguments.of("Which cities does the government hold?",
                        new CityList("Afghan government", Holding.CONTROLLED)),
                Arguments.of("Which cities are contested?", new CityList(null, Holding.CONTESTED)),
                Arguments.of("What cities have fallen?", new CityList(null, Holding.CAPTURED)),
                Arguments.of("Which provincial capitals have the insurgents seized?",
                        new CityList("Taliban", Holding.CAPTURED)),
                Arguments.of("Which towns does the Afghan army control?",
                        new CityList("Afghan government", Holding.CONTROLLED)),
                Arguments.of("Which cities are under siege?", new CityList(null, Holding.CONTESTED)),
                Arguments.of("Which cities are held by government forces?",
                        new CityList("Afghan government", Holding.CONTROLLED)),
                Arguments.of("List the towns held by Afghan forces",
                        new CityList("Afghan government", Holding.CONTROLLED)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cityLists")
    void cityListQuestions(String question, CityList expected) {
        assertThat(PARSER.parse(question)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Where do reports disagree about Kunduz?       | Kunduz
            Are there conflicting reports on Taloqan?     | Taloqan
            Which reports about Mazar-e-Sharif disagree?  | Mazar-i-Sharif
            Is there any dispute over Zaranj?             | Zaranj
            What do sources disagree on?                  |
            Do the reports contradict each other?         |
            """)
    void disagreementQuestions(String question, String city) {
        assertThat(PARSER.parse(question)).contains(new Disagreements(city));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Who controls Atlantis?     | Atlantis | WHO_CONTROLS
            Has Gondor fallen?         | Gondor   | HAS_FALLEN
            When did Narnia fall?      | Narnia   | WHEN_FELL
            """)
    void unknownCityIsPassedOnAsWritten(String question, String city, CityAspect aspect) {
        assertThat(PARSER.parse(question)).contains(new AboutCity(city, aspect));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = { "What is the weather like?", "Tell me a joke", "", "???", "   " })
    void unmappableQuestionsGiveNothing(String question) {
        assertThat(PARSER.parse(question)).isEmpty();
    }
}
