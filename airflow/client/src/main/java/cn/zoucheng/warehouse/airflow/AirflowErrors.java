package cn.zoucheng.warehouse.airflow;

import cn.zoucheng.warehouse.airflow.AirflowException.Kind;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Every user-facing error of the Airflow client, each saying what happened, why, and what to do.
 * Messages carry Airflow's own problem detail where it sent one, and never credentials or tokens.
 */
public final class AirflowErrors {

  private AirflowErrors() {}

  /** A configuration value that cannot be used. */
  public static AirflowException badSetting(String key, String value, String expected) {
    return new AirflowException(
        Kind.CONFIGURATION,
        0,
        "Invalid "
            + key
            + " '"
            + value
            + "': expected "
            + expected
            + ". Fix the flag, the environment variable or warehouse.properties.",
        null);
  }

  /** The configuration file could not be read. */
  public static AirflowException unreadableConfig(Path file, IOException cause) {
    return new AirflowException(
        Kind.CONFIGURATION,
        0,
        "Cannot read configuration file " + file + ": " + cause.getMessage(),
        cause);
  }

  /** The credentials file could not be read. */
  public static AirflowException unreadableCredentials(Path file, IOException cause) {
    return new AirflowException(
        Kind.CONFIGURATION,
        0,
        "Cannot read Airflow credentials file "
            + file
            + " ("
            + AirflowConfig.CREDENTIALS_FILE
            + "): "
            + cause.getClass().getSimpleName()
            + ". Check the path and that this user may read it.",
        null);
  }

  /** The credentials file lacks a user name or password. */
  public static AirflowException incompleteCredentials(Path file) {
    return new AirflowException(
        Kind.CONFIGURATION,
        0,
        "Airflow credentials file " + file + " needs both 'username' and 'password' entries.",
        null);
  }

  /** A period that is not a month. */
  public static AirflowException badPeriod(String period) {
    return new AirflowException(
        Kind.CONFIGURATION,
        0,
        "Invalid period '" + period + "': expected a month written YYYY-MM, e.g. 2026-10.",
        null);
  }

  /** 401: Airflow refused the credentials (after renewing the token, on Airflow 3). */
  public static AirflowException unauthorized(String what, String detail) {
    return new AirflowException(
        Kind.UNAUTHORIZED,
        401,
        "Airflow refused the credentials while trying to "
            + what
            + detailSuffix(detail)
            + ". Check AIRFLOW_USERNAME/AIRFLOW_PASSWORD or "
            + AirflowConfig.CREDENTIALS_FILE
            + ", and that the API's auth backend accepts them.",
        null);
  }

  /** 403: the user lacks the permission. */
  public static AirflowException forbidden(String what, String detail) {
    return new AirflowException(
        Kind.FORBIDDEN,
        403,
        "Airflow says this user may not "
            + what
            + detailSuffix(detail)
            + ". Ask an Airflow admin for the permission (e.g. the User or Op role).",
        null);
  }

  /** 404: no such DAG, run or endpoint. */
  public static AirflowException notFound(String what, String detail) {
    return new AirflowException(
        Kind.NOT_FOUND,
        404,
        "Airflow found nothing to "
            + what
            + detailSuffix(detail)
            + ". Check "
            + AirflowConfig.DAG_ID
            + ", the run id, "
            + AirflowConfig.URL
            + " and "
            + AirflowConfig.API_VERSION
            + ".",
        null);
  }

  /** 400 or 422: Airflow rejected the request as invalid. */
  public static AirflowException rejected(String what, int status, String detail) {
    return new AirflowException(
        Kind.REJECTED,
        status,
        "Airflow rejected the request to "
            + what
            + " (HTTP "
            + status
            + ")"
            + detailSuffix(detail)
            + ". Check the arguments, and that "
            + AirflowConfig.API_VERSION
            + " matches the server's Airflow version.",
        null);
  }

  /** 5xx (after the retries) or another unexpected status. */
  public static AirflowException serverError(String what, int status, String detail, int attempts) {
    return new AirflowException(
        Kind.SERVER_ERROR,
        status,
        "Airflow failed to "
            + what
            + " (HTTP "
            + status
            + ", "
            + attempts
            + " attempt(s))"
            + detailSuffix(detail)
            + ". Check the Airflow server's logs.",
        null);
  }

  /** No connection, or no answer in time, after the retries. */
  public static AirflowException unreachable(
      String what, String url, IOException cause, int attempts) {
    String reason =
        cause instanceof java.net.SocketTimeoutException
                || cause instanceof java.io.InterruptedIOException
            ? "no answer within the timeout (" + AirflowConfig.TIMEOUT_SECONDS + ")"
            : cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    return new AirflowException(
        Kind.UNREACHABLE,
        0,
        "Cannot reach Airflow at "
            + url
            + " to "
            + what
            + " after "
            + attempts
            + " attempt(s): "
            + reason
            + ". Check "
            + AirflowConfig.URL
            + " and that the server is up.",
        cause);
  }

  /** An answer that is not the JSON the API documents. */
  public static AirflowException unreadableAnswer(String what, int status, Exception cause) {
    return new AirflowException(
        Kind.SERVER_ERROR,
        status,
        "Airflow's answer to "
            + what
            + " (HTTP "
            + status
            + ") is not the JSON its API documents: "
            + cause.getMessage(),
        null);
  }

  /** Neither /api/v2 nor /api/v1 answered the version probe. */
  public static AirflowException noApiFound(String url, int v2Status, int v1Status) {
    return new AirflowException(
        Kind.NOT_FOUND,
        404,
        "No Airflow REST API found at "
            + url
            + ": /api/v2/version answered "
            + v2Status
            + " and /api/v1/version answered "
            + v1Status
            + ". Check "
            + AirflowConfig.URL
            + " (the webserver/API server root, without /api/...) or set "
            + AirflowConfig.API_VERSION
            + ".",
        null);
  }

  /** The 409 on trigger said the run exists, but reading it failed. */
  public static AirflowException conflictWithoutRun(String runId, String detail) {
    return new AirflowException(
        Kind.SERVER_ERROR,
        409,
        "Airflow says run "
            + runId
            + " already exists"
            + detailSuffix(detail)
            + " but it could not be read. Use 'airflow runs' to find it, or trigger with --new.",
        null);
  }

  private static String detailSuffix(String detail) {
    return detail == null || detail.isBlank() ? "" : ": " + detail;
  }
}
