package cn.zoucheng.warehouse.airflow;

/** A failure talking to Airflow, with a message meant for the person at the command line. */
public final class AirflowException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What went wrong, coarsely; the CLI maps it to an exit code. */
  public enum Kind {
    /** Bad configuration or arguments on our side. */
    CONFIGURATION,
    /** Airflow could not be reached, or timed out, after the retries. */
    UNREACHABLE,
    /** 401: the credentials were refused. */
    UNAUTHORIZED,
    /** 403: the user may not do this. */
    FORBIDDEN,
    /** 404: no such DAG, run or endpoint. */
    NOT_FOUND,
    /** 400 or 422: Airflow rejected the request. */
    REJECTED,
    /** 5xx after the retries, or an answer we could not read. */
    SERVER_ERROR
  }

  private final Kind kind;
  private final int status;

  AirflowException(Kind kind, int status, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.status = status;
  }

  /** What went wrong. */
  public Kind kind() {
    return kind;
  }

  /** The HTTP status Airflow answered with, or 0 when there was no answer. */
  public int status() {
    return status;
  }
}
