package org.plenary.export.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.address.Address;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Group;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.field.ContentDispositionField;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.dom.field.DateTimeField;
import org.apache.james.mime4j.field.ContentDispositionFieldLenientImpl;
import org.apache.james.mime4j.field.ContentTypeFieldLenientImpl;
import org.apache.james.mime4j.field.DateTimeFieldImpl;
import org.apache.james.mime4j.field.address.LenientAddressParser;
import org.apache.james.mime4j.message.DefaultBodyDescriptorBuilder;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.RawField;
import org.apache.james.mime4j.util.MimeUtil;
import org.plenary.core.text.LocalizedText;

/**
 * Reads one message with mime4j's streaming parser, within the settings' limits: the top-level
 * headers that matter, and the text of the first plain-text part (or else of the first HTML part,
 * through jsoup). Attachments are skipped as they stream by, never kept or written; so memory stays
 * bounded by the limits, whatever the message's size.
 */
final class MessageReader {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  /** The longest subject kept: a line's length in RFC 5322. */
  private static final int SUBJECT = 998;

  private final IntakeSettings.Limits limits;
  private final MimeConfig config;

  MessageReader(IntakeSettings.Limits limits) {
    this.limits = limits;
    this.config = new MimeConfig.Builder()
        .setMaxLineLen(limits.lineBytes())
        .setMaxHeaderCount(limits.headerCount())
        .setMaxHeaderLen(limits.headerBytes())
        .setMaxContentLen(limits.messageBytes())
        .setStrictParsing(false)
        .setMalformedHeaderStartsBody(true)
        .build();
  }

  /** Reads the message in {@code in}; never throws for what the message holds. */
  Letter read(InputStream in, String source) {
    Handler h = new Handler();
    MimeStreamParser parser = new MimeStreamParser(config, DecodeMonitor.SILENT, new DefaultBodyDescriptorBuilder());
    parser.setContentDecoding(true);
    parser.setContentHandler(h);
    Optional<LocalizedText> failure = Optional.empty();
    try {
      parser.parse(in);
    } catch (MimeException | IOException | RuntimeException e) {
      failure = Optional.of(Failures.of(e, limits));
    }
    return h.letter(source, failure);
  }

  /** Collects what matters as the parser streams the message by. */
  private final class Handler extends AbstractContentHandler {
    private int messages;
    private int multiparts;
    private boolean top = true;
    private boolean attachment;
    private Optional<String> messageId = Optional.empty();
    private Optional<String> sender = Optional.empty();
    private Optional<String> senderName = Optional.empty();
    private Optional<String> references = Optional.empty();
    private Optional<String> inReplyTo = Optional.empty();
    private boolean automatic;
    private Optional<String> subject = Optional.empty();
    private Optional<String> receivedHeader = Optional.empty();
    private Optional<String> dateHeader = Optional.empty();
    private boolean autoReply;
    private boolean bounce;
    private boolean forward;
    private String plain;
    private String html;
    private boolean deep;
    private final List<LocalizedText> notes = new ArrayList<>();

    @Override
    public void startMessage() {
      messages++;
      if (messages > 1) {
        forward = true;
      }
    }

    @Override
    public void endMessage() {
      messages--;
    }

    @Override
    public void startHeader() {
      attachment = false;
    }

    @Override
    public void endHeader() {
      top = false;
    }

    @Override
    public void startMultipart(BodyDescriptor bd) {
      multiparts++;
    }

    @Override
    public void endMultipart() {
      multiparts--;
    }

    @Override
    public void field(Field field) {
      if (!top) {
        if (field.getNameLowerCase().equals("content-disposition")) {
          ContentDispositionField d = ContentDispositionFieldLenientImpl.PARSER.parse(field, DecodeMonitor.SILENT);
          attachment = d.isAttachment();
        }
        return;
      }
      String body = MimeUtil.unfold(field.getBody()).strip();
      switch (field.getNameLowerCase()) {
        case "message-id" -> messageId = messageId.or(() -> Optional.of(body).filter(s -> !s.isEmpty()));
        case "from" -> {
          if (sender.isEmpty()) {
            sender = address(body);
            senderName = name;
          }
        }
        case "references" -> references = references.or(() -> Optional.of(body));
        case "in-reply-to" -> inReplyTo = inReplyTo.or(() -> Optional.of(body));
        case "list-id" -> automatic = true;
        case "subject" -> subject = subject.or(() -> Optional.of(Fields.clean(
            DecoderUtil.decodeEncodedWords(body, DecodeMonitor.SILENT), SUBJECT)));
        case "received" -> receivedHeader = receivedHeader.or(() -> Optional.of(body));
        case "date" -> dateHeader = dateHeader.or(() -> Optional.of(body));
        case "auto-submitted" -> autoReply |= !body.toLowerCase(Locale.ROOT).startsWith("no");
        case "x-autoreply", "x-autorespond" -> autoReply = true;
        case "precedence" -> {
          autoReply |= body.equalsIgnoreCase("auto_reply");
          automatic |= List.of("bulk", "junk", "list").contains(body.toLowerCase(Locale.ROOT));
        }
        case "x-failed-recipients" -> bounce = true;
        case "content-type" -> {
          ContentTypeField t = ContentTypeFieldLenientImpl.PARSER.parse(field, DecodeMonitor.SILENT);
          bounce |= "multipart/report".equals(t.getMimeType())
              && "delivery-status".equalsIgnoreCase(t.getParameter("report-type"));
        }
        default -> { }
      }
    }

    /** The display name of the address {@link #address} took, if it has one. */
    private Optional<String> name = Optional.empty();

    private Optional<String> address(String body) {
      AddressList list = LenientAddressParser.DEFAULT.parseAddressList(body);
      for (Address a : list) {
        Mailbox m = a instanceof Mailbox mb ? mb
            : a instanceof Group g && !g.getMailboxes().isEmpty() ? g.getMailboxes().get(0) : null;
        if (m != null && m.getLocalPart() != null && !m.getLocalPart().isEmpty() && m.getDomain() != null
            && !m.getDomain().isEmpty()) {
          name = Optional.ofNullable(m.getName()).map(n -> Fields.clean(n, SUBJECT)).filter(n -> !n.isEmpty());
          return Optional.of(m.getAddress().toLowerCase(Locale.ROOT));
        }
      }
      return Optional.empty();
    }

    @Override
    public void body(BodyDescriptor bd, InputStream is) throws IOException {
      String mime = bd.getMimeType();
      if (mime.equals("message/delivery-status")) {
        bounce = true;
      }
      if (messages > 1 || attachment) {
        return;
      }
      if (multiparts > limits.depth()) {
        deep = true;
        return;
      }
      if (mime.equals("text/plain") && plain == null) {
        plain = decode(bd.getCharset(), is);
      } else if (mime.equals("text/html") && html == null) {
        html = decode(bd.getCharset(), is);
      }
    }

    private String decode(String declared, InputStream is) throws IOException {
      byte[] bytes = is.readNBytes(limits.bodyChars() * 4);
      boolean cut = is.read() >= 0;
      Charset charset = charset(declared);
      String text;
      try {
        text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException e) {
        if (!cut) {
          notes.add(Wording.BUNDLE.text("note.malformed", charset.name()));
        }
        text = new String(bytes, charset);
      }
      if (cut || text.length() > limits.bodyChars()) {
        notes.add(Wording.BUNDLE.text("note.body-cut", limits.bodyChars()));
        text = text.substring(0, Math.min(text.length(), limits.bodyChars()));
      }
      return text;
    }

    private Charset charset(String declared) {
      if (declared == null || declared.isBlank() || declared.equalsIgnoreCase("us-ascii")) {
        return WINDOWS_1252;
      }
      try {
        return Charset.forName(declared.strip());
      } catch (IllegalArgumentException e) {
        notes.add(Wording.BUNDLE.text("note.charset", Fields.clean(declared, 40), WINDOWS_1252.name()));
        return WINDOWS_1252;
      }
    }

    Letter letter(String source, Optional<LocalizedText> failure) {
      Optional<Instant> received = receivedHeader.flatMap(r -> date(r.substring(r.lastIndexOf(';') + 1)));
      if (received.isEmpty()) {
        received = dateHeader.flatMap(MessageReader::date);
        if (received.isPresent()) {
          notes.add(Wording.BUNDLE.text(receivedHeader.isPresent() ? "note.received-unreadable" : "note.no-received"));
        }
      }
      if (deep) {
        notes.add(Wording.BUNDLE.text("note.deep", limits.depth()));
      }
      String text = plain != null ? plain : html != null ? HtmlText.of(html) : "";
      return new Letter(source, messageId.map(m -> Fields.clean(m, 998)), sender, subject, received,
          autoReply, bounce, forward, text, notes, failure, senderName,
          messageIds(references.or(() -> inReplyTo).orElse("")), automatic || autoReply || bounce);
    }
  }

  /** A message id as RFC 5322 writes it: {@code <left@right>}, without spaces or controls. */
  private static final java.util.regex.Pattern MESSAGE_ID = java.util.regex.Pattern.compile("<[!-;=?-~]{1,250}>");

  /** The message ids of a {@code References:} or {@code In-Reply-To:} header, in order; what is not one is left out. */
  static List<String> messageIds(String header) {
    List<String> ids = new ArrayList<>();
    java.util.regex.Matcher m = MESSAGE_ID.matcher(header);
    while (m.find() && ids.size() < 100) {
      ids.add(m.group());
    }
    return ids;
  }

  /** The instant an RFC 5322 date gives, read strictly: a date without a zone is not guessed. */
  static Optional<Instant> date(String text) {
    DateTimeField f = DateTimeFieldImpl.PARSER.parse(new RawField("Date", text.strip()), DecodeMonitor.SILENT);
    return Optional.ofNullable(f.getDate()).map(java.util.Date::toInstant);
  }
}
