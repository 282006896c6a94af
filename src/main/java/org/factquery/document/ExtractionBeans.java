package org.factquery.document;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.factquery.extraction.sentence.SentenceSplitter;

/** Makes the framework-free extraction classes available for injection; models load once. */
public class ExtractionBeans {

    @Produces
    @Singleton
    SentenceSplitter sentenceSplitter() {
        return new SentenceSplitter();
    }
}
