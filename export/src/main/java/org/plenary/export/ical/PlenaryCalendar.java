package org.plenary.export.ical;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.Language;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.Timetable;
import org.plenary.export.ExportOptions;
import org.plenary.export.Exporter;
import org.plenary.export.internal.Labels;
import org.plenary.export.internal.Messages;
import org.plenary.export.internal.Texts;

/**
 * The plenary as an iCalendar file (RFC 5545): a VEVENT per segment and, on request, per
 * intervention, in the venue's zone, with a VTIMEZONE for it.
 *
 * <p>ical4j builds the calendar and escapes TEXT values. UIDs are made from the plenary's code, its
 * date and the segment or intervention id, so they are stable across runs; DTSTAMP is the plan's
 * time stamp, never the time of export. The VTIMEZONE holds the zone's observances around the
 * sitting, read from {@code java.time}, under the zone's own id. Lines end with CRLF and are folded
 * at 75 octets without splitting a UTF-8 character: ical4j's own folding counts characters, not
 * octets, so the last step folds by octets.
 */
public final class PlenaryCalendar implements Exporter {

  /** Made by {@link java.util.ServiceLoader}, or by hand. */
  public PlenaryCalendar() {}

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);

  @Override
  public String format() {
    return "ics";
  }

  @Override
  public String mediaType() {
    return "text/calendar; charset=UTF-8";
  }

  @Override
  public String extension() {
    return "ics";
  }

  @Override
  public void write(Timetable t, ExportOptions options, OutputStream out) throws IOException {
    write(List.of(t), options, out);
  }

  /**
   * Writes the meetings of a series as one calendar: every segment (and, on request, intervention) of
   * every meeting, across days, with one VTIMEZONE per zone covering them all, daylight-saving changes
   * included.
   *
   * @throws IllegalArgumentException if {@code meetings} is empty
   */
  public static void write(List<Timetable> meetings, ExportOptions options, OutputStream out)
      throws IOException {
    checkArgument(!meetings.isEmpty(), "a calendar needs at least one meeting");
    Locale l = options.locale();
    Map<ZoneId, Instant[]> zones = new LinkedHashMap<>();
    Map<String, Integer> perDay = new HashMap<>();
    for (Timetable t : meetings) {
      Plenary p = t.plan().plenary();
      Instant[] span = zones.computeIfAbsent(p.venue().zone(), z -> new Instant[] {t.start().toInstant(),
          t.end().toInstant()});
      span[1] = t.end().toInstant().isAfter(span[1]) ? t.end().toInstant() : span[1];
      perDay.merge(p.code() + "." + p.date(), 1, Integer::sum);
    }
    List<net.fortuna.ical4j.model.component.CalendarComponent> components = new ArrayList<>();
    Zones registry = new Zones();
    zones.forEach((zone, span) -> {
      components.add(timeZone(zone, span[0], span[1]));
      registry.with(zone);
    });
    for (Timetable t : meetings) {
      Plenary p = t.plan().plenary();
      String uidBase = p.code() + "." + p.date().toString().replace("-", "")
          + (perDay.get(p.code() + "." + p.date()) > 1 ? "." + p.start().toString().replace(":", "") : "");
      components.addAll(events(t, options, uidBase, registry));
    }
    // Built in one go: adding components one by one copies ical4j's component list each time.
    Calendar calendar = new Calendar(new net.fortuna.ical4j.model.PropertyList(List.of(
        new ProdId("-//Plenary//Plenary agenda//" + l.getLanguage().toUpperCase(Locale.ROOT)),
        ImmutableVersion.VERSION_2_0, ImmutableCalScale.GREGORIAN)),
        new net.fortuna.ical4j.model.ComponentList<>(components));
    out.write(fold(calendar.toString()).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** The events of one meeting, their UIDs made from {@code uidBase}. */
  private static List<VEvent> events(Timetable t, ExportOptions options, String uidBase, Zones zones) {
    Locale l = options.locale();
    Plenary p = t.plan().plenary();
    List<VEvent> components = new ArrayList<>();
    Instant stamp = t.plan().stamp();
    Text location = new Text(Texts.clean(p.venue().name().in(l)), p.venue().name().languageIn(l));
    List<Slot> entries = t.plan().slots();
    int next = 0;
    for (Timetable.SegmentTimes s : t.segments()) {
      List<String> speakers = new ArrayList<>();
      List<VEvent> interventions = new ArrayList<>();
      while (next < entries.size() && entries.get(next).segment().equals(s.segment().id())) {
        Slot e = entries.get(next++);
        String who = Texts.clean(Labels.title(e.intervention(), l));
        speakers.add(who);
        if (options.interventionEvents()) {
          interventions.add(event(uidBase + ".intervention." + e.id(), stamp, e.start().orElseThrow(),
              e.end().orElseThrow(), new Text(who, l), title(s, l), location, zones));
        }
      }
      StringBuilder description = new StringBuilder();
      s.segment().objective().ifPresent(o -> description.append(Texts.clean(o.in(l))).append('\n'));
      if (!speakers.isEmpty()) {
        description.append(Messages.EXPORT.format(l, "ics.description", String.join("; ", speakers)));
      }
      components.add(event(uidBase + ".segment." + s.segment().id(), stamp, s.start(), s.end(),
          title(s, l), new Text(description.toString().strip(), l), location, zones));
      components.addAll(interventions);
    }
    return components;
  }

  /** A text and the language it is written in, for the property's {@code LANGUAGE} parameter. */
  private record Text(String value, Locale language) {
    ParameterList parameters() {
      return new ParameterList(List.of(new Language(language.toLanguageTag())));
    }
  }

  private static Text title(Timetable.SegmentTimes s, Locale l) {
    return new Text(Texts.clean(s.segment().title().in(l)), s.segment().title().languageIn(l));
  }

  private static VEvent event(String uid, Instant stamp, ZonedDateTime start, ZonedDateTime end,
      Text summary, Text description, Text location, Zones zones) {
    VEvent event = new VEvent(false);
    event.add(new Uid(uid + "@plenary"));
    event.add(new DtStamp(stamp));
    event.add(zoned(new DtStart<ZonedDateTime>(), start, zones));
    event.add(zoned(new DtEnd<ZonedDateTime>(), end, zones));
    event.add(new Summary(summary.parameters(), summary.value()));
    if (!description.value().isEmpty()) {
      event.add(new Description(description.parameters(), description.value()));
    }
    event.add(new Location(location.parameters(), location.value()));
    return event;
  }

  /**
   * {@code property} at {@code at}, local time with the zone's {@code TZID}, read through the
   * calendar's own zones: without them ical4j resolves the zone through its global table for every
   * date it writes, a scan of every zone it knows and a class lookup each time.
   */
  private static <P extends DateProperty<ZonedDateTime>> P zoned(P property, ZonedDateTime at, Zones zones) {
    property.add(new TzId(at.getZone().getId()));
    property.setTimeZoneRegistry(zones);
    property.setValue(LOCAL.format(at));
    return property;
  }

  /** The zone's observances from the last change before {@code from} to the first after {@code to}. */
  static VTimeZone timeZone(ZoneId zone, Instant from, Instant to) {
    ZoneRules rules = zone.getRules();
    List<Observance> observances = new ArrayList<>();
    ZoneOffsetTransition first = rules.previousTransition(from.plusSeconds(1));
    if (first == null) {
      ZoneOffset offset = rules.getOffset(from);
      observances.add(observance(false, LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset,
          name(zone, from)));
    } else {
      for (ZoneOffsetTransition tr = first; tr != null; tr = rules.nextTransition(tr.getInstant())) {
        Instant at = tr.getInstant();
        observances.add(observance(rules.isDaylightSavings(at), tr.getDateTimeBefore(), tr.getOffsetBefore(),
            tr.getOffsetAfter(), name(zone, at)));
        if (at.isAfter(to)) {
          break;
        }
      }
    }
    VTimeZone vtz = new VTimeZone(new net.fortuna.ical4j.model.ComponentList<>(observances));
    vtz.add(new net.fortuna.ical4j.model.property.TzId(zone.getId()));
    return vtz;
  }

  private static Observance observance(boolean daylight, LocalDateTime start, ZoneOffset from,
      ZoneOffset to, String name) {
    Observance o = daylight ? new Daylight() : new Standard();
    o.add(new TzName(name));
    o.add(new TzOffsetFrom(from));
    o.add(new TzOffsetTo(to));
    o.add(new DtStart<>(LOCAL.format(start)));
    return o;
  }

  private static String name(ZoneId zone, Instant at) {
    return DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH).format(at.atZone(zone));
  }

  /**
   * Folds each content line of {@code unfolded} (CRLF-separated) so that no line exceeds 75 octets,
   * breaking only between characters, never inside a UTF-8 sequence or a surrogate pair.
   */
  static String fold(String unfolded) {
    StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 40);
    for (String line : unfolded.split("\r\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      int octets = 0;
      int limit = 75;
      for (int i = 0; i < line.length(); ) {
        int cp = line.codePointAt(i);
        int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        if (octets + size > limit) {
          out.append("\r\n ");
          octets = 1;
          limit = 75;
        }
        out.appendCodePoint(cp);
        octets += size;
        i += Character.charCount(cp);
      }
      out.append("\r\n");
    }
    return out.toString();
  }
}
