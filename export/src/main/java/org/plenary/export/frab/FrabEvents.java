package org.plenary.export.frab;

import com.google.common.base.CharMatcher;
import com.google.common.base.Strings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.AbstractList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.plan.Timetable;
import org.plenary.export.internal.Labels;
import org.plenary.export.internal.Texts;

/**
 * The events of a frab schedule for the XML and the JSON writers, each made as it is read: stable
 * ids, guids and slugs, titles and tracks in the reader's language, times in the venue's zone.
 */
final class FrabEvents {

  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
  private static final CharMatcher NOT_SLUG =
      CharMatcher.inRange('a', 'z').or(CharMatcher.inRange('0', '9')).negate();

  /** One event: a planned intervention. */
  record Event(int id, String guid, String slug, String title, String track, String type, String abstractText,
      String person, String language, String date, String start, String end, String duration) {}

  final String title;
  final String acronym;
  final String room;
  final String zone;
  final String date;
  final String dayStart;
  final String dayEnd;
  final String version;
  /** The events in timetable order, each made when read. */
  final List<Event> events;

  FrabEvents(Timetable t, Locale l) {
    Plenary p = t.plan().plenary();
    title = Texts.clean(p.title().in(l));
    acronym = acronym(p.code());
    room = Texts.clean(p.venue().name().in(l));
    zone = p.venue().zone().getId();
    date = p.date().toString();
    dayStart = ISO.format(t.start());
    dayEnd = ISO.format(t.end().isAfter(t.hardEnd()) ? t.end() : t.hardEnd());
    version = t.plan().stamp().toString();
    List<Timetable.Entry> entries = t.entries();
    events = new AbstractList<>() {
      @Override
      public Event get(int index) {
        return event(p, entries.get(index), index + 1, l);
      }

      @Override
      public int size() {
        return entries.size();
      }
    };
  }

  /**
   * The {@code n}th event, made when a writer reaches it: a long schedule is written without holding
   * all its events at once.
   */
  private Event event(Plenary p, Timetable.Entry e, int n, Locale l) {
    String segmentTitle = p.requiredSegment(e.slot().segment()).title().in(l);
    String objective = p.requiredSegment(e.slot().segment()).objective().map(o -> o.in(l)).orElse("");
    String key = p.code() + "/" + p.date() + "/" + e.slot().id();
    return new Event(n,
        UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString(),
        acronym + "-" + Strings.padStart(Integer.toString(n), 4, '0') + "-" + slug(e.slot().id()),
        Texts.clean(Labels.title(e.slot().intervention(), l)),
        Texts.clean(segmentTitle),
        e.slot().request().isPresent() ? "statement" : "presentation",
        Texts.clean(objective),
        Texts.clean(Labels.who(e.slot().intervention(), l)),
        e.slot().intervention().language().orElse(l).getLanguage(),
        ISO.format(e.start()),
        CLOCK.format(e.start()),
        ISO.format(e.end()),
        hoursMinutes(e.slot().allotted()));
  }

  /** {@code d} as {@code HH:MM}, rounded up to the minute. */
  static String hoursMinutes(Duration d) {
    long minutes = (d.getSeconds() + 59) / 60;
    return Strings.padStart(Long.toString(minutes / 60), 2, '0') + ":"
        + Strings.padStart(Long.toString(minutes % 60), 2, '0');
  }

  /** A frab acronym from the plenary's code: lower-case letters, digits and underscores, four or more. */
  static String acronym(String code) {
    String a = code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    return a.length() >= 4 ? a : (a + "_plenary").replaceAll("^_+", "");
  }

  /** A slug part from an id: lower-case letters, digits and hyphens, ending with a letter or digit. */
  static String slug(String id) {
    String s = NOT_SLUG.trimAndCollapseFrom(id.toLowerCase(Locale.ROOT), '-');
    return s.isEmpty() ? "item" : s;
  }
}
