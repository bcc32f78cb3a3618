package cn.zoucheng.warehouse.airflow.cli;

import cn.zoucheng.warehouse.airflow.AirflowException;

/** Exit codes of the {@code airflow} commands. */
public final class ExitCodes {

  /** Done; a followed run succeeded. */
  public static final int OK = 0;

  /** The run failed. */
  public static final int RUN_FAILED = 1;

  /** Bad arguments or configuration (also picocli's code for usage errors). */
  public static final int USAGE = 2;

  /** Airflow unreachable, refused the credentials or the request, or reported an error. */
  public static final int AIRFLOW = 3;

  private ExitCodes() {}

  /** The exit code for a failure. */
  public static int of(AirflowException e) {
    return e.kind() == AirflowException.Kind.CONFIGURATION ? USAGE : AIRFLOW;
  }
}
