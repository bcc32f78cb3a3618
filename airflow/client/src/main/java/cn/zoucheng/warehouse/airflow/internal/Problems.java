package cn.zoucheng.warehouse.airflow.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Turns Airflow's error bodies into one line of text. */
public final class Problems {

  private Problems() {}

  /**
   * Describes an error body: Airflow 2's RFC 7807 {@code {title, detail}}, Airflow 3's {@code
   * {detail: "..."}} or {@code {detail: {...}}}, or a 422's {@code {detail: [{loc, msg}]}}.
   */
  public static String describe(JsonNode body) {
    if (body == null || body.isMissingNode() || body.isNull()) {
      return "";
    }
    JsonNode detail = body.path("detail");
    if (detail.isArray()) {
      List<String> parts = new ArrayList<>();
      for (JsonNode e : detail) {
        List<String> loc = new ArrayList<>();
        e.path("loc").forEach(l -> loc.add(l.asText()));
        parts.add((loc.isEmpty() ? "" : String.join(".", loc) + ": ") + e.path("msg").asText());
      }
      return String.join("; ", parts);
    }
    String title = body.path("title").asText("");
    String text =
        detail.isTextual() ? detail.asText() : detail.isMissingNode() ? "" : detail.toString();
    if (!title.isEmpty() && !text.isEmpty()) {
      return title + " - " + text;
    }
    return title.isEmpty() ? text : title;
  }
}
