package org.factquery.document;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.factquery.extraction.Extractor;
import org.factquery.extraction.actor.ActorLexicon;
import org.factquery.extraction.gazetteer.Gazetteer;
import org.factquery.extraction.sentence.SentenceSplitter;

/** Makes the framework-free extraction classes available for injection; models and data files load once. */
public class ExtractionBeans {

    @Produces
    @Singleton
    Gazetteer gazetteer() {
        return Gazetteer.load();
    }

    @Produces
    @Singleton
    ActorLexicon actorLexicon() {
        return ActorLexicon.load();
    }

    @Produces
    @Singleton
    Extractor extractor(Gazetteer gazetteer, ActorLexicon actors, IngestConfig config) {
        return new Extractor(new SentenceSplitter(), gazetteer, actors, config.maxSentenceLength());
    }
}
