package org.plenary.export.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.message.DefaultMessageWriter;
import org.apache.james.mime4j.stream.RawField;

/**
 * An acknowledgement as an RFC 5322 message, built and written by mime4j: its writer encodes names
 * and subjects as encoded words where they need it and folds long headers, so that nothing a
 * message said can break a header. The text is UTF-8, quoted-printable.
 */
final class ReplyMessage {

  private ReplyMessage() {}

  /** The parts of one reply. */
  record Parts(Mailbox from, Mailbox to, String subject, Instant date, ZoneId zone, String messageId,
      Optional<String> inReplyTo, List<String> references, Locale language, String body) {}

  static byte[] write(Parts p) {
    try {
      Message.Builder b = Message.Builder.of()
          .setFrom(p.from())
          .setTo(p.to())
          .setSubject(p.subject())
          .setDate(Date.from(p.date()), TimeZone.getTimeZone(p.zone()))
          .setMessageId(p.messageId());
      // Message ids were checked against RFC 5322's form before they came here.
      p.inReplyTo().ifPresent(id -> b.setField(new RawField("In-Reply-To", id)));
      if (!p.references().isEmpty()) {
        b.setField(new RawField("References", String.join(" ", p.references())));
      }
      b.setField(new RawField("Auto-Submitted", "auto-replied"))
          .setField(new RawField("Content-Language", p.language().toLanguageTag()))
          .setBody(p.body(), "plain", StandardCharsets.UTF_8)
          .setContentTransferEncoding("quoted-printable");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new DefaultMessageWriter().writeMessage(b.build(), out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the acknowledgement " + p.messageId(), e);
    }
  }
}
