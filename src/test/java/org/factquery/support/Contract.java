package org.factquery.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;

/**
 * The committed contract, {@code openapi/openapi.yaml}, as a response validator: an answer
 * conforms when its status is documented for its operation (explicitly: {@code default} covers
 * only 5xx), its media type is documented for that status, each contract header it carries is
 * documented and each header documented as required is there, and its body — each line of NDJSON — is valid against the documented
 * schema with a JSON Schema 2020-12 validator (networknt, OpenAPI 3.1 dialect, formats asserted).
 */
public final class Contract {

    /** The contract's address for the validator; it is never fetched, the registry holds its text. */
    private static final String ID = "https://fact-query.invalid/openapi.json";
    private static final Set<String> CONTRACT_HEADERS = Set.of("location", "link", "retry-after", "www-authenticate",
            "content-disposition");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete", "head");
    private static volatile Contract committed;

    private final JsonNode document;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    private final List<Template> templates = new ArrayList<>();

    private record Template(String path, Pattern pattern, int variables) {
    }

    private Contract(String yaml) {
        try {
            ObjectMapper json = new ObjectMapper();
            this.document = new ObjectMapper(new YAMLFactory()).readTree(yaml);
            String text = json.writeValueAsString(document);
            this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(), builder -> builder
                    .schemas(Map.of(ID, text))
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        document.get("paths").fieldNames().forEachRemaining(path -> templates.add(new Template(path,
                Pattern.compile("^" + path.replaceAll("\\{[^/]+}", "[^/]+") + "$"),
                path.split("\\{", -1).length - 1)));
        templates.sort(Comparator.comparingInt(Template::variables));
    }

    /** The contract as committed; read once. */
    public static Contract committed() {
        if (committed == null) {
            try {
                committed = new Contract(Files.readString(Path.of("openapi", "openapi.yaml")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return committed;
    }

    /** Every operation as {@code "GET /cities/{name}/status"}. */
    public Set<String> operations() {
        Set<String> operations = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(m -> {
            if (METHODS.contains(m)) {
                operations.add(m.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return operations;
    }

    /** The operation a request reaches, as {@link #operations()} names it, or null when the contract has none. */
    public String operationOf(String method, String path) {
        String m = method.toLowerCase(Locale.ROOT);
        for (Template template : templates) {
            if (template.pattern.matcher(path).matches() && document.get("paths").get(template.path).has(m)) {
                return method.toUpperCase(Locale.ROOT) + " " + template.path;
            }
        }
        return null;
    }

    /**
     * What in an answer the contract does not describe; empty when it conforms.
     *
     * @param headers the answer's headers, names in any case
     */
    public List<String> violations(String method, String path, int status, String contentType,
            Map<String, List<String>> headers, String body) {
        List<String> violations = new ArrayList<>();
        String operation = operationOf(method, path);
        if (operation == null) {
            return List.of(method + " " + path + " is not an operation of the contract");
        }
        String at = operation + " → " + status;
        JsonNode responses = document.at(pointer("paths", operation.substring(operation.indexOf(' ') + 1),
                method.toLowerCase(Locale.ROOT), "responses"));
        JsonNode response = responses.get(Integer.toString(status));
        if (response == null && status >= 500) {
            response = responses.get("default");
        }
        if (response == null) {
            return List.of(at + ": status not documented");
        }
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (CONTRACT_HEADERS.contains(name) && !documentsHeader(response, name)) {
                violations.add(at + ": header " + header.getKey() + " not documented");
            }
        }
        if (response.has("headers")) {
            response.get("headers").fields().forEachRemaining(h -> {
                if (h.getValue().path("required").asBoolean() && headers.keySet().stream()
                        .noneMatch(name -> name.equalsIgnoreCase(h.getKey()))) {
                    violations.add(at + ": required header " + h.getKey() + " missing");
                }
            });
        }
        boolean empty = body == null || body.isEmpty();
        if (!response.has("content")) {
            if (!empty) {
                violations.add(at + ": a body where the contract documents none");
            }
            return violations;
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        JsonNode media = response.get("content").get(mediaType);
        if (media == null) {
            violations.add(at + ": media type '" + mediaType + "' not documented");
            return violations;
        }
        if (empty && mediaType.endsWith("json") && !mediaType.equals("application/x-ndjson")) {
            violations.add(at + ": an empty " + mediaType + " body");
        }
        if (!media.has("schema") || empty) {
            return violations;
        }
        Schema schema = schema(media.get("schema"));
        if (mediaType.equals("application/x-ndjson")) {
            String[] lines = body.split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    violations.addAll(validate(at + " line " + (i + 1), schema, lines[i]));
                }
            }
        } else if (mediaType.endsWith("json")) {
            violations.addAll(validate(at, schema, body));
        } else if (!media.get("schema").path("type").asText().equals("string")) {
            violations.add(at + ": a " + mediaType + " body needs a string schema");
        }
        return violations;
    }

    /** What in a RestAssured answer to {@code method path} the contract does not describe. */
    public List<String> violations(String method, String path, io.restassured.response.Response response) {
        Map<String, List<String>> headers = new java.util.HashMap<>();
        for (io.restassured.http.Header header : response.headers().asList()) {
            headers.computeIfAbsent(header.getName(), n -> new ArrayList<>()).add(header.getValue());
        }
        return violations(method, path, response.statusCode(), response.contentType(), headers, response.asString());
    }

    /** What in a raw answer (a URI RestAssured cannot send) to {@code method path} the contract does not describe. */
    public List<String> violations(String method, String path, RawHttp.Answer answer) {
        Map<String, List<String>> headers = new java.util.HashMap<>();
        answer.headers().names().forEach(n -> headers.put(n, answer.headers().getAll(n)));
        return violations(method, path, answer.status(), answer.headers().get("Content-Type"), headers, answer.body());
    }

    /** What in a JSON text a component schema ({@code ClaimView}) does not allow. */
    public List<String> violationsOf(String component, String json) {
        ObjectNode ref = new ObjectMapper().createObjectNode().put("$ref", "#/components/schemas/" + component);
        return validate(component, schema(ref), json);
    }

    private List<String> validate(String at, Schema schema, String json) {
        List<Error> errors = schema.validate(json, InputFormat.JSON);
        return errors.stream().map(e -> at + ": " + e.getInstanceLocation() + " " + e.getMessage()).toList();
    }

    private static boolean documentsHeader(JsonNode response, String name) {
        if (!response.has("headers")) {
            return false;
        }
        for (Iterator<String> names = response.get("headers").fieldNames(); names.hasNext();) {
            if (names.next().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** A schema of the contract, its {@code #/...} references made absolute so they resolve in the document. */
    private Schema schema(JsonNode node) {
        return schemas.computeIfAbsent(node.toString(), key -> {
            JsonNode copy = node.deepCopy();
            absoluteRefs(copy);
            return registry.getSchema(copy.toString(), InputFormat.JSON);
        });
    }

    private static void absoluteRefs(JsonNode node) {
        if (node instanceof ObjectNode object && object.has("$ref") && object.get("$ref").asText().startsWith("#")) {
            object.put("$ref", ID + object.get("$ref").asText());
        }
        node.forEach(Contract::absoluteRefs);
    }

    private static String pointer(String... tokens) {
        StringBuilder pointer = new StringBuilder();
        for (String token : tokens) {
            pointer.append('/').append(token.replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }
}
