package cn.zoucheng.warehouse.airflow.internal;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

/** The secret strings of a client (password, tokens), masked out of any text we show or log. */
public final class Secrets {

  private final Set<String> values = new CopyOnWriteArraySet<>();

  /**
   * Remembers a secret; blank and very short values are ignored (masking them would mangle text).
   */
  public void add(String secret) {
    if (secret != null && secret.length() >= 4) {
      values.add(secret);
    }
  }

  /** Returns {@code text} with every known secret replaced by {@code ****}. */
  public String redact(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (String s : values) {
      out = out.replace(s, "****");
    }
    return out;
  }
}
