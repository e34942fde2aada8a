package org.plenary.export.intake;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import org.plenary.core.request.RequestToSpeak.Channel;

/**
 * How a facilitation's intake reads its mail and spreadsheets: the words that tell a request, a
 * cancellation or a replacement in each language, and those of machines' mail, the replacement
 * policy, the template's labels, the default segment and the words that name segments, speaking
 * times and request ids, the spreadsheet's columns and the limits that keep hostile input in bounded
 * memory.
 *
 * <p>{@link #defaults()} reads mail in the six official languages, with the words of
 * {@code words.properties} beside this class; {@link #load(Path)} reads a properties file whose keys
 * are listed in {@code export/README.md}, each replacing its own default, for example:
 *
 * <pre>
 * words.cancel.es = cancel, anul, retir, baja
 * replacement = go-to-end
 * segment.default = floor
 * duration.high-level = PT5M
 * id.high-level = hl-{delegation}
 * sheet.column.delegation = Délégation
 * </pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class IntakeSettings {

  /** The template's fields, read from lines such as {@code Speaker: ...} or {@code Orateur : ...}. */
  public enum Field {
    /** The speaker's name. */
    SPEAKER,
    /** The speaker's function. */
    FUNCTION,
    /** The segment asked for, by id or title. */
    SEGMENT,
    /** The speaker's protocol rank, by its name in English or French. */
    RANK;

    String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The lists of words that say what a message's own text asks, language by language
   * ({@code words.<list>.<language>}); see {@code words.properties} beside this class for the
   * defaults and how a phrase is matched.
   */
  public enum Words {
    /** Phrases of a request to speak: "take the floor", "prendre la parole", "طلب الكلمة". */
    REQUEST,
    /** Requests asked as questions: "could you ... add ... speakers"; any other question asks, not requests. */
    ASKING,
    /** Words of a cancellation: "withdraw", "annul", "retir", "取消". */
    CANCEL,
    /** Words of a replacement: "replace", "instead of", "sustitu", "замен". */
    REPLACE,
    /** Thanks, in whose sentence a request's words ask for nothing: "thank you for", "merci pour". */
    THANKS,
    /** Denials, in whose sentence a request's words ask for nothing: "not", "ne ... pas", "不再". */
    NEGATION,
    /** Conditions, whose sentence says what may be rather than what is asked: "should the", "si le". */
    CONDITION;

    String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The columns a spreadsheet of requests may have; delegation and received are required. */
  public enum Column {
    /** The delegation's id in the directory, or one of its addresses. */
    DELEGATION,
    /** When the request was received: an ISO instant, or a local date-time in the sheet's zone. */
    RECEIVED,
    /** The speaker's name. */
    SPEAKER,
    /** The speaker's function. */
    FUNCTION,
    /** The segment asked for. */
    SEGMENT,
    /** The speaker's protocol rank. */
    RANK,
    /**
     * What the row is, read with the subject words: a cancellation, a replacement, or else (and when
     * empty) a request.
     */
    ACTION;

    String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final Splitter LIST = Splitter.on(',').trimResults().omitEmptyStrings();

  private final ImmutableMap<Words, ImmutableMap<Locale, ImmutableList<String>>> words;
  private final ImmutableMap<Words, Phrases> phrases;
  private final ImmutableList<String> autoReplySubjects;
  private final ImmutableList<String> forwardSubjects;
  private final ImmutableList<String> bounceSubjects;
  private final ImmutableList<String> replySubjects;
  private final ImmutableList<String> bounceSenders;
  private final Phrases bounceText;
  private final Phrases autoReplyText;
  private final Phrases forwardText;
  private final ImmutableMap<String, ImmutableList<String>> segmentWords;
  private final ImmutableMap<String, Phrases> segmentPhrases;
  private final ReplacementPolicy replacement;
  private final ImmutableMap<Field, ImmutableList<String>> labels;
  private final ImmutableMap<Field, com.google.common.collect.ImmutableSet<String>> foldedLabels;
  private final Optional<String> defaultSegment;
  private final Duration defaultDuration;
  private final ImmutableMap<String, Duration> durations;
  private final String defaultId;
  private final ImmutableMap<String, String> ids;
  private final ImmutableMap<Column, String> columns;
  private final Optional<Character> delimiter;
  private final Optional<ZoneId> sheetZone;
  private final Charset sheetCharset;
  private final Channel sheetChannel;
  private final Limits limits;

  /**
   * The limits of one read: of an mbox message, a header, a line, the text kept from a body, and
   * the depth of nested parts. Beyond them a message goes to the review list, or its deeper parts
   * are left unread with a note.
   */
  public record Limits(int messageBytes, int headerCount, int headerBytes, int lineBytes,
      int bodyChars, int depth) {

    /** 16 MiB a message, 200 headers of 64 KiB, lines of 64 KiB, 64 Ki characters of text, depth 12. */
    public static Limits standard() {
      return new Limits(16 << 20, 200, 64 << 10, 64 << 10, 64 << 10, 12);
    }

    /** Checks each limit is positive, naming the first that is not. */
    public Limits {
      positive("limit.message-bytes", messageBytes);
      positive("limit.header-count", headerCount);
      positive("limit.header-bytes", headerBytes);
      positive("limit.line-bytes", lineBytes);
      positive("limit.body-chars", bodyChars);
      positive("limit.depth", depth);
    }

    private static void positive(String key, int value) {
      if (value <= 0) {
        throw new IntakeException(key + " (" + value + ") must be positive");
      }
    }
  }

  private IntakeSettings(Map<String, String> values, String source) {
    Reader r = new Reader(values, source);
    ImmutableMap.Builder<Words, ImmutableMap<Locale, ImmutableList<String>>> w = ImmutableMap.builder();
    ImmutableMap.Builder<Words, Phrases> ph = ImmutableMap.builder();
    for (Words list : Words.values()) {
      ImmutableMap<Locale, ImmutableList<String>> byLanguage = r.words("words." + list.key());
      w.put(list, byLanguage);
      ph.put(list, Phrases.of(byLanguage));
    }
    words = w.build();
    phrases = ph.build();
    autoReplySubjects = r.list("words.auto-reply", DefaultWords.get("words.auto-reply"));
    forwardSubjects = r.list("words.forward", DefaultWords.get("words.forward"));
    bounceSubjects = r.list("words.bounce", DefaultWords.get("words.bounce"));
    replySubjects = r.list("words.reply", DefaultWords.get("words.reply"));
    bounceSenders = r.list("words.bounce-sender", DefaultWords.get("words.bounce-sender"));
    bounceText = Phrases.of(Map.of(Locale.ROOT, r.list("words.bounce-text", DefaultWords.get("words.bounce-text"))));
    autoReplyText = Phrases.of(Map.of(Locale.ROOT,
        r.list("words.auto-reply-text", DefaultWords.get("words.auto-reply-text"))));
    forwardText = Phrases.of(Map.of(Locale.ROOT, r.list("words.forward-text", DefaultWords.get("words.forward-text"))));
    segmentWords = r.byPrefix("segment.words.", "", (key, value) -> r.list(key, value));
    segmentPhrases = segmentWords.entrySet().stream().collect(ImmutableMap.toImmutableMap(Map.Entry::getKey,
        e -> Phrases.of(Map.of(Locale.ROOT, e.getValue()))));
    replacement = r.policy("replacement");
    ImmutableMap.Builder<Field, ImmutableList<String>> l = ImmutableMap.builder();
    l.put(Field.SPEAKER, r.list("template.speaker", "speaker, name of the speaker, name of speaker, speaker's name, "
        + "orateur, oratrice, intervenant, intervenante, nom de l'orateur, nom de l'oratrice, orador, oradora, "
        + "nombre del orador, nombre de la oradora, выступающий, оратор, 发言人, 发言者, المتحدث, المتكلم, اسم المتحدث"));
    l.put(Field.FUNCTION, r.list("template.function", "function, fonction, title, titre, cargo, función, "
        + "должность, 职务, 职位, المنصب, الوظيفة, الصفة"));
    l.put(Field.SEGMENT, r.list("template.segment", "segment, segmento, сегмент, 环节, 部分, الجزء"));
    l.put(Field.RANK, r.list("template.rank", "rank, rang, rango, ранг, 级别, الرتبة"));
    labels = l.build();
    foldedLabels = labels.entrySet().stream().collect(ImmutableMap.toImmutableMap(Map.Entry::getKey,
        e -> e.getValue().stream().map(Phrases::fold).collect(com.google.common.collect.ImmutableSet.toImmutableSet())));
    defaultSegment = r.optional("segment.default").map(v -> r.id("segment.default", v));
    defaultDuration = r.duration("duration.default", r.text("duration.default", "PT3M"));
    durations = r.byPrefix("duration.", "default", r::duration);
    defaultId = r.idPattern("id.default", r.text("id.default", "{segment}-{n}"));
    ids = r.byPrefix("id.", "default", r::idPattern);
    ImmutableMap.Builder<Column, String> c = ImmutableMap.builder();
    for (Column column : Column.values()) {
      c.put(column, r.text("sheet.column." + column.key(), column.key()));
    }
    columns = c.build();
    delimiter = r.delimiter("sheet.delimiter");
    sheetZone = r.optional("sheet.zone").map(v -> r.zone("sheet.zone", v));
    sheetCharset = r.charset("sheet.charset", r.text("sheet.charset", "windows-1252"));
    sheetChannel = r.channel("sheet.channel", r.text("sheet.channel", "in-person"));
    Limits d = Limits.standard();
    limits = new Limits(r.integer("limit.message-bytes", d.messageBytes()),
        r.integer("limit.header-count", d.headerCount()), r.integer("limit.header-bytes", d.headerBytes()),
        r.integer("limit.line-bytes", d.lineBytes()), r.integer("limit.body-chars", d.bodyChars()),
        r.integer("limit.depth", d.depth()));
    r.refuseUnknown();
  }

  /** The settings for mail in the six official languages, with no default segment of their own. */
  public static IntakeSettings defaults() {
    return new IntakeSettings(Map.of(), "defaults");
  }

  /** The settings in {@code properties}; absent keys keep their defaults. */
  public static IntakeSettings of(Properties properties) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String key : new TreeSet<>(properties.stringPropertyNames())) {
      values.put(key, properties.getProperty(key));
    }
    return new IntakeSettings(values, "settings");
  }

  /**
   * The settings in a UTF-8 properties file.
   *
   * @throws IntakeException naming the file, the key and the value of a bad or unknown setting
   */
  public static IntakeSettings load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return load(in, file.getFileName().toString());
    } catch (IOException e) {
      throw new IntakeException("cannot read the intake settings '" + file + "': " + Failures.io(e), e);
    }
  }

  /** The settings in a UTF-8 properties stream, named {@code source} in messages. */
  public static IntakeSettings load(InputStream in, String source) throws IOException {
    Properties p = new Properties();
    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    Map<String, String> values = new LinkedHashMap<>();
    for (String key : new TreeSet<>(p.stringPropertyNames())) {
      values.put(key, p.getProperty(key));
    }
    return new IntakeSettings(values, source);
  }

  /** The words of cancellations, in every language, in the settings' order. */
  public List<String> cancelWords() {
    return flat(Words.CANCEL);
  }

  /** The words of replacements, in every language, in the settings' order. */
  public List<String> replaceWords() {
    return flat(Words.REPLACE);
  }

  /**
   * The phrases of {@code list}, by language ({@link Locale#ROOT} for those of
   * {@code words.<list>}, which name no language), in the settings' order.
   */
  public Map<Locale, List<String>> words(Words list) {
    return ImmutableMap.copyOf(words.get(requireNonNull(list, "list")));
  }

  private List<String> flat(Words list) {
    return words.get(list).values().stream().flatMap(List::stream).collect(ImmutableList.toImmutableList());
  }

  /** The phrases of {@code list}, ready to match. */
  Phrases phrases(Words list) {
    return phrases.get(list);
  }

  /** Subject beginnings of replies, such as "Re:" or "回复：". */
  public List<String> replySubjects() {
    return replySubjects;
  }

  /** Beginnings of the address or display name of the senders of delivery reports: "mailer-daemon"... */
  public List<String> bounceSenders() {
    return bounceSenders;
  }

  /** Phrases with which delivery reports open their text. */
  Phrases bounceText() {
    return bounceText;
  }

  /** Phrases with which automatic replies open their text. */
  Phrases autoReplyText() {
    return autoReplyText;
  }

  /** Phrases that announce a forwarded message in a text. */
  Phrases forwardText() {
    return forwardText;
  }

  /**
   * The words that name each segment in a request's prose ({@code segment.words.<id>}), such as
   * "high-level, haut niveau" for {@code high-level}; empty unless set.
   */
  public Map<String, List<String>> segmentWords() {
    return ImmutableMap.copyOf(segmentWords);
  }

  /** The phrases of {@link #segmentWords()}, ready to match, by segment id. */
  Map<String, Phrases> segmentPhrases() {
    return segmentPhrases;
  }

  /** Subject beginnings of automatic replies such as "Out of office". */
  public List<String> autoReplySubjects() {
    return autoReplySubjects;
  }

  /** Subject beginnings of forwards such as "Fwd:" or "TR :". */
  public List<String> forwardSubjects() {
    return forwardSubjects;
  }

  /** Subject beginnings of bounces such as "Undelivered Mail". */
  public List<String> bounceSubjects() {
    return bounceSubjects;
  }

  /** Where a replacement leaves the delegation on the list. */
  public ReplacementPolicy replacement() {
    return replacement;
  }

  /** The labels a template line may start with for {@code field}, in lower case. */
  public List<String> labels(Field field) {
    return labels.get(field);
  }

  /** The labels of {@code field}, {@linkplain Phrases#fold folded}. */
  java.util.Set<String> foldedLabels(Field field) {
    return foldedLabels.get(field);
  }

  /**
   * The segment of a request that states none, if set; without it, the plenary's list segment, and
   * without that, such a request goes to review.
   */
  public Optional<String> defaultSegment() {
    return defaultSegment;
  }

  /** The speaking time asked for in {@code segment}. */
  public Duration duration(String segment) {
    return durations.getOrDefault(segment, defaultDuration);
  }

  /**
   * The pattern of the ids of requests in {@code segment}: {@code {segment}}, {@code {delegation}}
   * (its id in lower case) and {@code {n}} (the place among the segment's requests, in order of
   * receipt) are replaced.
   */
  public String idPattern(String segment) {
    return ids.getOrDefault(segment, defaultId);
  }

  /** The heading of {@code column} in a spreadsheet. */
  public String column(Column column) {
    return columns.get(column);
  }

  /** The spreadsheet's separator, if set; otherwise the header line tells. */
  public Optional<Character> delimiter() {
    return delimiter;
  }

  /** The zone of spreadsheet times that carry no offset, if set. */
  public Optional<ZoneId> sheetZone() {
    return sheetZone;
  }

  /**
   * The charset of a spreadsheet saved as CSV that is not valid UTF-8 and has no byte order mark:
   * windows-1252 unless set, as Excel writes "CSV" under French or Spanish Windows.
   */
  public Charset sheetCharset() {
    return sheetCharset;
  }

  /** How the requests of a spreadsheet reached the Secretariat: in person at the desk unless set. */
  public Channel sheetChannel() {
    return sheetChannel;
  }

  /** The limits of one read. */
  public Limits limits() {
    return limits;
  }

  @Override
  public String toString() {
    return "IntakeSettings[replacement " + replacement.key() + ", default segment "
        + defaultSegment.orElse("none") + ", words in " + words.get(Words.REQUEST).keySet().stream()
        .map(l -> l.equals(Locale.ROOT) ? "any" : l.toLanguageTag()).toList() + "]";
  }

  /** Reads typed values, each error naming the source, the key and the value. */
  private static final class Reader {
    private static final List<String> KEYS = List.of("words.request", "words.asking", "words.cancel",
        "words.replace", "words.thanks", "words.negation", "words.condition", "words.auto-reply", "words.forward",
        "words.bounce", "words.reply", "words.bounce-sender", "words.bounce-text", "words.auto-reply-text",
        "words.forward-text", "replacement", "template.speaker", "template.function",
        "template.segment", "template.rank", "segment.default", "sheet.delimiter", "sheet.zone",
        "sheet.charset", "sheet.channel",
        "limit.message-bytes", "limit.header-count", "limit.header-bytes", "limit.line-bytes",
        "limit.body-chars", "limit.depth");
    private static final List<String> PREFIXES = List.of("duration.", "id.", "sheet.column.", "segment.words.",
        "words.request.", "words.asking.", "words.cancel.", "words.replace.", "words.thanks.", "words.negation.",
        "words.condition.");

    private final Map<String, String> values;
    private final String source;

    Reader(Map<String, String> values, String source) {
      this.values = values;
      this.source = source;
    }

    Optional<String> optional(String key) {
      return Optional.ofNullable(values.get(key)).map(String::strip).filter(v -> !v.isEmpty());
    }

    String text(String key, String fallback) {
      return optional(key).orElse(fallback);
    }

    ImmutableList<String> list(String key, String fallback) {
      ImmutableList<String> words = LIST.splitToStream(text(key, fallback))
          .map(w -> w.toLowerCase(Locale.ROOT)).collect(ImmutableList.toImmutableList());
      if (words.isEmpty()) {
        throw bad(key, values.get(key), "must list at least one word");
      }
      return words;
    }

    /**
     * The phrases of {@code prefix} by language: {@code prefix.<tag>} for each language the defaults
     * or the settings name, each replacing its own default, then {@code prefix} alone, of no language.
     */
    ImmutableMap<Locale, ImmutableList<String>> words(String prefix) {
      java.util.Set<String> tags = new java.util.TreeSet<>(DefaultWords.languages(prefix));
      values.keySet().stream().filter(k -> k.startsWith(prefix + ".")).map(k -> k.substring(prefix.length() + 1))
          .forEach(tags::add);
      Map<Locale, ImmutableList<String>> out = new LinkedHashMap<>();
      for (String tag : org.plenary.core.text.LocalizedText.OFFICIAL_LANGUAGES.stream().map(Locale::toLanguageTag).toList()) {
        if (tags.remove(tag)) {
          out.put(Locale.forLanguageTag(tag), wordsOf(prefix + "." + tag));
        }
      }
      for (String tag : tags) {
        if (!org.plenary.core.internal.text.Languages.isTag(tag)) {
          throw bad(prefix + "." + tag, values.get(prefix + "." + tag), "names no language: '" + tag
              + "' is not a BCP 47 language tag such as fr or pt-BR");
        }
        out.put(Locale.forLanguageTag(tag), wordsOf(prefix + "." + tag));
      }
      if (values.containsKey(prefix)) {
        out.put(Locale.ROOT, wordsOf(prefix));
      }
      return ImmutableMap.copyOf(out);
    }

    private ImmutableList<String> wordsOf(String key) {
      return list(key, DefaultWords.get(key));
    }

    ReplacementPolicy policy(String key) {
      String v = text(key, ReplacementPolicy.KEEP_FIRST_RECEIPT.key());
      for (ReplacementPolicy p : ReplacementPolicy.values()) {
        if (p.key().equals(v)) {
          return p;
        }
      }
      throw bad(key, v, "must be keep-first-receipt or go-to-end");
    }

    Duration duration(String key, String value) {
      try {
        Duration d = Duration.parse(value.strip());
        if (d.isNegative() || d.isZero()) {
          throw bad(key, value, "must be positive");
        }
        return d;
      } catch (DateTimeParseException e) {
        throw bad(key, value, "must be an ISO-8601 duration such as PT3M");
      }
    }

    String id(String key, String value) {
      if (!value.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
        throw bad(key, value, "must be a segment id");
      }
      return value;
    }

    String idPattern(String key, String value) {
      String probe = value.strip().replace("{segment}", "s").replace("{delegation}", "d").replace("{n}", "1");
      if (!value.contains("{n}") && !value.contains("{delegation}")) {
        throw bad(key, value, "must contain {n} or {delegation}, so that ids differ");
      }
      if (!probe.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
        throw bad(key, value, "must give ids of letters, digits, '.', '_' or '-'");
      }
      return value.strip();
    }

    <T> ImmutableMap<String, T> byPrefix(String prefix, String except, Parser<T> parser) {
      ImmutableMap.Builder<String, T> out = ImmutableMap.builder();
      for (Map.Entry<String, String> e : values.entrySet()) {
        String key = e.getKey();
        if (key.startsWith(prefix) && !key.equals(prefix + except)) {
          String segment = key.substring(prefix.length());
          id(key, segment);
          out.put(segment, parser.parse(key, e.getValue()));
        }
      }
      return out.build();
    }

    /**
     * The delimiter, if set. Properties reads {@code \\t} as a tab, which stripping would leave
     * empty: only spaces are stripped here.
     */
    Optional<Character> delimiter(String key) {
      String raw = values.get(key);
      String value = raw == null ? "" : raw.replaceAll("^ +| +$", "");
      if (value.isEmpty()) {
        return Optional.empty();
      }
      if (value.equals(",") || value.equals(";") || value.equals("\\t") || value.equals("\t")) {
        return Optional.of(value.equals(",") ? ',' : value.equals(";") ? ';' : '\t');
      }
      throw bad(key, raw, "must be ',', ';' or \\t");
    }

    Charset charset(String key, String value) {
      try {
        return Charset.forName(value);
      } catch (IllegalArgumentException e) {
        throw bad(key, value, "must be a charset this Java knows, such as windows-1252 or ISO-8859-15");
      }
    }

    Channel channel(String key, String value) {
      for (Channel c : Channel.values()) {
        if (c.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(value.toLowerCase(Locale.ROOT))) {
          return c;
        }
      }
      throw bad(key, value, "must be email, online, in-person or floor");
    }

    ZoneId zone(String key, String value) {
      try {
        return ZoneId.of(value);
      } catch (java.time.DateTimeException e) {
        throw bad(key, value, "must be a time zone such as Europe/Amsterdam");
      }
    }

    int integer(String key, int fallback) {
      String v = text(key, Integer.toString(fallback));
      try {
        return Integer.parseInt(v);
      } catch (NumberFormatException e) {
        throw bad(key, v, "must be a whole number");
      }
    }

    void refuseUnknown() {
      for (String key : values.keySet()) {
        if (key.startsWith("sheet.column.") && java.util.Arrays.stream(Column.values())
            .noneMatch(c -> key.equals("sheet.column." + c.key()))) {
          throw bad(key, values.get(key), "names no column: the columns are delegation, received, "
              + "speaker, function, segment, rank and action");
        }
        if (!KEYS.contains(key) && PREFIXES.stream().noneMatch(key::startsWith)) {
          throw bad(key, values.get(key), "is not an intake setting");
        }
      }
    }

    IntakeException bad(String key, String value, String problem) {
      return new IntakeException(source + ": " + key + " '" + value + "' " + problem);
    }
  }

  @FunctionalInterface
  private interface Parser<T> {
    T parse(String key, String value);
  }
}
