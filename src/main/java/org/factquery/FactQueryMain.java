package org.factquery;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

import org.factquery.db.EmbeddedDatabase;
import org.factquery.document.ExtractionBeans;
import org.factquery.importer.ImportCommand;

/**
 * Entry point: starts reading the world gazetteer, starts the embedded PostgreSQL unless an
 * external database is configured, then the service; {@code import PATH...} loads articles into a
 * running service instead ({@link ImportCommand}).
 */
@QuarkusMain
public final class FactQueryMain {

    private FactQueryMain() {
    }

    /** Quarkus answers an unparsable URI with a bare 400; RequestScreen checks it and answers a problem. */
    static final String URI_VALIDATION_OFF = "vertx.disableURIValidation";

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("import")) {
            // a client of a running service: no database, no server
            System.exit(ImportCommand.run(java.util.List.of(args).subList(1, args.length), System.out));
        }
        System.setProperty(URI_VALIDATION_OFF, "true");
        ExtractionBeans.preloadGazetteer(); // while the database starts
        EmbeddedDatabase.startUnlessExternal();
        Quarkus.run(args);
    }
}
