package cn.zoucheng.warehouse.jobs.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Detects a CSV's encoding: UTF-8 with a byte-order mark, strict UTF-8, else strict GB18030 (what
 * Excel on a Chinese Windows writes); anything else is undecodable. Text in either encoding holds
 * no control characters other than tab and line breaks: GB18030 maps almost every byte sequence,
 * and control characters are the sign that the bytes were not text in it.
 */
final class TextDecoder {
  static final Charset GB18030 = Charset.forName("GB18030");

  /** Decoded text and the encoding it was found in. */
  record Decoded(String text, String encoding) {}

  /** How far a strict decoding got: the text, or the offset of the first byte it could not take. */
  private record Attempt(String text, int badOffset) {
    boolean ok() {
      return badOffset < 0;
    }
  }

  private TextDecoder() {}

  static Decoded decode(String file, byte[] bytes) {
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      Attempt a = attempt(StandardCharsets.UTF_8, bytes, 3);
      if (!a.ok()) {
        throw IngestErrors.undecodable(file, a.badOffset());
      }
      return new Decoded(a.text(), "UTF-8-BOM");
    }
    Attempt utf8 = attempt(StandardCharsets.UTF_8, bytes, 0);
    if (utf8.ok()) {
      return new Decoded(utf8.text(), "UTF-8");
    }
    Attempt gb = attempt(GB18030, bytes, 0);
    if (gb.ok()) {
      return new Decoded(gb.text(), "GB18030");
    }
    // the encoding that got further is the one the file was meant to be in
    throw IngestErrors.undecodable(file, Math.max(utf8.badOffset(), gb.badOffset()));
  }

  /**
   * Decodes strictly from {@code offset}; on failure, the absolute offset of the first bad byte.
   */
  private static Attempt attempt(Charset cs, byte[] bytes, int offset) {
    CharsetDecoder d =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = d.decode(in, out, true);
    if (!r.isError()) {
      r = d.flush(out);
    }
    int decodedUpTo = r.isError() ? in.position() : bytes.length;
    out.flip();
    String text = out.toString();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFD) {
        return new Attempt(null, offset + cs.encode(text.substring(0, i)).remaining());
      }
    }
    return r.isError() ? new Attempt(null, decodedUpTo) : new Attempt(text, -1);
  }
}
