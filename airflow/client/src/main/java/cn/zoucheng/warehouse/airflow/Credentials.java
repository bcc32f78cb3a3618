package cn.zoucheng.warehouse.airflow;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * A user name and password for Airflow; {@link #toString()} never shows the password.
 *
 * <p>Read from the environment ({@code AIRFLOW_USERNAME}, {@code AIRFLOW_PASSWORD}) or from a
 * properties file with the keys {@code username} and {@code password}.
 */
public record Credentials(String username, String password) {

  /** Environment variable holding the user name. */
  public static final String ENV_USERNAME = "AIRFLOW_USERNAME";

  /** Environment variable holding the password. */
  public static final String ENV_PASSWORD = "AIRFLOW_PASSWORD";

  /** Returns the credentials in the environment, if both variables are set. */
  public static Optional<Credentials> fromEnvironment(Map<String, String> env) {
    String user = env.get(ENV_USERNAME);
    String password = env.get(ENV_PASSWORD);
    if (user == null || user.isBlank() || password == null) {
      return Optional.empty();
    }
    return Optional.of(new Credentials(user.trim(), password));
  }

  /** Reads a properties file with {@code username} and {@code password}. */
  public static Credentials fromFile(Path file) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw AirflowErrors.unreadableCredentials(file, e);
    }
    String user = p.getProperty("username");
    String password = p.getProperty("password");
    if (user == null || user.isBlank() || password == null) {
      throw AirflowErrors.incompleteCredentials(file);
    }
    return new Credentials(user.trim(), password);
  }

  @Override
  public String toString() {
    return "Credentials[username=" + username + ", password=****]";
  }
}
