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

    public static void main(String... args) {
        EmbeddedDatabase.startUnlessExternal();
        Quarkus.run(args);
    }
}
