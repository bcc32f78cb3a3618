package cn.zoucheng.warehouse.schemas.exports;

/**
 * The marker of generated, synthetic exports: a file of this name in an input folder (or its
 * parent) says its personal data is invented, so the ingest may use the public sample key for the
 * pseudonyms instead of refusing to run without a secret one.
 */
public final class SyntheticSample {
  /** File name of the marker; hidden, so the ingest never reads it as an export. */
  public static final String MARKER = ".synthetic-sample";

  private SyntheticSample() {}
}
