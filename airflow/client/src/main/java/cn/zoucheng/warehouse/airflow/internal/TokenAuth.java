package cn.zoucheng.warehouse.airflow.internal;

import cn.zoucheng.warehouse.airflow.AirflowErrors;
import cn.zoucheng.warehouse.airflow.Credentials;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Airflow 3's bearer token, from {@code POST /auth/token}; fetched on first use and renewed once
 * when a request answers 401 (tokens expire, by default after a day).
 */
public final class TokenAuth implements Auth {

  private static final Logger LOG = LoggerFactory.getLogger(TokenAuth.class);

  private final Transport transport;
  private final Credentials credentials;
  private final Secrets secrets;
  private String token;

  /** Fetches tokens through {@code transport} with the given credentials. */
  public TokenAuth(Transport transport, Credentials credentials, Secrets secrets) {
    this.transport = transport;
    this.credentials = credentials;
    this.secrets = secrets;
    secrets.add(credentials.password());
  }

  @Override
  public synchronized Optional<String> header() {
    if (token == null) {
      token = fetch();
    }
    return Optional.of("Bearer " + token);
  }

  @Override
  public synchronized boolean renew() {
    LOG.info("Airflow answered 401; requesting a new token");
    token = fetch();
    return true;
  }

  private String fetch() {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("username", credentials.username());
    body.put("password", credentials.password());
    Answer a =
        transport.send(
            "POST",
            List.of("auth", "token"),
            Map.of(),
            body,
            Auth.NONE,
            "get an access token from /auth/token",
            201,
            200);
    String value = a.body().path("access_token").asText("");
    if (value.isEmpty()) {
      throw AirflowErrors.unreadableAnswer(
          "POST /auth/token",
          a.status(),
          new IllegalStateException("no access_token in the answer"));
    }
    secrets.add(value);
    return value;
  }

  @Override
  public String toString() {
    return "TokenAuth[****]";
  }
}
