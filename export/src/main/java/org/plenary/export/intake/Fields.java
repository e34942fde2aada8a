package org.plenary.export.intake;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.plenary.core.text.LocalizedText;
import org.plenary.export.intake.IntakeSettings.Field;

/**
 * The template in a message's text: lines such as {@code Speaker: Ms A. Example} or
 * {@code Fonction : Ministre}, labelled in any of the settings' words, with or without a space (or
 * a no-break space) before the colon. Quoted lines ({@code >}) are not read; the first line of a
 * field wins; what is not there stays absent.
 */
final class Fields {

  /** The longest label looked for before a colon. */
  private static final int LABEL = 40;
  /** The longest value kept from a line. */
  static final int VALUE = 200;

  private final Map<Field, String> values = new EnumMap<>(Field.class);
  private final List<LocalizedText> notes = new java.util.ArrayList<>();
  private java.util.Optional<Locale> language = java.util.Optional.empty();

  /** The default labels that only one language writes, and so tell the language of the message. */
  private static final Map<String, Locale> LANGUAGES = languages();

  private static Map<String, Locale> languages() {
    Map<String, Locale> m = new java.util.HashMap<>();
    for (String l : List.of("speaker", "name of the speaker", "name of speaker", "speaker's name", "function",
        "title", "rank")) {
      m.put(l, Locale.ENGLISH);
    }
    for (String l : List.of("orateur", "oratrice", "intervenant", "intervenante", "nom de l'orateur",
        "nom de l'oratrice", "fonction", "titre", "rang")) {
      m.put(l, Locale.FRENCH);
    }
    return Map.copyOf(m);
  }

  private Fields() {}

  /** The template's values in {@code text}. */
  static Fields read(String text, IntakeSettings settings) {
    Fields f = new Fields();
    String[] lines = text.split("\r\n|\r|\n");
    for (int i = 0; i < lines.length; i++) {
      String l = unbullet(lines[i].strip());
      int colon = label(l);
      if (colon < 0) {
        continue;
      }
      String label = emphasis(l.substring(0, colon).replace('\u00A0', ' ').replace('\u202F', ' ').strip())
          .toLowerCase(Locale.ROOT);
      for (Field field : Field.values()) {
        if (!f.values.containsKey(field) && settings.labels(field).contains(label)) {
          f.language = f.language.or(() -> java.util.Optional.ofNullable(LANGUAGES.get(label))
              // French typography puts a space before the colon: "Segment : ..."
              .or(() -> " \u00A0\u202F".indexOf(l.charAt(colon - 1)) >= 0
                  ? java.util.Optional.of(Locale.FRENCH) : java.util.Optional.empty()));
          String value = clean(emphasis(l.substring(colon + 1)), Integer.MAX_VALUE);
          if (value.isEmpty() && i + 1 < lines.length && label(unbullet(lines[i + 1].strip())) < 0
              && !lines[i + 1].strip().startsWith(">")) {
            // A form's layout: the label on its line, the value on the next.
            value = clean(emphasis(lines[i + 1]), Integer.MAX_VALUE);
          }
          if (value.length() > VALUE) {
            f.notes.add(Wording.BUNDLE.text("note.value-cut", label, VALUE));
            value = value.substring(0, VALUE).strip();
          }
          if (!value.isEmpty()) {
            f.values.put(field, value);
          }
        }
      }
    }
    return f;
  }

  /** Where the colon after a label is in {@code line}, or -1 if the line has no label. */
  private static int label(String line) {
    int colon = line.indexOf(':');
    return line.startsWith(">") || colon <= 0 || colon > LABEL ? -1 : colon;
  }

  /** {@code line} without a list's bullet or dash before it: "- Speaker: ..." reads as "Speaker: ...". */
  private static String unbullet(String line) {
    int i = 0;
    while (i < line.length() && "-*•–·".indexOf(line.charAt(i)) >= 0) {
      i++;
    }
    return i == 0 ? line : line.substring(i).strip();
  }

  /** {@code label} without the asterisks or underscores that mark bold or italics in plain text. */
  private static String emphasis(String label) {
    int from = 0;
    int to = label.length();
    while (from < to && (label.charAt(from) == '*' || label.charAt(from) == '_')) {
      from++;
    }
    while (to > from && (label.charAt(to - 1) == '*' || label.charAt(to - 1) == '_')) {
      to--;
    }
    return label.substring(from, to).strip();
  }

  /** The value of {@code field}, if stated. */
  java.util.Optional<String> get(Field field) {
    return java.util.Optional.ofNullable(values.get(field));
  }

  /**
   * The language the template's labels are written in: the first label that only one language
   * writes, or a space before the colon, as French writes it; empty when the labels do not tell.
   */
  java.util.Optional<Locale> language() {
    return language;
  }

  /** What reading the template noticed, such as a value cut to length. */
  List<LocalizedText> notes() {
    return notes;
  }

  /**
   * {@code text} without control characters (tabs and line breaks become spaces), with runs of
   * spaces made one and at most {@code max} characters long. Other characters, markup and
   * formula signs included, stay as they are: each export escapes them for its format.
   */
  static String clean(String text, int max) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), 256));
    boolean space = false;
    for (int i = 0; i < text.length() && out.length() < max; i++) {
      char c = text.charAt(i);
      boolean white = Character.isWhitespace(c) || c == '\u00A0';
      if (white || Character.isISOControl(c)) {
        space = out.length() > 0 && (white || space);
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c);
    }
    return out.toString();
  }
}
