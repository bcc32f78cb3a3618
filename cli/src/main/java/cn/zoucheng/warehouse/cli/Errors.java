package cn.zoucheng.warehouse.cli;

/** Turns an exception into the one line a user reads: the deepest message that says something. */
final class Errors {
  private Errors() {}

  static String describe(Throwable e) {
    String best = e.getMessage();
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IllegalStateException || t instanceof IllegalArgumentException) {
        return t.getMessage();
      }
      if (t.getMessage() != null && best == null) {
        best = t.getMessage();
      }
    }
    return best == null ? e.getClass().getSimpleName() : best;
  }
}
