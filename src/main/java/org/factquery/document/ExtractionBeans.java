package org.factquery.document;

import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.factquery.extraction.Extractor;
import org.factquery.extraction.actor.ActorLexicon;
import org.factquery.extraction.gazetteer.Gazetteer;
import org.factquery.extraction.sentence.SentenceSplitter;

/** Makes the framework-free extraction classes available for injection; models and data files load once. */
public class ExtractionBeans {

    private static volatile CompletableFuture<Gazetteer> preloaded;

    /**
     * Starts reading the world gazetteer (about 3 s) on a thread of its own, so that the service
     * reads it while the database and the framework start rather than after them.
     */
    public static void preloadGazetteer() {
        CompletableFuture<Gazetteer> future = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                future.complete(Gazetteer.load());
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        }, "gazetteer-load");
        loader.setDaemon(true);
        loader.start();
        preloaded = future;
    }

    @Produces
    @Singleton
    Gazetteer gazetteer() {
        CompletableFuture<Gazetteer> future = preloaded;
        return future == null ? Gazetteer.load() : future.join();
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
