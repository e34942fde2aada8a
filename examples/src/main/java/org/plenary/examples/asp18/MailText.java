package org.plenary.examples.asp18;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.james.mime4j.codec.QuotedPrintableOutputStream;

/**
 * Writes one message of an mbox for the examples' generated mailboxes: an mbox separator line, the
 * headers as given, and a body in a charset and a transfer encoding (quoted-printable by mime4j's
 * encoder, base64 by the JDK's, 8-bit with "From " lines quoted as mboxrd does). LF line ends.
 */
public final class MailText {

  private MailText() {}

  /**
   * Writes the message to {@code out}: {@code separator} (without "From "), {@code headers} (each
   * ending in LF, without the content headers), then {@code body}.
   */
  public static void write(OutputStream out, String separator, String headers, String type, String body,
      Charset charset, String transfer) throws IOException {
    StringBuilder h = new StringBuilder("From ").append(separator).append('\n').append(headers)
        .append("MIME-Version: 1.0\nContent-Type: ").append(type).append("; charset=").append(charset.name())
        .append("\nContent-Transfer-Encoding: ").append(transfer).append("\n\n");
    out.write(h.toString().getBytes(StandardCharsets.US_ASCII));
    byte[] raw = body.getBytes(charset);
    switch (transfer) {
      case "quoted-printable" -> {
        ByteArrayOutputStream qp = new ByteArrayOutputStream();
        try (OutputStream q = new QuotedPrintableOutputStream(qp, false)) {
          q.write(raw);
        }
        out.write(qp.toString(StandardCharsets.US_ASCII).replace("\r\n", "\n").getBytes(StandardCharsets.US_ASCII));
        out.write('\n');
      }
      case "base64" -> out.write((Base64.getMimeEncoder(76, new byte[] {'\n'}).encodeToString(raw) + "\n")
          .getBytes(StandardCharsets.US_ASCII));
      case "8bit" -> {
        for (String line : new String(raw, charset).split("\n", -1)) {
          out.write(((line.matches(">*From .*") ? ">" : "") + line + "\n").getBytes(charset));
        }
      }
      default -> throw new IllegalArgumentException("transfer encoding '" + transfer + "' is not one of "
          + "quoted-printable, base64 and 8bit");
    }
    out.write('\n');
  }
}
