package org.plenary.export.intake;

import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * Acknowledgements read back by two parsers that share no code: Apache James mime4j, which wrote
 * them, and Jakarta Mail (Eclipse Angus), which did not.
 */
final class Replies {

  /** The headers every acknowledgement has, in the order written. */
  static final List<String> HEADERS = List.of("MIME-Version", "From", "To", "Subject", "Date", "Message-ID",
      "In-Reply-To", "References", "Auto-Submitted", "Content-Language", "Content-Type", "Content-Transfer-Encoding");

  private Replies() {}

  static Message mime4j(byte[] eml) {
    try {
      DefaultMessageBuilder b = new DefaultMessageBuilder();
      b.setMimeEntityConfig(new MimeConfig.Builder().setStrictParsing(true).setMaxLineLen(998).build());
      return b.parseMessage(new ByteArrayInputStream(eml));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MimeMessage jakarta(byte[] eml) {
    try {
      return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The names of the headers as mime4j reads them, in order. */
  static List<String> names(Message m) {
    List<String> out = new ArrayList<>();
    for (Field f : m.getHeader().getFields()) {
      out.add(f.getName());
    }
    return out;
  }

  /** The names of the headers as Jakarta Mail reads them, in order. */
  static List<String> names(MimeMessage m) {
    try {
      List<String> out = new ArrayList<>();
      for (Header h : Collections.list(m.getAllHeaders())) {
        out.add(h.getName());
      }
      return out;
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The header {@code name}'s body as mime4j reads it, unfolded. */
  static String header(Message m, String name) {
    Field f = m.getHeader().getField(name);
    return f == null ? null : org.apache.james.mime4j.util.MimeUtil.unfold(f.getBody());
  }

  /** The text, as mime4j decodes it. */
  static String text(Message m) {
    try (Reader r = ((TextBody) m.getBody()).getReader()) {
      StringBuilder out = new StringBuilder();
      char[] buffer = new char[4096];
      for (int n = r.read(buffer); n >= 0; n = r.read(buffer)) {
        out.append(buffer, 0, n);
      }
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text, as Jakarta Mail decodes it. */
  static String text(MimeMessage m) {
    try {
      return (String) m.getContent();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The header block as bytes read them: everything before the first empty line. */
  static String rawHeader(byte[] eml) {
    String all = new String(eml, StandardCharsets.ISO_8859_1);
    return all.substring(0, all.indexOf("\r\n\r\n") + 2);
  }
}
