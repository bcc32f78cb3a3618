package cn.zoucheng.warehouse.airflow.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One official Airflow OpenAPI document, loaded from the test classpath: finds the operation of a
 * request and validates bodies against the operation's schemas with networknt's validator.
 */
final class OpenApiSpec {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final String resource;
  private final String pathPrefix;
  private final JsonNode root;
  private final SchemaRegistry registry;
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  /**
   * @param resource classpath resource, e.g. {@code airflow-openapi/airflow-3-api-v2.yaml}
   * @param pathPrefix the server prefix the spec's paths omit ({@code /api/v1} for v1), else ""
   */
  OpenApiSpec(String resource, String pathPrefix, boolean openApi30) {
    this.resource = resource;
    this.pathPrefix = pathPrefix;
    try (InputStream in = OpenApiSpec.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("spec not on the test classpath: " + resource);
      }
      this.root = YAML.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Dialect dialect = openApi30 ? Dialects.getOpenApi30() : Dialects.getOpenApi31();
    this.registry = SchemaRegistry.withDialect(dialect);
  }

  String name() {
    return resource;
  }

  /** An operation of the spec, matched from a concrete request path. */
  record Operation(String template, String method, JsonNode node, Map<String, String> pathParams) {}

  /** Finds the operation for {@code method} on the concrete {@code path}, if the spec has it. */
  Optional<Operation> find(String method, String path) {
    if (!path.startsWith(pathPrefix)) {
      return Optional.empty();
    }
    String[] actual = path.substring(pathPrefix.length()).split("/", -1);
    Operation best = null;
    int bestLiterals = -1;
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("paths").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String[] template = e.getKey().split("/", -1);
      if (template.length != actual.length) {
        continue;
      }
      Map<String, String> params = new java.util.LinkedHashMap<>();
      int literals = 0;
      boolean match = true;
      for (int i = 0; i < template.length && match; i++) {
        if (template[i].startsWith("{") && template[i].endsWith("}")) {
          params.put(template[i].substring(1, template[i].length() - 1), actual[i]);
        } else if (template[i].equals(actual[i])) {
          literals++;
        } else {
          match = false;
        }
      }
      JsonNode op = e.getValue().path(method.toLowerCase(Locale.ROOT));
      if (match && !op.isMissingNode() && literals > bestLiterals) {
        best = new Operation(e.getKey(), method, op, params);
        bestLiterals = literals;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Names of the query parameters the operation declares. */
  Set<String> queryParameters(Operation op) {
    Set<String> names = new HashSet<>();
    List<JsonNode> params = new ArrayList<>();
    op.node().path("parameters").forEach(params::add);
    root.path("paths").path(op.template()).path("parameters").forEach(params::add);
    for (JsonNode p : params) {
      JsonNode resolved = resolve(p);
      if ("query".equals(resolved.path("in").asText())) {
        names.add(resolved.path("name").asText());
      }
    }
    return names;
  }

  /** Whether the operation requires authentication (its own or the document's security). */
  boolean secured(Operation op) {
    JsonNode security =
        op.node().has("security") ? op.node().path("security") : root.path("security");
    return security.isArray() && !security.isEmpty();
  }

  /** The JSON pointer of the operation's request body schema, if it has one. */
  Optional<String> requestSchema(Operation op) {
    JsonNode schema =
        op.node().path("requestBody").path("content").path("application/json").path("schema");
    return pointerOf(schema, pointer(op) + "/requestBody/content/application~1json/schema");
  }

  /** The JSON pointer of the schema of the operation's response with {@code status}. */
  Optional<String> responseSchema(Operation op, int status) {
    JsonNode response = op.node().path("responses").path(String.valueOf(status));
    if (response.isMissingNode()) {
      return Optional.empty();
    }
    JsonNode resolved = resolve(response);
    JsonNode schema = resolved.path("content").path("application/json").path("schema");
    return pointerOf(schema, null);
  }

  /** Whether the operation documents a response with {@code status}. */
  boolean documents(Operation op, int status) {
    return op.node().path("responses").has(String.valueOf(status));
  }

  /** Validates {@code json} against the schema at {@code pointer}; returns the findings. */
  List<String> validate(String pointer, String json) {
    Schema schema =
        schemas.computeIfAbsent(
            pointer, p -> registry.getSchema(SchemaLocation.of("classpath:" + resource + "#" + p)));
    List<String> findings = new ArrayList<>();
    for (Error e : schema.validate(json, InputFormat.JSON)) {
      findings.add(e.toString());
    }
    return findings;
  }

  private Optional<String> pointerOf(JsonNode schema, String inlinePointer) {
    if (schema.isMissingNode() || (schema.isObject() && schema.isEmpty())) {
      return Optional.empty();
    }
    if (schema.has("$ref") && schema.path("$ref").asText().startsWith("#/")) {
      return Optional.of(schema.path("$ref").asText().substring(1));
    }
    if (inlinePointer == null) {
      throw new IllegalStateException("inline response schema not supported here: " + schema);
    }
    return Optional.of(inlinePointer);
  }

  private String pointer(Operation op) {
    return "/paths/"
        + op.template().replace("~", "~0").replace("/", "~1")
        + "/"
        + op.method().toLowerCase(Locale.ROOT);
  }

  private JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    while (current.has("$ref")) {
      current = root.at(current.path("$ref").asText().substring(1));
    }
    return current;
  }
}
