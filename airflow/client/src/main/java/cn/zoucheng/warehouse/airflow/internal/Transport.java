package cn.zoucheng.warehouse.airflow.internal;

import cn.zoucheng.warehouse.airflow.AirflowErrors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends JSON requests to Airflow with timeouts, bounded retries (exponential backoff on 5xx,
 * timeouts and connection errors), one credential renewal on 401, and errors from {@link
 * AirflowErrors}. Logs method, path and status only: never headers or bodies.
 */
public final class Transport implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Transport.class);
  private static final MediaType JSON = MediaType.get("application/json");
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

  private final OkHttpClient http;
  private final HttpUrl root;
  private final int retries;
  private final Duration backoff;
  private final Sleeper sleeper;
  private final Secrets secrets;
  private final ObjectMapper json = new ObjectMapper();

  /** A transport to the server at {@code root}. */
  public Transport(
      URI root, Duration timeout, int retries, Duration backoff, Sleeper sleeper, Secrets secrets) {
    this.http =
        new OkHttpClient.Builder()
            .connectTimeout(timeout)
            .readTimeout(timeout)
            .writeTimeout(timeout)
            .retryOnConnectionFailure(false) // our own loop retries, with backoff and a bound
            .build();
    this.root = HttpUrl.get(root);
    this.retries = retries;
    this.backoff = backoff;
    this.sleeper = sleeper;
    this.secrets = secrets;
  }

  /** The JSON mapper used for bodies. */
  public ObjectMapper json() {
    return json;
  }

  /** The secrets masked out of messages. */
  public Secrets secrets() {
    return secrets;
  }

  /**
   * Sends a request and returns the answer if its status is one of {@code accepted}; any other
   * status ends in an {@link cn.zoucheng.warehouse.airflow.AirflowException}.
   *
   * @param segments path segments under the server root, each URL-encoded here
   * @param what what the request does, for messages ("trigger DAG x")
   */
  public Answer send(
      String method,
      List<String> segments,
      Map<String, String> query,
      JsonNode body,
      Auth auth,
      String what,
      int... accepted) {
    HttpUrl.Builder url = root.newBuilder();
    segments.forEach(url::addPathSegment);
    query.forEach(url::addQueryParameter);
    HttpUrl target = url.build();
    String shown = method + " " + target.encodedPath();
    boolean renewed = false;
    int attempt = 0;
    while (true) {
      attempt++;
      Answer answer;
      try {
        answer = execute(method, target, body, auth);
      } catch (IOException e) {
        if (attempt > retries) {
          throw AirflowErrors.unreachable(what, root.toString(), e, attempt);
        }
        LOG.warn(
            "{} failed ({}); retry {}/{}", shown, e.getClass().getSimpleName(), attempt, retries);
        pause(attempt);
        continue;
      }
      int status = answer.status();
      LOG.debug("{} -> {}", shown, status);
      if (Arrays.stream(accepted).anyMatch(s -> s == status)) {
        return answer;
      }
      if (status == 401 && !renewed && auth.renew()) {
        renewed = true;
        attempt--; // a renewal is not a retry
        continue;
      }
      if (status >= 500 && attempt <= retries) {
        LOG.warn("{} answered HTTP {}; retry {}/{}", shown, status, attempt, retries);
        pause(attempt);
        continue;
      }
      throw error(what, answer, attempt);
    }
  }

  private Answer execute(String method, HttpUrl url, JsonNode body, Auth auth) throws IOException {
    RequestBody requestBody =
        body == null ? null : RequestBody.create(json.writeValueAsBytes(body), JSON);
    Request.Builder request =
        new Request.Builder()
            .url(url)
            .method(method, requestBody)
            .header("Accept", "application/json");
    Optional<String> authorization = auth.header();
    authorization.ifPresent(h -> request.header("Authorization", h));
    try (Response response = http.newCall(request.build()).execute()) {
      ResponseBody responseBody = response.body();
      String text = responseBody == null ? "" : responseBody.string();
      JsonNode parsed = MissingNode.getInstance();
      if (!text.isBlank()) {
        try {
          parsed = json.readTree(text);
        } catch (IOException e) {
          if (response.isSuccessful()) {
            throw AirflowErrors.unreadableAnswer(
                method + " " + url.encodedPath(), response.code(), e);
          }
          // An HTML error page from a proxy: keep the status, drop the body.
        }
      }
      return new Answer(response.code(), parsed);
    }
  }

  private void pause(int attempt) {
    long factor = 1L << Math.min(attempt - 1, 16);
    Duration delay = backoff.multipliedBy(factor);
    sleeper.sleep(delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay);
  }

  private RuntimeException error(String what, Answer answer, int attempts) {
    String detail = secrets.redact(Problems.describe(answer.body()));
    int status = answer.status();
    switch (status) {
      case 401:
        return AirflowErrors.unauthorized(what, detail);
      case 403:
        return AirflowErrors.forbidden(what, detail);
      case 404:
        return AirflowErrors.notFound(what, detail);
      case 400:
      case 409:
      case 422:
        return AirflowErrors.rejected(what, status, detail);
      default:
        return AirflowErrors.serverError(what, status, detail, attempts);
    }
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
