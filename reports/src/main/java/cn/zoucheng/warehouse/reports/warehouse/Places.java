package cn.zoucheng.warehouse.reports.warehouse;

/** The places of the reference data the reports name. */
public final class Places {
  private Places() {}

  /** A town of the reference data; {@code kind} is 镇 or 街道. */
  public record Town(String code, String name, String kind) {}

  /** A village or community of the reference data. */
  public record Village(String code, String name, String townCode, boolean demonstration) {}
}
