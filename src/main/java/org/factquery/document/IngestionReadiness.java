package org.factquery.document;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports how many ingestions run against how many the gate admits. It stays UP when they are
 * all taken: the instance still answers every read, and taking it out of rotation because writers
 * are busy would stop its reads too; writers beyond the bound get a 503 with Retry-After instead
 * (ADR 0010).
 */
@Readiness
@ApplicationScoped
public class IngestionReadiness implements HealthCheck {

    private final IngestionGate gate;

    public IngestionReadiness(IngestionGate gate) {
        this.gate = gate;
    }

    @Override
    public HealthCheckResponse call() {
        int inFlight = gate.inFlight();
        return HealthCheckResponse.named("ingestion").up()
                .withData("inFlight", inFlight)
                .withData("maxConcurrent", gate.maxConcurrent())
                .withData("saturated", inFlight >= gate.maxConcurrent())
                .build();
    }
}
