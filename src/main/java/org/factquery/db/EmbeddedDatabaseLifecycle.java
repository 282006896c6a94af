package org.factquery.db;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownEvent;

/** Tells the embedded database that the service has stopped, as late as observers run. */
@ApplicationScoped
class EmbeddedDatabaseLifecycle {

    void stopped(@Observes @Priority(Integer.MAX_VALUE) ShutdownEvent event) {
        EmbeddedDatabase.serviceStopped();
    }
}
