package org.factquery.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Consistency checks between the deployment artefacts ({@code k8s/*.yaml}, {@code Dockerfile})
 * and the application configuration ({@code src/main/resources/application.properties}).
 * <p>
 * Plain JUnit (no Quarkus boot); the working directory is the project root (Maven/Surefire default).
 */
class K8sManifestsTest {

    private static final Path K8S_DIR = Path.of("k8s");
    private static final Path APPLICATION_PROPERTIES = Path.of("src/main/resources/application.properties");
    private static final Path DOCKERFILE = Path.of("Dockerfile");
    private static final String KUSTOMIZATION = "kustomization.yaml";
    private static final String APP_CONTAINER = "fact-query";

    private static final String JDBC_URL_PROP = "quarkus.datasource.jdbc.url";
    private static final String DB_USERNAME_PROP = "quarkus.datasource.username";
    private static final String DB_PASSWORD_PROP = "quarkus.datasource.password";
    /** Properties the app reads at start-up that need not appear in application.properties. */
    private static final List<String> STARTUP_DATASOURCE_PROPS = List.of(JDBC_URL_PROP, DB_USERNAME_PROP, DB_PASSWORD_PROP);

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private record Manifest(Path file, JsonNode node) {
        String kind() {
            return node.path("kind").asText();
        }

        String name() {
            return node.path("metadata").path("name").asText();
        }
    }

    private static List<Path> manifestFiles;
    private static List<Manifest> manifests;
    /** application.properties without profile prefixes (profile-less value wins over a profiled one). */
    private static Map<String, String> appProperties;
    /** Values of the {@code prod} profile ({@code %prod.x} or {@code %a,prod.x}). */
    private static Map<String, String> prodProperties;

    @BeforeAll
    static void load() throws IOException {
        assertThat(K8S_DIR).as("k8s/ directory (tests must run from the project root)").isDirectory();
        try (Stream<Path> files = Files.list(K8S_DIR)) {
            manifestFiles = files
                    .filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".yaml") || p.getFileName().toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        }
        manifests = new ArrayList<>();
        for (Path file : manifestFiles) {
            for (JsonNode doc : readYamlDocuments(file)) {
                manifests.add(new Manifest(file, doc));
            }
        }

        appProperties = new LinkedHashMap<>();
        prodProperties = new LinkedHashMap<>();
        Properties raw = new Properties();
        if (Files.exists(APPLICATION_PROPERTIES)) {
            try (Reader reader = Files.newBufferedReader(APPLICATION_PROPERTIES, StandardCharsets.UTF_8)) {
                raw.load(reader);
            }
        }
        for (String key : new TreeSet<>(raw.stringPropertyNames())) {
            String value = raw.getProperty(key).trim();
            if (key.startsWith("%")) {
                int dot = key.indexOf('.');
                if (dot < 0) {
                    continue;
                }
                String property = key.substring(dot + 1);
                appProperties.putIfAbsent(property, value);
                Set<String> profiles = Set.of(key.substring(1, dot).split(","));
                if (profiles.contains("prod")) {
                    prodProperties.put(property, value);
                }
            } else {
                appProperties.put(key, value);
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // Structure
    // ------------------------------------------------------------------------------------------

    @Test
    void everyManifestParsesAndHasApiVersionKindAndName() throws IOException {
        assertThat(manifestFiles).as("k8s/*.yaml").isNotEmpty();
        for (Path file : manifestFiles) {
            List<JsonNode> docs = readYamlDocuments(file);
            assertThat(docs).as("YAML documents in %s", file).isNotEmpty();
            for (JsonNode doc : docs) {
                assertThat(doc.isObject()).as("%s: document is a mapping", file).isTrue();
                assertThat(doc.path("apiVersion").asText()).as("%s: apiVersion", file).isNotBlank();
                assertThat(doc.path("kind").asText()).as("%s: kind", file).isNotBlank();
                assertThat(doc.path("metadata").path("name").asText()).as("%s: metadata.name", file).isNotBlank();
            }
        }
    }

    @Test
    void kustomizationListsExactlyTheManifestFiles() {
        Manifest kustomization = manifests.stream()
                .filter(m -> m.file().getFileName().toString().equals(KUSTOMIZATION))
                .findFirst()
                .orElseGet(() -> fail("k8s/" + KUSTOMIZATION + " is missing"));
        assertThat(kustomization.kind()).isEqualTo("Kustomization");

        List<String> resources = new ArrayList<>();
        kustomization.node().path("resources").forEach(r -> resources.add(r.asText()));
        Set<String> expected = manifestFiles.stream()
                .map(p -> p.getFileName().toString())
                .filter(name -> !name.equals(KUSTOMIZATION))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(resources).as("kustomization resources (no duplicates)").doesNotHaveDuplicates();
        assertThat(new TreeSet<>(resources)).as("kustomization resources vs files in k8s/").isEqualTo(expected);
    }

    // ------------------------------------------------------------------------------------------
    // Ports and probes vs application.properties
    // ------------------------------------------------------------------------------------------

    @Test
    void pathResolutionFollowsQuarkusRules() {
        // Sanity check of the helper the probe test relies on (Quarkus defaults: root "/", non-app "q", health "health").
        String nonApp = resolvePath(resolvePath("/", "/"), "q");
        String health = resolvePath(nonApp, "health");
        assertThat(resolvePath(health, "live")).isEqualTo("/q/health/live");
        assertThat(resolvePath(health, "ready")).isEqualTo("/q/health/ready");
        assertThat(resolvePath(resolvePath("/api", "q"), "health")).isEqualTo("/api/q/health");
        assertThat(resolvePath(resolvePath("/api", "/q"), "health")).isEqualTo("/q/health");
        assertThat(resolvePath("/q", "/health")).isEqualTo("/health");
    }

    @Test
    void containerPortAndProbesMatchApplicationConfig() {
        JsonNode container = appContainer();
        Map<String, String> podEnv = literalPodEnv(container);

        int httpPort = Integer.parseInt(effective("quarkus.http.port", "8080", podEnv));
        boolean management = Boolean.parseBoolean(effective("quarkus.management.enabled", "false", podEnv));

        String nonApplicationRoot;
        int healthPort;
        if (management) {
            // Health is then served by the management interface, on its own port and root.
            healthPort = Integer.parseInt(effective("quarkus.management.port", "9000", podEnv));
            nonApplicationRoot = resolvePath("/", effective("quarkus.management.root-path", "q", podEnv));
        } else {
            healthPort = httpPort;
            String httpRoot = resolvePath("/", effective("quarkus.http.root-path", "/", podEnv));
            nonApplicationRoot = resolvePath(httpRoot, effective("quarkus.http.non-application-root-path", "q", podEnv));
        }
        String healthRoot = resolvePath(nonApplicationRoot, effective("quarkus.smallrye-health.root-path", "health", podEnv));
        String livePath = resolvePath(healthRoot, effective("quarkus.smallrye-health.liveness-path", "live", podEnv));
        String readyPath = resolvePath(healthRoot, effective("quarkus.smallrye-health.readiness-path", "ready", podEnv));

        List<Integer> containerPorts = new ArrayList<>();
        container.path("ports").forEach(p -> containerPorts.add(p.path("containerPort").asInt()));
        assertThat(containerPorts).as("containerPorts (quarkus.http.port=%d)", httpPort).contains(httpPort);
        if (management) {
            assertThat(containerPorts).as("containerPorts (quarkus.management.port=%d)", healthPort).contains(healthPort);
        }

        JsonNode liveness = container.path("livenessProbe").path("httpGet");
        JsonNode readiness = container.path("readinessProbe").path("httpGet");
        assertThat(liveness.path("path").asText()).as("livenessProbe path").isEqualTo(livePath);
        assertThat(readiness.path("path").asText()).as("readinessProbe path").isEqualTo(readyPath);
        assertThat(resolvePort(container, liveness.path("port"))).as("livenessProbe port").isEqualTo(healthPort);
        assertThat(resolvePort(container, readiness.path("port"))).as("readinessProbe port").isEqualTo(healthPort);

        JsonNode startup = container.path("startupProbe");
        if (!startup.isMissingNode()) {
            // There is no /q/health/started endpoint: a startup probe may only use live or ready.
            assertThat(startup.path("httpGet").path("path").asText()).as("startupProbe path").isIn(livePath, readyPath);
            assertThat(resolvePort(container, startup.path("httpGet").path("port"))).as("startupProbe port").isEqualTo(healthPort);
        }
    }

    @Test
    void serviceTargetsTheContainerHttpPortAndSelectsThePods() {
        JsonNode container = appContainer();
        int httpPort = Integer.parseInt(effective("quarkus.http.port", "8080", literalPodEnv(container)));
        JsonNode service = single("Service").node();
        JsonNode ports = service.path("spec").path("ports");
        assertThat(ports.size()).as("Service ports").isPositive();
        for (JsonNode port : ports) {
            JsonNode target = port.has("targetPort") ? port.path("targetPort") : port.path("port");
            assertThat(resolvePort(container, target)).as("Service targetPort %s", target).isEqualTo(httpPort);
        }
        assertThat(podLabels()).as("pod labels selected by the Service")
                .containsAllEntriesOf(toStringMap(service.path("spec").path("selector")))
                .containsEntry("app.kubernetes.io/name", "fact-query");
    }

    // ------------------------------------------------------------------------------------------
    // Environment vs configuration
    // ------------------------------------------------------------------------------------------

    @Test
    void everyContainerEnvVarNamesAConfiguredPropertyOrTheDatasource() {
        Map<String, String> knownEnvNames = new HashMap<>();
        appProperties.keySet().forEach(p -> knownEnvNames.put(toEnvName(p), p));
        STARTUP_DATASOURCE_PROPS.forEach(p -> knownEnvNames.put(toEnvName(p), p));

        Set<String> envNames = containerEnvNames(appContainer());
        assertThat(envNames).as("container environment").isNotEmpty();
        Set<String> unknown = envNames.stream()
                .filter(name -> !knownEnvNames.containsKey(name))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(unknown)
                .as("env vars that match no key of %s nor %s (MicroProfile Config env-name rules)",
                        APPLICATION_PROPERTIES, STARTUP_DATASOURCE_PROPS)
                .isEmpty();
    }

    @Test
    void datasourceComesFromConfigMapAndSecret() {
        JsonNode container = appContainer();
        Map<String, JsonNode> explicitEnv = explicitEnv(container);
        Map<String, String> configMapEnv = configMapEnv(container);

        String urlEnv = toEnvName(JDBC_URL_PROP);
        String userEnv = toEnvName(DB_USERNAME_PROP);
        String passwordEnv = toEnvName(DB_PASSWORD_PROP);

        assertThat(configMapEnv).as("env from ConfigMap").containsKey(urlEnv);
        assertThat(configMapEnv.get(urlEnv)).as(urlEnv).startsWith("jdbc:postgresql://");
        assertThat(explicitEnv).as("explicit env must not override the ConfigMap's " + urlEnv).doesNotContainKey(urlEnv);
        assertThat(configMapEnv).as("credentials must not come from a ConfigMap").doesNotContainKeys(userEnv, passwordEnv);

        assertThat(explicitEnv).containsKeys(userEnv, passwordEnv);
        assertSecretRef(explicitEnv.get(userEnv), userEnv, "username");
        assertSecretRef(explicitEnv.get(passwordEnv), passwordEnv, "password");
    }

    @Test
    void apiKeyComesFromASecretAndShutdownHasTimeToFinishIngestions() {
        JsonNode container = appContainer();
        String keyEnv = toEnvName("factquery.api-key");
        assertThat(configMapEnv(container)).as("the API key must not come from a ConfigMap").doesNotContainKey(keyEnv);
        assertSecretRef(explicitEnv(container).get(keyEnv), keyEnv, "api-key");
        assertThat(explicitEnv(container).get(keyEnv).path("valueFrom").path("secretKeyRef").path("optional").asBoolean(false))
                .as("the pod must not start without its key").isFalse();

        int shutdownTimeout = (int) java.time.Duration.parse("PT" + appProperties.get("quarkus.shutdown.timeout")).toSeconds();
        int preStopSleep = Integer.parseInt(container.path("lifecycle").path("preStop").path("exec").path("command").path(1).asText());
        assertThat(single("Deployment").node().path("spec").path("template").path("spec").path("terminationGracePeriodSeconds").asInt())
                .as("grace period covers the preStop sleep and the shutdown timeout")
                .isGreaterThan(preStopSleep + shutdownTimeout);
    }

    // ------------------------------------------------------------------------------------------
    // Cross references between objects
    // ------------------------------------------------------------------------------------------

    @Test
    void databaseWiringMatchesTheCloudNativePgCluster() {
        Manifest cluster = single("Cluster");
        assertThat(cluster.node().path("apiVersion").asText()).isEqualTo("postgresql.cnpg.io/v1");
        String clusterName = cluster.name();
        JsonNode spec = cluster.node().path("spec");
        JsonNode initdb = spec.path("bootstrap").path("initdb");

        assertThat(spec.path("instances").asInt()).as("Cluster instances").isEqualTo(3);

        // JDBC URL -> "<cluster>-rw" service, port 5432, bootstrap database.
        JsonNode container = appContainer();
        String jdbcUrl = configMapEnv(container).get(toEnvName(JDBC_URL_PROP));
        assertThat(jdbcUrl).as("JDBC URL in the ConfigMap").isNotNull().startsWith("jdbc:postgresql://");
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        assertThat(uri.getHost()).as("JDBC host").isNotNull();
        assertThat(uri.getHost().equals(clusterName + "-rw") || uri.getHost().startsWith(clusterName + "-rw."))
                .as("JDBC host %s is the read-write service %s-rw", uri.getHost(), clusterName)
                .isTrue();
        assertThat(uri.getPort()).as("JDBC port").isIn(-1, 5432);
        String database = initdb.path("database").asText("app");
        assertThat(uri.getPath()).as("JDBC database").isEqualTo("/" + database);

        // secretKeyRef -> "<cluster>-app" (or the explicitly configured owner secret).
        String expectedSecret = initdb.path("secret").path("name").asText(clusterName + "-app");
        Map<String, JsonNode> env = explicitEnv(container);
        for (String prop : List.of(DB_USERNAME_PROP, DB_PASSWORD_PROP)) {
            JsonNode ref = env.getOrDefault(toEnvName(prop), YAML.createObjectNode()).path("valueFrom").path("secretKeyRef");
            assertThat(ref.path("name").asText()).as("secretKeyRef of %s", toEnvName(prop)).isEqualTo(expectedSecret);
        }

        // The Flyway migration needs pg_trgm; the cluster creates it at bootstrap as well.
        List<String> postInit = new ArrayList<>();
        initdb.path("postInitApplicationSQL").forEach(s -> postInit.add(s.asText().toLowerCase(Locale.ROOT)));
        assertThat(postInit).as("bootstrap.initdb.postInitApplicationSQL")
                .anyMatch(s -> s.contains("create extension") && s.contains("pg_trgm"));
    }

    @Test
    void deploymentReplicasResourcesAndAutoscaler() {
        Manifest deployment = single("Deployment");
        JsonNode spec = deployment.node().path("spec");
        assertThat(spec.path("replicas").asInt()).as("Deployment replicas").isEqualTo(2);

        assertThat(podLabels()).as("pod template labels vs Deployment selector")
                .containsAllEntriesOf(toStringMap(spec.path("selector").path("matchLabels")))
                .containsEntry("app.kubernetes.io/name", "fact-query");

        for (JsonNode container : spec.path("template").path("spec").path("containers")) {
            String name = container.path("name").asText();
            JsonNode resources = container.path("resources");
            for (String section : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    assertThat(resources.path(section).path(resource).asText())
                            .as("container %s resources.%s.%s", name, section, resource)
                            .isNotBlank();
                }
            }
        }

        Manifest hpa = single("HorizontalPodAutoscaler");
        assertThat(hpa.node().path("apiVersion").asText()).isEqualTo("autoscaling/v2");
        JsonNode target = hpa.node().path("spec").path("scaleTargetRef");
        assertThat(target.path("kind").asText()).as("HPA scaleTargetRef.kind").isEqualTo("Deployment");
        assertThat(target.path("apiVersion").asText()).as("HPA scaleTargetRef.apiVersion").isEqualTo("apps/v1");
        assertThat(target.path("name").asText()).as("HPA scaleTargetRef.name").isEqualTo(deployment.name());
        int min = hpa.node().path("spec").path("minReplicas").asInt(1);
        int max = hpa.node().path("spec").path("maxReplicas").asInt();
        assertThat(min).as("HPA minReplicas").isLessThanOrEqualTo(max).isGreaterThanOrEqualTo(1);

        manifests.stream().filter(m -> m.kind().equals("PodDisruptionBudget")).forEach(pdb ->
                assertThat(podLabels()).as("pod labels selected by PDB %s", pdb.name())
                        .containsAllEntriesOf(toStringMap(pdb.node().path("spec").path("selector").path("matchLabels"))));
    }

    @Test
    void podRunsAsNonRoot() {
        JsonNode podSpec = single("Deployment").node().path("spec").path("template").path("spec");
        JsonNode container = appContainer();
        boolean podLevel = podSpec.path("securityContext").path("runAsNonRoot").asBoolean(false);
        boolean containerLevel = container.path("securityContext").path("runAsNonRoot").asBoolean(false);
        assertThat(podLevel || containerLevel).as("runAsNonRoot on the pod or the container").isTrue();
        JsonNode runAsUser = container.path("securityContext").has("runAsUser")
                ? container.path("securityContext").path("runAsUser")
                : podSpec.path("securityContext").path("runAsUser");
        if (!runAsUser.isMissingNode()) {
            assertThat(runAsUser.asInt()).as("runAsUser").isNotZero();
        }
    }

    // ------------------------------------------------------------------------------------------
    // Dockerfile
    // ------------------------------------------------------------------------------------------

    @Test
    void dockerfileIsMultiStageNonRootAndExposesTheHttpPort() throws IOException {
        assertThat(DOCKERFILE).exists();
        List<String[]> instructions = dockerInstructions(Files.readString(DOCKERFILE, StandardCharsets.UTF_8));

        List<Integer> fromIndexes = new ArrayList<>();
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i)[0].equals("FROM")) {
                fromIndexes.add(i);
            }
        }
        assertThat(fromIndexes).as("number of FROM stages").hasSizeGreaterThanOrEqualTo(2);
        List<String[]> finalStage = instructions.subList(fromIndexes.get(fromIndexes.size() - 1), instructions.size());

        String user = finalStage.stream()
                .filter(i -> i[0].equals("USER"))
                .reduce((a, b) -> b)
                .map(i -> i[1].trim())
                .orElseGet(() -> fail("final stage has no USER instruction (would run as root)"));
        String userName = user.split(":")[0].trim();
        assertThat(userName).as("final stage USER").isNotBlank().isNotEqualTo("root").isNotEqualTo("0");
        if (!userName.matches("\\d+")) {
            // A named user cannot be verified by runAsNonRoot unless the pod gives a numeric uid.
            JsonNode podSpec = single("Deployment").node().path("spec").path("template").path("spec");
            assertThat(podSpec.path("securityContext").has("runAsUser")
                    || appContainer().path("securityContext").has("runAsUser"))
                    .as("non-numeric USER %s needs runAsUser in the Deployment", userName)
                    .isTrue();
        }

        int httpPort = Integer.parseInt(appProperty("quarkus.http.port", "8080"));
        Set<String> exposed = new LinkedHashSet<>();
        finalStage.stream()
                .filter(i -> i[0].equals("EXPOSE"))
                .forEach(i -> {
                    for (String token : i[1].trim().split("\\s+")) {
                        exposed.add(token.replaceFirst("/(tcp|udp)$", ""));
                    }
                });
        assertThat(exposed).as("EXPOSE in the final stage").contains(String.valueOf(httpPort));

        Map<String, String> env = new LinkedHashMap<>();
        finalStage.stream().filter(i -> i[0].equals("ENV")).forEach(i -> env.putAll(parseDockerEnv(i[1])));
        assertThat(env).as("final stage ENV").containsEntry("QUARKUS_HTTP_HOST", "0.0.0.0");
        assertThat(env).as("credentials must not be baked into the image")
                .doesNotContainKeys(toEnvName(DB_USERNAME_PROP), toEnvName(DB_PASSWORD_PROP));
    }

    // ------------------------------------------------------------------------------------------
    // Helpers
    // ------------------------------------------------------------------------------------------

    private static List<JsonNode> readYamlDocuments(Path file) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (it.hasNextValue()) {
                JsonNode doc = it.nextValue();
                if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                    docs.add(doc);
                }
            }
        }
        return docs;
    }

    private static Manifest single(String kind) {
        List<Manifest> found = manifests.stream().filter(m -> m.kind().equals(kind)).toList();
        assertThat(found).as("objects of kind %s in k8s/", kind).hasSize(1);
        return found.get(0);
    }

    private static JsonNode appContainer() {
        JsonNode containers = single("Deployment").node().path("spec").path("template").path("spec").path("containers");
        for (JsonNode container : containers) {
            if (container.path("name").asText().equals(APP_CONTAINER)) {
                return container;
            }
        }
        return fail("Deployment has no container named " + APP_CONTAINER);
    }

    private static Map<String, String> podLabels() {
        return toStringMap(single("Deployment").node().path("spec").path("template").path("metadata").path("labels"));
    }

    private static Map<String, String> toStringMap(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        node.properties().forEach(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }

    /** MicroProfile Config: every non-alphanumeric character becomes '_', then upper case. */
    static String toEnvName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** Value of a property as the prod profile sees it in application.properties. */
    private static String appProperty(String property, String defaultValue) {
        if (prodProperties.containsKey(property)) {
            return prodProperties.get(property);
        }
        return appProperties.getOrDefault(property, defaultValue);
    }

    /** Value as the pod sees it: env vars (ordinal 300) override application.properties (250). */
    private static String effective(String property, String defaultValue, Map<String, String> podEnv) {
        String fromEnv = podEnv.get(toEnvName(property));
        return fromEnv != null ? fromEnv : appProperty(property, defaultValue);
    }

    /** Quarkus path resolution: a leading '/' is absolute, anything else is relative to {@code base}. */
    static String resolvePath(String base, String path) {
        String joined = path.startsWith("/") ? path : (base.endsWith("/") ? base : base + "/") + path;
        String normalized = URI.create(joined.replaceAll("/+", "/")).normalize().getPath();
        if (normalized.length() > 1 && normalized.endsWith("/")) {
            normalized = normalized.substring(0, normalized.length() - 1);
        }
        return normalized.isEmpty() ? "/" : normalized;
    }

    /** A port given by number or by the name of one of the container's ports. */
    private static int resolvePort(JsonNode container, JsonNode port) {
        assertThat(port.isMissingNode() || port.isNull()).as("port is set").isFalse();
        if (port.isInt() || port.asText().matches("\\d+")) {
            return Integer.parseInt(port.asText());
        }
        for (JsonNode p : container.path("ports")) {
            if (p.path("name").asText().equals(port.asText())) {
                return p.path("containerPort").asInt();
            }
        }
        return fail("port name '" + port.asText() + "' is not a named port of container " + container.path("name").asText());
    }

    private static Map<String, JsonNode> explicitEnv(JsonNode container) {
        Map<String, JsonNode> env = new LinkedHashMap<>();
        container.path("env").forEach(e -> env.put(e.path("name").asText(), e));
        return env;
    }

    /** Env vars coming from ConfigMaps via envFrom, resolved against the ConfigMaps in k8s/. */
    private static Map<String, String> configMapEnv(JsonNode container) {
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode source : container.path("envFrom")) {
            assertThat(source.has("secretRef"))
                    .as("envFrom secretRef hides the variable names; use env + secretKeyRef instead")
                    .isFalse();
            String configMapName = source.path("configMapRef").path("name").asText();
            Manifest configMap = manifests.stream()
                    .filter(m -> m.kind().equals("ConfigMap") && m.name().equals(configMapName))
                    .findFirst()
                    .orElseGet(() -> fail("envFrom references ConfigMap '" + configMapName + "' which is not in k8s/"));
            String prefix = source.path("prefix").asText("");
            configMap.node().path("data").properties()
                    .forEach(e -> env.put(prefix + e.getKey(), e.getValue().asText()));
        }
        return env;
    }

    private static Set<String> containerEnvNames(JsonNode container) {
        Set<String> names = new TreeSet<>(configMapEnv(container).keySet());
        names.addAll(explicitEnv(container).keySet());
        return names;
    }

    /** Env vars whose value is known from the manifests (ConfigMap data and literal env values). */
    private static Map<String, String> literalPodEnv(JsonNode container) {
        Map<String, String> env = new LinkedHashMap<>(configMapEnv(container));
        explicitEnv(container).forEach((name, e) -> {
            if (e.has("value")) {
                env.put(name, e.path("value").asText());
            } else {
                env.remove(name); // explicit env wins over envFrom; value unknown here
            }
        });
        return env;
    }

    private static void assertSecretRef(JsonNode envVar, String name, String expectedKey) {
        assertThat(envVar.has("value")).as("%s must not have a literal value", name).isFalse();
        JsonNode ref = envVar.path("valueFrom").path("secretKeyRef");
        assertThat(ref.isMissingNode()).as("%s comes from a secretKeyRef", name).isFalse();
        assertThat(ref.path("name").asText()).as("%s secret name", name).isNotBlank();
        assertThat(ref.path("key").asText()).as("%s secret key", name).isEqualTo(expectedKey);
    }

    /** Dockerfile instructions as {KEYWORD, arguments}, with comments dropped and continuations joined. */
    private static List<String[]> dockerInstructions(String dockerfile) {
        List<String[]> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String rawLine : dockerfile.split("\\R")) {
            String line = rawLine.strip();
            if (line.startsWith("#") || (line.isEmpty() && current.length() == 0)) {
                continue;
            }
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            current.append(line);
            String instruction = current.toString().strip();
            current.setLength(0);
            if (instruction.isEmpty()) {
                continue;
            }
            String[] parts = instruction.split("\\s+", 2);
            instructions.add(new String[] {parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1] : ""});
        }
        return instructions;
    }

    /** {@code ENV A=1 B="2"} or legacy {@code ENV A 1}. */
    private static Map<String, String> parseDockerEnv(String args) {
        Map<String, String> env = new LinkedHashMap<>();
        String trimmed = args.trim();
        String[] first = trimmed.split("\\s+", 2);
        if (!first[0].contains("=")) {
            env.put(first[0], first.length > 1 ? unquote(first[1].trim()) : "");
            return env;
        }
        for (String token : trimmed.split("\\s+")) {
            int eq = token.indexOf('=');
            if (eq > 0) {
                env.put(token.substring(0, eq), unquote(token.substring(eq + 1)));
            }
        }
        return env;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
