package cn.zoucheng.warehouse.airflow;

import java.util.Locale;

/**
 * Which Airflow REST API to speak: {@code 1} (Airflow 2), {@code 2} (Airflow 3) or {@code auto}.
 */
public enum ApiVersion {
  /** Airflow 2's stable API under {@code /api/v1}, with basic auth. */
  V1("/api/v1"),
  /** Airflow 3's API under {@code /api/v2}, with bearer tokens from {@code /auth/token}. */
  V2("/api/v2"),
  /** Probe {@code /api/v2/version}, then {@code /api/v1/version}. */
  AUTO("");

  private final String basePath;

  ApiVersion(String basePath) {
    this.basePath = basePath;
  }

  /** The path prefix of the API's endpoints, e.g. {@code /api/v2}. */
  public String basePath() {
    return basePath;
  }

  /** Parses {@code 1}, {@code 2}, {@code v1}, {@code v2} or {@code auto}. */
  public static ApiVersion parse(String text) {
    switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "1":
      case "v1":
        return V1;
      case "2":
      case "v2":
        return V2;
      case "auto":
        return AUTO;
      default:
        throw AirflowErrors.badSetting(AirflowConfig.API_VERSION, text, "1, 2 or auto");
    }
  }
}
