package org.plenary.export.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.apache.james.mime4j.codec.EncoderUtil;
import org.apache.james.mime4j.codec.QuotedPrintableOutputStream;

/**
 * A message as a mail client would write it, for tests: headers in order, a text or HTML body in a
 * charset and a transfer encoding, and extra parts. Encoded words and quoted-printable come from
 * mime4j's encoders and base64 from the JDK's, not from the code under test.
 */
final class Mail {

  static final DateTimeFormatter RFC_5322 =
      DateTimeFormatter.ofPattern("EEE, d MMM uuuu HH:mm:ss xx", Locale.ENGLISH);

  private final List<String> headers = new ArrayList<>();
  private String body = "";
  private Charset charset = StandardCharsets.UTF_8;
  private String transfer = "8bit";
  private String type = "text/plain";
  private final List<String> parts = new ArrayList<>();

  static Mail from(String address) {
    return new Mail().header("From", address);
  }

  static Mail from(String name, String address) {
    return new Mail().header("From", EncoderUtil.encodeAddressDisplayName(name) + " <" + address + ">");
  }

  Mail header(String name, String value) {
    headers.add(name + ": " + value);
    return this;
  }

  /** Sets a header, replacing any of the same name. */
  Mail set(String name, String value) {
    headers.removeIf(h -> h.regionMatches(true, 0, name + ":", 0, name.length() + 1));
    return header(name, value);
  }

  Mail subject(String subject) {
    return set("Subject", EncoderUtil.encodeIfNecessary(subject, EncoderUtil.Usage.TEXT_TOKEN, 9));
  }

  Mail id(String messageId) {
    return set("Message-ID", messageId);
  }

  /** A {@code Received:} header stamped at {@code at}, written in {@code zone}. */
  Mail received(Instant at, ZoneOffset zone) {
    return header("Received", "from mail.sender.example (mail.sender.example [192.0.2.1])\r\n"
        + "\tby mx.secretariat.example with ESMTPS id 4A1B2C3D;\r\n\t" + RFC_5322.format(at.atOffset(zone)));
  }

  Mail date(Instant at, ZoneOffset zone) {
    return header("Date", RFC_5322.format(at.atOffset(zone)));
  }

  Mail body(String text) {
    this.body = text;
    return this;
  }

  Mail charset(Charset c) {
    this.charset = c;
    return this;
  }

  Mail transfer(String encoding) {
    this.transfer = encoding;
    return this;
  }

  Mail html() {
    this.type = "text/html";
    return this;
  }

  /** Adds a part after the text, as raw MIME: headers, a blank line and a body. */
  Mail part(String rawPart) {
    parts.add(rawPart);
    return this;
  }

  byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      for (String h : headers) {
        ascii(out, h + "\r\n");
      }
      ascii(out, "MIME-Version: 1.0\r\n");
      String text = "Content-Type: " + type + "; charset=" + charset.name() + "\r\nContent-Transfer-Encoding: "
          + transfer + "\r\n";
      if (parts.isEmpty()) {
        ascii(out, text + "\r\n");
        encode(out);
      } else {
        String boundary = "=_plenary_test_boundary";
        ascii(out, "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n");
        ascii(out, "--" + boundary + "\r\n" + text + "\r\n");
        encode(out);
        for (String p : parts) {
          ascii(out, "\r\n--" + boundary + "\r\n");
          out.write(p.getBytes(StandardCharsets.ISO_8859_1));
        }
        ascii(out, "\r\n--" + boundary + "--\r\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private void encode(ByteArrayOutputStream out) throws IOException {
    byte[] raw = body.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(charset);
    switch (transfer) {
      case "base64" -> ascii(out, Base64.getMimeEncoder().encodeToString(raw) + "\r\n");
      case "quoted-printable" -> {
        OutputStream qp = new QuotedPrintableOutputStream(out, false);
        qp.write(raw);
        qp.close();
        ascii(out, "\r\n");
      }
      default -> {
        out.write(raw);
        ascii(out, "\r\n");
      }
    }
  }

  private static void ascii(OutputStream out, String s) throws IOException {
    out.write(s.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** Writes {@code mails} as an mbox (mboxrd: body lines starting "From " are quoted). */
  static Path mbox(Path file, List<Mail> mails) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      for (Mail m : mails) {
        ascii(out, "From sender@example.org Mon Nov 18 09:00:00 2019\n");
        String text = new String(m.bytes(), StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
        for (String line : text.split("\n", -1)) {
          ascii(out, (line.matches(">*From .*") ? ">" : "") + line + "\n");
        }
      }
      Files.write(file, out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
