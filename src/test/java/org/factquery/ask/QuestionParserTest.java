package org.factquery.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.factquery.ask.Question.AboutCity;
import org.factquery.ask.Question.AboutTroops;
import org.factquery.ask.Question.CapitalsTaken;
import org.factquery.ask.Question.CityAspect;
import org.factquery.ask.Question.CityList;
import org.factquery.ask.Question.Disagreements;
import org.factquery.ask.Question.Holding;
import org.factquery.ask.Question.Party;
import org.factquery.ask.Question.TroopAspect;
import org.factquery.extraction.actor.ActorLexicon;
import org.factquery.extraction.actor.Side;
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
            who controls farah                     | farah
            Who is in control of Faizabad today?   | Faizabad
            What's the status of Mazar-e-Sharif?   | Mazar-e-Sharif
            Which side holds Lashkargah?           | Lashkargah
            Who holds Maimana at the moment?       | Maimana
            Who controls Sirte?                    | Sirte
            Who holds Shusha now?                  | Shusha
            Who is in control of Kismayo?          | Kismayo
            What is the status of Mocímboa da Praia? | Mocímboa da Praia
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
            Did the Taliban capture Aibak?         | Aibak
            Is Ghazni in the hands of the Taliban? | Ghazni
            Was Herat overrun?                     | Herat
            Are Taliban forces in control of Kunduz? | Kunduz
            Has Palma fallen?                      | Palma
            Did Seleka rebels seize Bangui?        | Bangui
            Has Boko Haram taken Baga?             | Baga
            Is Gori under Russian control?         | Gori
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
            when was zaranj taken                  | zaranj
            When did the Taliban take Puli Khumri? | Puli Khumri
            When did Tripoli fall?                 | Tripoli
            When was Kismayo captured?             | Kismayo
            When did Azerbaijani forces retake Shusha? | Shusha
            """)
    void whenFellForms(String question, String city) {
        assertThat(PARSER.parse(question)).contains(new AboutCity(city, CityAspect.WHEN_FELL));
    }

    /** A name of several words or in another spelling is passed on whole, as asked; the lookup resolves it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Who controls Qala-e-Naw?               | Qala-e-Naw        | WHO_CONTROLS
            Who controls Qal'eh-ye Now?            | Qal'eh-ye Now     | WHO_CONTROLS
            has mazar e sharif fallen              | mazar e sharif    | HAS_FALLEN
            Who holds Mocimboa da Praia?           | Mocimboa da Praia | WHO_CONTROLS
            who controls kondoz                    | kondoz            | WHO_CONTROLS
            Did Feyzabad fall?                     | Feyzabad          | HAS_FALLEN
            WHO CONTROLS TALUQAN?                  | TALUQAN           | WHO_CONTROLS
            Who holds Banghazi?                    | Banghazi          | WHO_CONTROLS
            Has Muqdisho fallen?                   | Muqdisho          | HAS_FALLEN
            """)
    void namesAreTakenWholeAsAsked(String question, String city, CityAspect aspect) {
        assertThat(PARSER.parse(question)).contains(new AboutCity(city, aspect));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Who controls Tripoli in Lebanon?       | Tripoli | Lebanon
            Who holds Tripoli, Libya?              | Tripoli | Libya
            Has Victoria in Cameroon fallen?       | Victoria | Cameroon
            """)
    void aCountryNamedBesideACityNarrowsIt(String question, String city, String country) {
        assertThat(PARSER.parse(question)).get().isInstanceOf(AboutCity.class)
                .extracting(q -> ((AboutCity) q).cities(), q -> ((AboutCity) q).country())
                .containsExactly(java.util.List.of(city), country);
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
            Why is Turkey sending troops to Kabul?                | Türkiye        | Kabul       | WHY
            What are Canada's troops for?                         | Canada         |             | WHY
            Why is Britain deploying soldiers?                    | United Kingdom |             | WHY
            What is the purpose of the Australian deployment?     | Australia      |             | WHY
            How many troops is Chad sending to Nigeria?           | Chad           | Nigeria     | HOW_MANY
            Is the Kremlin sending troops to Georgia?             | Russia         | Georgia     | HOW_MANY
            How many Rwandan soldiers are going to Mozambique?    | Rwanda         | Mozambique  | HOW_MANY
            Why is Kenya sending troops to Somalia?               | Kenya          | Somalia     | WHY
            """)
    void troopQuestions(String question, String country, String destination, TroopAspect aspect) {
        assertThat(PARSER.parse(question)).contains(new AboutTroops(country, destination, aspect));
    }

    static Stream<Arguments> capitalsQuestions() {
        return Stream.of(
                Arguments.of("How many provincial capitals have fallen?", null),
                Arguments.of("How many capitals has the Taliban captured?", Party.named("Taliban")),
                Arguments.of("how many provincial capitals are in Taliban hands", Party.named("Taliban")),
                Arguments.of("How many state capitals has Boko Haram seized?", Party.named("Boko Haram")),
                Arguments.of("How many regional capitals have the rebels taken?", Party.generic(Side.INSURGENT)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("capitalsQuestions")
    void capitalsTaken(String question, Party party) {
        assertThat(PARSER.parse(question)).contains(new CapitalsTaken(party));
    }

    static Stream<Arguments> cityLists() {
        return Stream.of(
                Arguments.of("Which cities has the Taliban captured?",
                        new CityList(Party.named("Taliban"), Holding.CAPTURED)),
                Arguments.of("Which cities does the government hold?",
                        new CityList(Party.generic(Side.GOVERNMENT), Holding.CONTROLLED)),
                Arguments.of("Which cities are contested?", new CityList(null, Holding.CONTESTED)),
                Arguments.of("What cities have fallen?", new CityList(null, Holding.CAPTURED)),
                Arguments.of("Which provincial capitals have the insurgents seized?",
                        new CityList(Party.generic(Side.INSURGENT), Holding.CAPTURED)),
                Arguments.of("Which towns does the Afghan army control?",
                        new CityList(Party.named("Afghan government"), Holding.CONTROLLED)),
                Arguments.of("Which cities are under siege?", new CityList(null, Holding.CONTESTED)),
                Arguments.of("Which cities are held by government forces?",
                        new CityList(Party.generic(Side.GOVERNMENT), Holding.CONTROLLED)),
                Arguments.of("List the towns held by Libyan forces",
                        new CityList(Party.named("Libyan government"), Holding.CONTROLLED)),
                Arguments.of("Which towns has al-Shabaab captured?",
                        new CityList(Party.named(List.of("al-Shabaab", "Ansar al-Sunna")), Holding.CAPTURED)),
                Arguments.of("Which towns does the Somali army hold?",
                        new CityList(Party.named("Somali government"), Holding.CONTROLLED)),
                Arguments.of("Which towns have Seleka rebels seized?",
                        new CityList(Party.named("Séléka"), Holding.CAPTURED)),
                Arguments.of("Which cities do the Houthis control?",
                        new CityList(Party.named("Houthis"), Holding.CONTROLLED)));
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
            Which reports about Mazar-e-Sharif disagree?  | Mazar-e-Sharif
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
