package cn.zoucheng.warehouse.airflow.internal;

import cn.zoucheng.warehouse.airflow.Credentials;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Airflow 2's basic auth (the {@code basic_auth} API backend). */
public final class BasicAuth implements Auth {

  private final String header;

  /** Signs requests with the given credentials. */
  public BasicAuth(Credentials credentials, Secrets secrets) {
    this.header =
        okhttp3.Credentials.basic(
            credentials.username(), credentials.password(), StandardCharsets.UTF_8);
    secrets.add(credentials.password());
    secrets.add(header);
  }

  @Override
  public Optional<String> header() {
    return Optional.of(header);
  }

  @Override
  public boolean renew() {
    return false;
  }

  @Override
  public String toString() {
    return "BasicAuth[****]";
  }
}
