package cn.zoucheng.warehouse.airflow;

import cn.zoucheng.warehouse.airflow.internal.Answer;
import cn.zoucheng.warehouse.airflow.internal.Auth;
import cn.zoucheng.warehouse.airflow.internal.BasicAuth;
import cn.zoucheng.warehouse.airflow.internal.Secrets;
import cn.zoucheng.warehouse.airflow.internal.Sleeper;
import cn.zoucheng.warehouse.airflow.internal.TokenAuth;
import cn.zoucheng.warehouse.airflow.internal.Transport;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the client for the configured API version, probing the server when it is {@code auto}.
 */
public final class AirflowClients {

  private static final Logger LOG = LoggerFactory.getLogger(AirflowClients.class);

  private AirflowClients() {}

  /** Returns a client for {@code config}, waiting between retries with the real clock. */
  public static AirflowClient create(AirflowConfig config) {
    return create(config, Sleeper.SYSTEM);
  }

  /** Returns a client for {@code config}; {@code sleeper} waits between retries. */
  public static AirflowClient create(AirflowConfig config, Sleeper sleeper) {
    Secrets secrets = new Secrets();
    Transport transport =
        new Transport(
            config.url(), config.timeout(), config.retries(), config.backoff(), sleeper, secrets);
    ApiVersion version =
        config.apiVersion() == ApiVersion.AUTO ? probe(transport, config) : config.apiVersion();
    if (version == ApiVersion.V1) {
      Auth auth = config.credentials().<Auth>map(c -> new BasicAuth(c, secrets)).orElse(Auth.NONE);
      return new AirflowV1Client(transport, auth);
    }
    Auth auth =
        config.credentials().<Auth>map(c -> new TokenAuth(transport, c, secrets)).orElse(Auth.NONE);
    return new AirflowV2Client(transport, auth);
  }

  /** Asks {@code /api/v2/version}, then {@code /api/v1/version}: whichever answers 200 wins. */
  static ApiVersion probe(Transport transport, AirflowConfig config) {
    Answer v2 =
        transport.send(
            "GET",
            List.of("api", "v2", "version"),
            Map.of(),
            null,
            Auth.NONE,
            "probe the Airflow 3 API",
            200,
            401,
            403,
            404,
            405);
    if (v2.status() == 200 || v2.status() == 401 || v2.status() == 403) {
      LOG.debug("{} speaks /api/v2", config.url());
      return ApiVersion.V2;
    }
    Answer v1 =
        transport.send(
            "GET",
            List.of("api", "v1", "version"),
            Map.of(),
            null,
            Auth.NONE,
            "probe the Airflow 2 API",
            200,
            401,
            403,
            404,
            405);
    if (v1.status() == 200 || v1.status() == 401 || v1.status() == 403) {
      LOG.debug("{} speaks /api/v1", config.url());
      return ApiVersion.V1;
    }
    throw AirflowErrors.noApiFound(config.url().toString(), v2.status(), v1.status());
  }
}
