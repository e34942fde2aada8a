package org.plenary.export.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the writer of a message wrote: its text up to the message it replies to or forwards, without
 * quoted lines ({@code >}) and without the signature after {@code --}; and that text in sentences.
 * The message quoted below is recognised as mail clients and servers lay it out: a line such as
 * {@code -----Original Message-----}, a block of headers ({@code From:} / {@code Sent:},
 * {@code De :} / {@code Envoyé :}, {@code От:} / {@code Отправлено:}, {@code 发件人:} /
 * {@code 发送时间:} ...), a line {@code On ... wrote:} in any of the six languages, or the copy of the
 * message a delivery report returns.
 */
final class OwnText {

  /** A sentence of the text, folded into words, and whether it asks (ends with a question mark). */
  record Sentence(String text, List<String> words, boolean question) {}

  private static final Pattern LINES = Pattern.compile("\r\n|\r|\n");
  /** The label of the first line of a block of quoted headers, folded: the sender. */
  private static final Set<String> FROM = Set.of("from", "de", "von", "da", "van", "от", "发件人", "寄件者", "寄件人",
      "من");
  /** The labels of the lines that follow it in such a block, folded. */
  private static final Set<String> HEADER = Set.of("sent", "date", "to", "cc", "subject", "envoye", "envoye le",
      "date d'envoi", "a", "objet", "enviado", "enviado el", "fecha", "para", "asunto", "gesendet", "an", "betreff",
      "отправлено", "дата", "кому", "тема", "发送时间", "时间", "日期", "收件人", "主题", "تاريخ الارسال", "التاريخ", "الي",
      "الموضوع");
  /** Lines that end a reply's own text and open the message it quotes ("On ... wrote:"). */
  private static final List<String> WROTE = List.of("wrote:", "a ecrit :", "a ecrit:", "escribio:", "написал:",
      "написала:", "написал(а):", "写道:", "كتب:");
  /** Lines with which servers and clients open the copy of a message. */
  private static final List<String> COPY = List.of("original message headers", "original message follows",
      "en-tetes du message d'origine", "encabezados del mensaje original", "заголовки исходного сообщения",
      "原始邮件头", "begin forwarded message");
  /** How greetings open, folded. */
  private static final List<String> GREETINGS = List.of("dear", "hello", "hi ", "hi,", "good morning", "good afternoon",
      "good evening", "greetings", "kia ora", "to whom", "madam", "sir", "distinguished", "excellenc", "colleague",
      "madame", "monsieur", "mesdames", "messieurs", "cher", "bonjour", "bonsoir", "estimad", "apreciad", "senor",
      "buenos", "buenas", "cordial saludo", "distinguid", "hola", "уважаем", "добрый", "здравствуй", "коллеги",
      "尊敬", "您好", "你好", "各位", "亲爱", "秘书处", "السيد", "الساده", "الامانه", "حضره", "تحيه", "الزملاء", "عزيز");
  /** Words after which a full stop ends no sentence. */
  private static final Set<String> ABBREVIATIONS = Set.of("excmo", "excma", "prof", "mme", "mlle", "sres", "sras",
      "dott", "dipl", "amb", "ing");

  private final List<String> lines;
  private final List<Sentence> sentences;

  private OwnText(List<String> lines) {
    this.lines = lines;
    this.sentences = split(lines);
  }

  /** The writer's own part of {@code text}. */
  static OwnText of(String text) {
    String[] all = LINES.split(text, -1);
    List<String> own = new ArrayList<>();
    for (int i = 0; i < all.length; i++) {
      String line = all[i].strip();
      if (opensQuote(all, i)) {
        break;
      }
      if (!line.startsWith(">")) {
        own.add(all[i]);
      }
    }
    return new OwnText(own);
  }

  private static boolean opensQuote(String[] all, int i) {
    String raw = all[i];
    String line = raw.strip();
    if (raw.equals("-- ") || line.equals("--")) {
      return true;
    }
    if (line.isEmpty() || line.indexOf(':') < 0 && line.indexOf('：') < 0 && "-_=*".indexOf(line.charAt(0)) < 0
        && !line.regionMatches(true, 0, "original message", 0, 16)) {
      // No line that opens a quote lacks both a colon and a separator's sign.
      return false;
    }
    String f = Phrases.fold(line);
    if (f.isEmpty()) {
      return false;
    }
    if (separator(f)) {
      boolean words = f.chars().anyMatch(Character::isLetter);
      return words || headerBlockAt(all, i + 1, 3);
    }
    if (FROM.contains(label(f)) && headerBlockAt(all, i, 0)) {
      return true;
    }
    for (String w : WROTE) {
      if (f.endsWith(w)) {
        return true;
      }
    }
    if ((f.endsWith(">:") || f.endsWith("> :")) && f.contains("@")) {
      return true;
    }
    return COPY.stream().anyMatch(f::startsWith);
  }

  /** A line of three or more dashes, underscores, equals signs or asterisks, with or without words. */
  private static boolean separator(String f) {
    int run = 0;
    while (run < f.length() && "-_=*".indexOf(f.charAt(run)) >= 0) {
      run++;
    }
    return run >= 3;
  }

  /**
   * Whether a block of headers begins within {@code skip} lines after {@code from}: a sender line
   * followed, within four lines, by a date, recipient or subject line.
   */
  private static boolean headerBlockAt(String[] all, int from, int skip) {
    for (int i = from; i < all.length && i <= from + skip; i++) {
      String f = Phrases.fold(all[i].strip());
      if (f.isEmpty()) {
        continue;
      }
      if (FROM.contains(label(f))) {
        for (int k = i + 1; k < all.length && k <= i + 4; k++) {
          if (HEADER.contains(label(Phrases.fold(all[k].strip())))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** What comes before the first colon of a folded line, without spaces around it; empty if none. */
  private static String label(String f) {
    int colon = f.indexOf(':');
    return colon <= 0 || colon > 30 ? "" : f.substring(0, colon).strip();
  }

  /** The writer's own lines, joined. */
  String text() {
    return String.join("\n", lines);
  }

  /** The writer's sentences, in order. */
  List<Sentence> sentences() {
    return sentences;
  }

  /** The first sentences after the greeting, at most {@code n}. */
  List<Sentence> opening(int n) {
    List<Sentence> out = new ArrayList<>();
    for (Sentence s : sentences) {
      if (out.isEmpty() && greeting(s.text())) {
        continue;
      }
      out.add(s);
      if (out.size() == n) {
        break;
      }
    }
    return out;
  }

  /**
   * The first line that says something: not blank, and not a greeting such as "Dear Secretariat,"
   * before it.
   */
  Optional<String> firstLine() {
    for (String l : lines) {
      String s = Fields.clean(l, Integer.MAX_VALUE);
      if (!s.isEmpty() && !greeting(s)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code line} is a greeting: short, and opening with a word of address ("Dear Secretariat,",
   * "Madame, Monsieur,", "Estimados colegas:", "Уважаемый Секретариат!", "尊敬的秘书处：").
   */
  private static boolean greeting(String line) {
    String s = line.strip();
    if (s.isEmpty() || s.length() > 60 || s.chars().filter(Character::isWhitespace).count() > 5) {
      return false;
    }
    String f = Phrases.fold(s);
    return GREETINGS.stream().anyMatch(f::startsWith);
  }

  /** The sentences of {@code lines}: paragraphs split at the signs that end sentences. */
  private static List<Sentence> split(List<String> lines) {
    List<Sentence> out = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    for (String l : lines) {
      if (l.isBlank()) {
        sentences(paragraph.toString(), out);
        paragraph.setLength(0);
      } else {
        paragraph.append(paragraph.length() == 0 ? "" : " ").append(l.strip());
      }
    }
    sentences(paragraph.toString(), out);
    return out;
  }

  private static void sentences(String paragraph, List<Sentence> out) {
    int start = 0;
    for (int i = 0; i < paragraph.length(); i++) {
      char c = paragraph.charAt(i);
      boolean end = "!?;。！？؟؛".indexOf(c) >= 0
          || c == '.' && (i + 1 == paragraph.length() || Character.isWhitespace(paragraph.charAt(i + 1)))
              && !abbreviation(paragraph, i);
      if (end) {
        add(paragraph.substring(start, i + 1), out);
        start = i + 1;
      }
    }
    add(paragraph.substring(start), out);
  }

  /**
   * Whether the full stop at {@code dot} ends a title or an initial rather than a sentence: a short
   * capitalised word ("Mr.", "H.E.", "Sr.", "M.") or a title of {@link #ABBREVIATIONS} ("Excmo.").
   */
  private static boolean abbreviation(String text, int dot) {
    int from = dot;
    while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
      from--;
    }
    String word = text.substring(from, dot);
    return !word.isEmpty() && (word.length() <= 3 && Character.isUpperCase(word.charAt(0))
        || ABBREVIATIONS.contains(Phrases.fold(word)));
  }

  private static void add(String sentence, List<Sentence> out) {
    String s = sentence.strip();
    if (s.isEmpty()) {
      return;
    }
    char last = s.charAt(s.length() - 1);
    out.add(new Sentence(s, Phrases.words(s), last == '?' || last == '？' || last == '؟'));
  }
}
