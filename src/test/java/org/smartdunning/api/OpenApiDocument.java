package org.smartdunning.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The API's OpenAPI 3.1 document and the check of one response against it: the operation found by
 * method and path template, its status declared, its content type and body valid against the
 * declared JSON Schema (networknt, OpenAPI 3.1 dialect), its required headers present.
 */
final class OpenApiDocument {
    /** The document's base IRI for the schema registry; it is never fetched. */
    static final String IRI = "https://smartdunning.invalid/openapi.json";
    static final ObjectMapper JSON = new ObjectMapper();
    /** Statuses any path may answer when no operation matches: no key, no such path, no such method. */
    private static final List<Integer> UNMATCHED = List.of(401, 404, 405, 429);

    private final JsonNode root;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    private final Map<Pattern, String> templates = new java.util.LinkedHashMap<>();

    static {
        // the registry reads the whole document as a schema and warns about each OpenAPI keyword in it
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("com.networknt.schema"))
                .setLevel(ch.qos.logback.classic.Level.ERROR);
    }

    OpenApiDocument(String text) {
        try {
            this.root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the OpenAPI document is not JSON: " + e.getOriginalMessage(), e);
        }
        this.registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(), builder -> builder.schemas(Map.of(IRI, text)));
        root.path("paths").fieldNames().forEachRemaining(path -> templates.put(Pattern.compile(
                "^" + path.replaceAll("\\{[^/}]+}", "[^/]+") + "$"), path));
    }

    /** The document in the build (what the server serves at /openapi.json). */
    static OpenApiDocument fromBuild() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream("/openapi.json")) {
            return new OpenApiDocument(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode root() {
        return root;
    }

    /** The path template an actual path matches: literal paths win over templated ones. */
    Optional<String> template(String path) {
        if (root.path("paths").has(path)) {
            return Optional.of(path);
        }
        return templates.entrySet().stream().filter(e -> e.getKey().matcher(path).matches()).map(Map.Entry::getValue)
                .findFirst();
    }

    /**
     * Everything about a response that breaks the document; empty when it keeps it.
     *
     * @param headers the response's headers, names in lower case
     */
    List<String> check(String method, String path, int status, String contentType, Map<String, List<String>> headers,
                       String body) {
        List<String> problems = new ArrayList<>();
        Optional<String> template = template(path);
        JsonNode operation = template.map(t -> root.path("paths").path(t).path(method.toLowerCase(Locale.ROOT)))
                .filter(JsonNode::isObject).orElse(null);
        String where = method + " " + template.orElse(path) + " → " + status;
        if (operation == null) {
            // no operation: only the refusals every path may give, as problem details
            if (!UNMATCHED.contains(status)) {
                problems.add(where + ": no operation in the document, and not one of " + UNMATCHED);
            }
            checkBody(where, "/components/responses/NotFound/content/application~1problem+json/schema",
                    "application/problem+json", contentType, body, problems);
            return problems;
        }
        String pointer = "/paths/" + escape(template.get()) + "/" + method.toLowerCase(Locale.ROOT) + "/responses/";
        JsonNode response = operation.path("responses").path(Integer.toString(status));
        pointer += status;
        if (response.isMissingNode()) {
            problems.add(where + ": status not declared (declared: " + names(operation.path("responses")) + ")");
            return problems;
        }
        if (response.has("$ref")) {
            pointer = response.get("$ref").asText().substring(1);
            response = root.at(pointer);
        }
        response.path("headers").fields().forEachRemaining(h -> {
            JsonNode header = h.getValue().has("$ref") ? root.at(h.getValue().get("$ref").asText().substring(1))
                    : h.getValue();
            List<String> values = headers.getOrDefault(h.getKey().toLowerCase(Locale.ROOT), List.of());
            if (values.isEmpty() && header.path("required").asBoolean()) {
                problems.add(where + ": required header " + h.getKey() + " missing");
            }
            if (!values.isEmpty() && header.has("schema")) {
                validate(where + " header " + h.getKey(), header.get("schema"), TextNode.valueOf(values.get(0)), problems);
            }
        });
        JsonNode content = response.path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            if (body != null && !body.isEmpty()) {
                problems.add(where + ": the document declares no body, got " + abbreviated(body));
            }
            return problems;
        }
        String media = baseType(contentType);
        if (!content.has(media)) {
            problems.add(where + ": content type '" + contentType + "' not declared (declared: " + names(content) + ")");
            return problems;
        }
        checkBody(where, pointer + "/content/" + escape(media) + "/schema", media, contentType, body, problems);
        return problems;
    }

    private void checkBody(String where, String schemaPointer, String media, String contentType, String body,
                           List<String> problems) {
        if (!media.equals(baseType(contentType))) {
            problems.add(where + ": content type '" + contentType + "', expected " + media);
            return;
        }
        JsonNode instance;
        if (media.equals("application/json") || media.endsWith("+json")) {
            try {
                instance = JSON.readTree(body == null ? "" : body);
            } catch (JsonProcessingException e) {
                problems.add(where + ": body is not JSON: " + abbreviated(body));
                return;
            }
            if (instance == null || instance.isMissingNode()) {
                problems.add(where + ": empty body where the document declares " + media);
                return;
            }
        } else {
            instance = TextNode.valueOf(body == null ? "" : body);
        }
        validate(where, root.at(schemaPointer), instance, problems);
    }

    private void validate(String where, JsonNode schemaNode, JsonNode instance, List<String> problems) {
        if (schemaNode.isMissingNode()) {
            problems.add(where + ": the document has no schema here");
            return;
        }
        Schema schema = schemaFor(schemaNode);
        schema.validate(instance).forEach(error -> problems.add(where + ": " + error.getMessage()
                + " in " + abbreviated(instance.toString())));
    }

    /** A schema by reference into the document (so its own $refs resolve), or inline. */
    private Schema schemaFor(JsonNode node) {
        String key = node.toString();
        return schemas.computeIfAbsent(key, k -> node.has("$ref") && node.size() == 1
                ? registry.getSchema(SchemaLocation.of(IRI + node.get("$ref").asText()))
                : registry.getSchema(SchemaLocation.of(IRI + "#/inline"), node));
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    static String baseType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static String abbreviated(String text) {
        return text == null ? "(none)" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
