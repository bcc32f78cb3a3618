package cn.zoucheng.warehouse.jobs.commit;

/**
 * One step of a commit: the folder {@code target} (relative to the warehouse root) becomes the
 * staged folder {@code staged} (relative to the run's staging folder), or disappears when {@code
 * staged} is null.
 */
public record Replacement(String target, String staged) {

  /** Replaces {@code target} with the staged folder of the same relative path. */
  public static Replacement of(String target) {
    return new Replacement(target, target);
  }

  /** Removes {@code target}. */
  public static Replacement delete(String target) {
    return new Replacement(target, null);
  }
}
