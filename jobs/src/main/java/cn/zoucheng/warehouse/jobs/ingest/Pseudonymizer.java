package cn.zoucheng.warehouse.jobs.ingest;

import cn.zoucheng.warehouse.schemas.types.Pii;
import cn.zoucheng.warehouse.schemas.values.Phones;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed pseudonyms of personal information: HMAC-SHA256 of the normalised value under a secret key
 * that never enters the repository. Equal values give equal pseudonyms, so analysts can count
 * distinct applicants without seeing who they are.
 */
public final class Pseudonymizer implements Serializable {
  private static final long serialVersionUID = 1L;
  private final byte[] key;
  private transient Mac mac;

  /** A pseudonymizer with the given secret key bytes. */
  public Pseudonymizer(byte[] key) {
    if (key.length < 16) {
      throw new IllegalArgumentException("the pseudonymisation key must be at least 16 bytes");
    }
    this.key = key.clone();
  }

  /** The pseudonym of a value of the given kind, 64 hex characters; null stays null. */
  public String pseudonym(Pii kind, String clear) {
    if (clear == null || clear.isEmpty()) {
      return null;
    }
    return HexFormat.of()
        .formatHex(
            mac().doFinal((kind + ":" + normalise(kind, clear)).getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * A fingerprint of the key (a pseudonym of a fixed text), stored with the warehouse so that a run
   * with another key is refused rather than silently breaking every pseudonym.
   */
  public String fingerprint() {
    return HexFormat.of()
        .formatHex(
            mac().doFinal("zoucheng-warehouse-key-fingerprint".getBytes(StandardCharsets.UTF_8)))
        .substring(0, 16);
  }

  /**
   * The canonical form of a value: ID numbers upper case, phones as {@link Phones#canonical}, names
   * without spaces.
   */
  static String normalise(Pii kind, String clear) {
    String t = clear.trim();
    return switch (kind) {
      case ID_NUMBER -> t.toUpperCase(Locale.ROOT);
      case PHONE -> Phones.canonical(t);
      case NAME -> t.replaceAll("\\s+", "");
    };
  }

  private Mac mac() {
    if (mac == null) {
      try {
        mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("HmacSHA256 unavailable", e);
      }
    }
    return mac;
  }
}
