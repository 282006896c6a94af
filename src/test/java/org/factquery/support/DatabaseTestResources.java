package org.factquery.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers {@link PostgresTestResource} for every {@code @QuarkusTest} of the module. */
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
public final class DatabaseTestResources {

    private DatabaseTestResources() {
    }
}
