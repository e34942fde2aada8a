package org.plenary.export.frab;

import com.google.common.base.CharMatcher;
import com.google.common.base.Strings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.Timetable;
import org.plenary.export.ExportOptions;
import org.plenary.export.internal.Labels;
import org.plenary.export.internal.Texts;

/**
 * The days and events of a frab schedule for the XML and the JSON writers, each event made as it is
 * read: stable ids, guids and slugs, titles and tracks in the reader's language, times in the venue's
 * zone. Meetings held on the same date make one day.
 */
final class FrabEvents {

  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
  private static final CharMatcher NOT_SLUG =
      CharMatcher.inRange('a', 'z').or(CharMatcher.inRange('0', '9')).negate();

  /** One event: a planned intervention. */
  record Event(int id, String guid, String slug, String title, String track, String type, String abstractText,
      String person, String language, String date, String start, String end, String duration) {}

  /** One day: its meetings' events in timetable order, each made when read. */
  record Day(int index, String date, String start, String end, List<Event> events) {}

  final String title;
  final String acronym;
  final String room;
  final String zone;
  final String start;
  final String end;
  final String version;
  final List<Day> days;

  FrabEvents(List<Timetable> meetings, ExportOptions options) {
    Locale l = options.locale();
    Timetable first = meetings.get(0);
    Timetable last = meetings.get(meetings.size() - 1);
    Plenary p = first.plan().plenary();
    title = Texts.clean(p.title().in(l));
    acronym = acronym(p.code());
    room = Texts.clean(p.venue().name().in(l));
    zone = p.venue().zone().getId();
    start = ISO.format(first.start());
    end = ISO.format(dayEnd(last));
    version = options.release().isPresent() ? Integer.toString(options.release().getAsInt())
        : first.plan().stamp().toString();
    List<Day> all = new ArrayList<>();
    int firstId = 1;
    for (int i = 0; i < meetings.size(); ) {
      int j = i;
      while (j < meetings.size() && meetings.get(j).plan().plenary().date().equals(p(meetings, i).date())) {
        j++;
      }
      all.add(day(all.size() + 1, meetings.subList(i, j), firstId, j - i > 1, l));
      for (int k = i; k < j; k++) {
        firstId += meetings.get(k).plan().slots().size();
      }
      i = j;
    }
    days = List.copyOf(all);
  }

  private static Plenary p(List<Timetable> meetings, int i) {
    return meetings.get(i).plan().plenary();
  }

  private static java.time.ZonedDateTime dayEnd(Timetable t) {
    return t.end().isAfter(t.hardEnd()) ? t.end() : t.hardEnd();
  }

  /** The day of {@code meetings}, all on one date, whose events are numbered from {@code firstId}. */
  private Day day(int index, List<Timetable> meetings, int firstId, boolean several, Locale l) {
    List<Timetable> held = List.copyOf(meetings);
    int[] offsets = new int[held.size() + 1];
    for (int k = 0; k < held.size(); k++) {
      offsets[k + 1] = offsets[k] + held.get(k).plan().slots().size();
    }
    List<Event> events = new AbstractList<>() {
      @Override
      public Event get(int n) {
        int k = 0;
        while (offsets[k + 1] <= n) {
          k++;
        }
        Timetable t = held.get(k);
        return event(t.plan().plenary(), t.plan().slots().get(n - offsets[k]), firstId + n, several, l);
      }

      @Override
      public int size() {
        return offsets[held.size()];
      }
    };
    return new Day(index, held.get(0).plan().plenary().date().toString(), ISO.format(held.get(0).start()),
        ISO.format(dayEnd(held.get(held.size() - 1))), events);
  }

  /**
   * The {@code n}th event, made when a writer reaches it: a long schedule is written without holding
   * all its events at once.
   */
  private Event event(Plenary p, Slot e, int n, boolean severalThatDay, Locale l) {
    String segmentTitle = p.requiredSegment(e.segment()).title().in(l);
    String objective = p.requiredSegment(e.segment()).objective().map(o -> o.in(l)).orElse("");
    String key = p.code() + "/" + p.date() + (severalThatDay ? "/" + p.start() : "") + "/" + e.id();
    return new Event(n,
        UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString(),
        acronym + "-" + Strings.padStart(Integer.toString(n), 4, '0') + "-" + slug(e.id()),
        Texts.clean(Labels.title(e.intervention(), l)),
        Texts.clean(segmentTitle),
        e.request().isPresent() ? "statement" : "presentation",
        Texts.clean(objective),
        Texts.clean(Labels.who(e.intervention(), l)),
        e.intervention().language().orElse(l).getLanguage(),
        ISO.format(e.start().orElseThrow()),
        CLOCK.format(e.start().orElseThrow()),
        ISO.format(e.end().orElseThrow()),
        hoursMinutes(e.allotted()));
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
