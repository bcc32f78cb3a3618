package cn.zoucheng.warehouse.jobs.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Detects a CSV's encoding: UTF-8 with a byte-order mark, strict UTF-8, else strict GB18030 (what
 * Excel on a Chinese Windows writes); anything else is undecodable.
 */
final class TextDecoder {
  static final Charset GB18030 = Charset.forName("GB18030");

  /** Decoded text and the encoding it was found in. */
  record Decoded(String text, String encoding) {}

  private TextDecoder() {}

  static Decoded decode(String file, byte[] bytes) {
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      return new Decoded(strict(file, StandardCharsets.UTF_8, bytes, 3), "UTF-8-BOM");
    }
    try {
      return new Decoded(tryStrict(StandardCharsets.UTF_8, bytes, 0), "UTF-8");
    } catch (CharacterCodingException e) {
      return new Decoded(strict(file, GB18030, bytes, 0), "GB18030");
    }
  }

  private static String strict(String file, Charset cs, byte[] bytes, int offset) {
    try {
      return tryStrict(cs, bytes, offset);
    } catch (CharacterCodingException e) {
      throw IngestErrors.undecodable(file, firstBadOffset(cs, bytes, offset));
    }
  }

  private static String tryStrict(Charset cs, byte[] bytes, int offset)
      throws CharacterCodingException {
    CharsetDecoder d =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    String s = d.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    // GB18030 maps almost every byte sequence; control characters other than tab and line breaks
    // mean the bytes were not text in this encoding.
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFD) {
        throw new CharacterCodingException();
      }
    }
    return s;
  }

  private static int firstBadOffset(Charset cs, byte[] bytes, int offset) {
    CharsetDecoder d =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    d.decode(in, out, true);
    return in.position();
  }
}
