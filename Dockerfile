# syntax=docker/dockerfile:1
#
# fact-query container image (Quarkus fast-jar, JVM mode).
#
#   docker build -t fact-query:0.1.0 .
#   docker run --rm -p 8080:8080 \
#     -e QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://db-host:5432/app \
#     -e QUARKUS_DATASOURCE_USERNAME=app \
#     -e QUARKUS_DATASOURCE_PASSWORD=... \
#     fact-query:0.1.0

############################
# Stage 1: build
############################
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build

# Maven wrapper and POM first, so the dependency layer is cached until pom.xml changes.
COPY mvnw ./
COPY .mvn/ .mvn/
COPY pom.xml ./
RUN chmod +x mvnw \
 && ./mvnw -B -ntp dependency:go-offline

# Sources invalidate only the layers from here on.
COPY src/ src/
# the contract, from which the build generates the client its tests use
COPY openapi/ openapi/
RUN ./mvnw -B -ntp package -DskipTests

############################
# Stage 2: runtime
############################
FROM eclipse-temurin:17-jre AS runtime

# Non-root user with a numeric uid/gid (185, as in the Quarkus base images) so that
# Kubernetes `runAsNonRoot: true` can verify it without an explicit runAsUser.
RUN groupadd --system --gid 185 factquery \
 && useradd --system --uid 185 --gid 185 --home-dir /deployments --no-create-home \
      --shell /usr/sbin/nologin factquery

WORKDIR /deployments

# The whole fast-jar layout: lib/, app/, quarkus/, quarkus-run.jar.
# Copied in the order of change frequency (dependencies rarely, app code often).
COPY --from=build --chown=185:185 /build/target/quarkus-app/lib/ ./lib/
COPY --from=build --chown=185:185 /build/target/quarkus-app/quarkus-run.jar ./
COPY --from=build --chown=185:185 /build/target/quarkus-app/app/ ./app/
COPY --from=build --chown=185:185 /build/target/quarkus-app/quarkus/ ./quarkus/

# Listen on all interfaces inside the container, whatever the profile defaults are.
# A container keeps no data of its own: the embedded PostgreSQL is disabled, so a missing
# QUARKUS_DATASOURCE_JDBC_URL makes the service fail at start-up instead of storing documents
# in a throw-away file system.
# Two glibc malloc arenas rather than one per thread keep native memory near the JVM's own.
ENV QUARKUS_HTTP_HOST=0.0.0.0 \
    FACTQUERY_EMBEDDED_DB_ENABLED=false \
    MALLOC_ARENA_MAX=2

# Required at run time (NOT baked into the image):
#   QUARKUS_DATASOURCE_JDBC_URL   e.g. jdbc:postgresql://fact-query-db-rw:5432/app
#   QUARKUS_DATASOURCE_USERNAME
#   QUARKUS_DATASOURCE_PASSWORD
# Optional: FACTQUERY_INGEST_MAX_BODY_SIZE (2M), FACTQUERY_PAGING_MAX_SIZE (500), QUARKUS_LOG_LEVEL.
# Extra JVM flags can be passed with JAVA_TOOL_OPTIONS.

EXPOSE 8080
USER 185:185

ENTRYPOINT ["java", \
  "-XX:MaxRAMPercentage=75", \
  "-XX:+ExitOnOutOfMemoryError", \
  "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", \
  "-jar", "quarkus-run.jar"]
