package cn.zoucheng.warehouse.airflow;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * How to reach Airflow. Each key is looked up, first match wins, in: a command-line flag, the
 * environment ({@code AIRFLOW_URL} for {@code airflow.url}: upper case, dots and dashes to
 * underscores), {@code warehouse.properties}, then the default. Credentials come from {@code
 * AIRFLOW_USERNAME}/{@code AIRFLOW_PASSWORD}, else from the file named by {@code
 * airflow.credentials-file}; {@link #toString()} never shows them.
 */
public record AirflowConfig(
    URI url,
    ApiVersion apiVersion,
    String dagId,
    Optional<Credentials> credentials,
    Duration timeout,
    int retries,
    Duration backoff) {

  /** Base URL of the Airflow webserver / API server; default {@code http://localhost:8080}. */
  public static final String URL = "airflow.url";

  /** {@code 1} (Airflow 2), {@code 2} (Airflow 3) or {@code auto} (probe; the default). */
  public static final String API_VERSION = "airflow.api-version";

  /** The DAG to trigger; default {@code zoucheng_monthly_warehouse}. */
  public static final String DAG_ID = "airflow.dag-id";

  /** A properties file with {@code username} and {@code password}, used when the env has none. */
  public static final String CREDENTIALS_FILE = "airflow.credentials-file";

  /** Connect and read timeout of each request, in seconds; default 30. */
  public static final String TIMEOUT_SECONDS = "airflow.timeout-seconds";

  /** Retries of a request after a 5xx, a timeout or a connection error; default 3. */
  public static final String RETRIES = "airflow.retries";

  /** First delay between retries in milliseconds, doubled each time; default 500. */
  public static final String BACKOFF_MILLIS = "airflow.backoff-millis";

  /** The DAG defined in {@code airflow/dags/zoucheng_monthly.py}. */
  public static final String DEFAULT_DAG_ID = "zoucheng_monthly_warehouse";

  /** Validates the values. */
  public AirflowConfig {
    if (retries < 0 || retries > 10) {
      throw AirflowErrors.badSetting(RETRIES, String.valueOf(retries), "a number from 0 to 10");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw AirflowErrors.badSetting(TIMEOUT_SECONDS, timeout.toString(), "a positive number");
    }
  }

  /**
   * Reads the configuration from flags, the process environment and {@code warehouse.properties}.
   */
  public static AirflowConfig load(Map<String, String> flags) {
    return load(flags, System.getenv(), Path.of("warehouse.properties"));
  }

  /** Reads the configuration from the given sources (see the class comment for the order). */
  public static AirflowConfig load(
      Map<String, String> flags, Map<String, String> env, Path propertiesFile) {
    Properties file = new Properties();
    if (propertiesFile != null && Files.isRegularFile(propertiesFile)) {
      try (Reader r = Files.newBufferedReader(propertiesFile, StandardCharsets.UTF_8)) {
        file.load(r);
      } catch (IOException e) {
        throw AirflowErrors.unreadableConfig(propertiesFile, e);
      }
    }
    Lookup l = new Lookup(flags, env, file);
    Optional<Credentials> credentials = Credentials.fromEnvironment(env);
    if (credentials.isEmpty()) {
      String path = l.get(CREDENTIALS_FILE, null);
      if (path != null) {
        credentials = Optional.of(Credentials.fromFile(Path.of(path)));
      }
    }
    return new AirflowConfig(
        parseUrl(l.get(URL, "http://localhost:8080")),
        ApiVersion.parse(l.get(API_VERSION, "auto")),
        l.get(DAG_ID, DEFAULT_DAG_ID),
        credentials,
        Duration.ofSeconds(parseInt(TIMEOUT_SECONDS, l.get(TIMEOUT_SECONDS, "30"))),
        parseInt(RETRIES, l.get(RETRIES, "3")),
        Duration.ofMillis(parseInt(BACKOFF_MILLIS, l.get(BACKOFF_MILLIS, "500"))));
  }

  /** A configuration for the given server with defaults otherwise (for tests and tools). */
  public static AirflowConfig of(URI url, ApiVersion version, Credentials credentials) {
    return new AirflowConfig(
        url,
        version,
        DEFAULT_DAG_ID,
        Optional.ofNullable(credentials),
        Duration.ofSeconds(30),
        3,
        Duration.ofMillis(500));
  }

  /** Returns a copy with the given URL. */
  public AirflowConfig withUrl(URI newUrl) {
    return new AirflowConfig(newUrl, apiVersion, dagId, credentials, timeout, retries, backoff);
  }

  /** Returns a copy with the given API version. */
  public AirflowConfig withApiVersion(ApiVersion version) {
    return new AirflowConfig(url, version, dagId, credentials, timeout, retries, backoff);
  }

  /** Returns a copy with the given DAG id. */
  public AirflowConfig withDagId(String newDagId) {
    return new AirflowConfig(url, apiVersion, newDagId, credentials, timeout, retries, backoff);
  }

  /** Returns a copy with the given timeout, retries and first backoff delay. */
  public AirflowConfig withRetries(Duration newTimeout, int newRetries, Duration newBackoff) {
    return new AirflowConfig(
        url, apiVersion, dagId, credentials, newTimeout, newRetries, newBackoff);
  }

  @Override
  public String toString() {
    return "AirflowConfig[url="
        + url
        + ", apiVersion="
        + apiVersion
        + ", dagId="
        + dagId
        + ", credentials="
        + credentials.map(c -> c.username() + ":****").orElse("none")
        + ", timeout="
        + timeout
        + ", retries="
        + retries
        + ", backoff="
        + backoff
        + "]";
  }

  static URI parseUrl(String text) {
    try {
      URI uri = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
      if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
        throw AirflowErrors.badSetting(URL, text, "an http:// or https:// URL");
      }
      if (uri.getUserInfo() != null) {
        // A password in the URL would end up in messages and logs.
        throw AirflowErrors.badSetting(URL, "<URL with user info>", "a URL without user:password@");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw AirflowErrors.badSetting(URL, text, "an http:// or https:// URL");
    }
  }

  private static int parseInt(String key, String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw AirflowErrors.badSetting(key, value, "a whole number");
    }
  }

  private record Lookup(Map<String, String> flags, Map<String, String> env, Properties file) {
    String get(String key, String fallback) {
      String v = flags.get(key);
      if (v == null || v.isBlank()) {
        v = env.get(key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
      }
      if (v == null || v.isBlank()) {
        v = file.getProperty(key);
      }
      return v == null || v.isBlank() ? fallback : v.trim();
    }
  }
}
