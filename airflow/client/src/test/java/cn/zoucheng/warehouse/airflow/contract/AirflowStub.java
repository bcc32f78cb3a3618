package cn.zoucheng.warehouse.airflow.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A stand-in for Airflow on a MockWebServer. Canned responses are registered per method and path
 * and validated against the spec when registered; each request is validated when it arrives
 * (operation exists, query parameters declared, body matches the request schema, authorization
 * present where the operation is secured). The last response of a route is served again once its
 * queue runs down to it, which suits polling.
 */
final class AirflowStub extends Dispatcher {

  static final OpenApiSpec V1 =
      new OpenApiSpec("airflow-openapi/airflow-2-api-v1.yaml", "/api/v1", true);
  static final OpenApiSpec V2 = new OpenApiSpec("airflow-openapi/airflow-3-api-v2.yaml", "", false);
  static final OpenApiSpec TOKEN =
      new OpenApiSpec("airflow-openapi/airflow-3-simple-auth-manager-token.yaml", "", false);

  private final Map<String, Deque<MockResponse>> routes = new LinkedHashMap<>();
  private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
  private final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());

  /** Registers a JSON answer, after validating it against the spec's response schema. */
  AirflowStub on(String method, String path, int status, String json) {
    return on(method, path, status, json, 0);
  }

  /** Registers a JSON answer sent only after {@code delayMillis} (to provoke read timeouts). */
  AirflowStub on(String method, String path, int status, String json, long delayMillis) {
    OpenApiSpec spec = specFor(path);
    OpenApiSpec.Operation op =
        spec.find(method, path)
            .orElseThrow(() -> new AssertionError(spec.name() + " has no " + method + " " + path));
    if (spec.documents(op, status)) {
      spec.responseSchema(op, status)
          .ifPresent(
              pointer -> {
                List<String> findings = spec.validate(pointer, json);
                assertThat(findings)
                    .as(
                        "canned %d for %s %s against %s%s",
                        status, method, path, spec.name(), pointer)
                    .isEmpty();
              });
    } else {
      // The specs document no 5xx answers: those come from proxies or crashes, in any shape.
      assertThat(status)
          .as("%s documents no %d for %s %s", spec.name(), status, method, path)
          .isGreaterThanOrEqualTo(500);
    }
    MockResponse.Builder response =
        new MockResponse.Builder()
            .code(status)
            .setHeader("Content-Type", "application/json")
            .body(json);
    if (delayMillis > 0) {
      response.headersDelay(delayMillis, TimeUnit.MILLISECONDS);
    }
    routes.computeIfAbsent(method + " " + path, k -> new ArrayDeque<>()).add(response.build());
    return this;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    requests.add(request);
    String path = request.getUrl().encodedPath();
    String method = request.getMethod();
    validateRequest(method, path, request);
    Deque<MockResponse> queue = routes.get(method + " " + path);
    if (queue == null || queue.isEmpty()) {
      violations.add("unexpected request " + method + " " + request.getUrl());
      return new MockResponse.Builder().code(599).build();
    }
    return queue.size() > 1 ? queue.poll() : queue.peek();
  }

  private void validateRequest(String method, String path, RecordedRequest request) {
    OpenApiSpec spec = specFor(path);
    var found = spec.find(method, path);
    if (found.isEmpty()) {
      violations.add(spec.name() + " has no operation " + method + " " + path);
      return;
    }
    OpenApiSpec.Operation op = found.get();
    var declared = spec.queryParameters(op);
    for (String name : request.getUrl().queryParameterNames()) {
      if (!declared.contains(name)) {
        violations.add(method + " " + path + ": query parameter '" + name + "' not in the spec");
      }
    }
    String authorization = request.getHeaders().get("Authorization");
    if (spec == V2
        && spec.secured(op)
        && (authorization == null || !authorization.startsWith("Bearer "))) {
      violations.add(method + " " + path + ": secured by a bearer token, none sent");
    }
    boolean open = path.endsWith("/health") || path.endsWith("/version");
    if (spec == V1 && !open && (authorization == null || !authorization.startsWith("Basic "))) {
      violations.add(method + " " + path + ": Airflow 2 basic auth expected, none sent");
    }
    String body = request.getBody() == null ? "" : request.getBody().utf8();
    var schema = spec.requestSchema(op);
    if (schema.isPresent()) {
      if (body.isEmpty()) {
        violations.add(method + " " + path + ": request body missing");
      } else {
        spec.validate(schema.get(), body)
            .forEach(f -> violations.add(method + " " + path + " request body: " + f));
      }
    } else if (!body.isEmpty()) {
      violations.add(method + " " + path + ": the spec has no request body, one was sent");
    }
  }

  private static OpenApiSpec specFor(String path) {
    if (path.startsWith("/api/v1/")) {
      return V1;
    }
    return path.startsWith("/auth/") ? TOKEN : V2;
  }

  /** Every spec violation seen in requests so far. */
  List<String> violations() {
    return violations;
  }

  /** Every request received so far. */
  List<RecordedRequest> requests() {
    return requests;
  }
}
