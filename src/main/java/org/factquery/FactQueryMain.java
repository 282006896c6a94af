package org.factquery;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

import org.factquery.db.EmbeddedDatabase;

/**
 * Entry point: starts the embedded PostgreSQL unless an external database is configured, then
 * the service.
 */
@QuarkusMain
public final class FactQueryMain {

    private FactQueryMain() {
    }

    /** Quarkus answers an unparsable URI with a bare 400; RequestScreen checks it and answers a problem. */
    static final String URI_VALIDATION_OFF = "vertx.disableURIValidation";

    public static void main(String... args) {
        System.setProperty(URI_VALIDATION_OFF, "true");
        EmbeddedDatabase.startUnlessExternal();
        Quarkus.run(args);
    }
}
