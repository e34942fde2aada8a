package org.plenary.core.agenda;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.plenary.core.internal.Checks;
import org.plenary.core.internal.text.Dates;
import org.plenary.core.internal.text.Durations;
import org.plenary.core.text.LocalizedText;

/**
 * One sitting of an assembly: its title and session, date, venue and time zone, start time, time
 * budget, working languages, chairs, segments in order, registration for the list of speakers,
 * acknowledgements and priority themes.
 *
 * <p>Structural invariants are checked when it is built: at least one segment, unique segment and
 * intervention ids, a positive budget of at most 24 hours. Business rules (limits, order, deadlines)
 * are not: they belong to rules. Immutable and thread-safe.
 *
 * <pre>{@code
 * Plenary plenary = Plenary.builder()
 *     .title(LocalizedText.of("Plenary on cooperation", "Séance plénière sur la coopération"))
 *     .session(LocalizedText.of("Eighteenth session", "Dix-huitième session"))
 *     .date(LocalDate.of(2019, 12, 5)).start(LocalTime.of(10, 0))
 *     .venue(Venue.of(LocalizedText.of("The Hague", "La Haye"), ZoneId.of("Europe/Amsterdam")))
 *     .budget(Duration.ofHours(2))
 *     .addSegments(opening, floor)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@API(status = API.Status.STABLE, since = "0.1")
public abstract class Plenary {

  Plenary() {}

  /** The title, in each language. */
  public abstract LocalizedText title();

  /**
   * A short code for identifiers and file names, such as {@code asp18-cooperation}; by default made
   * from the English title.
   */
  @Value.Default
  public String code() {
    String ascii = java.text.Normalizer.normalize(title().english(), java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "").replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT)
        .replaceAll("^-+|-+$", "");
    ascii = ascii.length() > 40 ? ascii.substring(0, 40).replaceAll("-+$", "") : ascii;
    return ascii.isEmpty() ? "plenary" : ascii;
  }

  /** A subtitle stating the plenary's theme, in each language, if any. */
  public abstract Optional<LocalizedText> subtitle();

  /** The session it belongs to, in each language. */
  public abstract LocalizedText session();

  /** The day it sits, in the venue's time zone. */
  public abstract LocalDate date();

  /** The planned start, on the venue's clock. */
  public abstract LocalTime start();

  /** Where it sits, and the zone of its clock. */
  public abstract Venue venue();

  /** The time budget of the whole sitting. */
  public abstract Duration budget();

  /** The working languages; English and French unless stated. */
  @Value.Default
  public List<Locale> workingLanguages() {
    return List.of(Locale.ENGLISH, Locale.FRENCH);
  }

  /** Those who chair the sitting. */
  public abstract List<Speaker> chairs();

  /** The segments, in order. */
  public abstract List<Segment> segments();

  /**
   * The id of the segment that a request to speak is for when it names none, if stated: needed only
   * when several segments take requests, and then one of them.
   */
  public abstract Optional<String> listSegment();

  /** How to get on the list of speakers, if there is a list. */
  public abstract Optional<Registration> registration();

  /** Thanks to funders and supporters, in each language. */
  public abstract List<LocalizedText> acknowledgements();

  /** The priority themes. */
  public abstract List<Theme> themes();

  /** The planned start as an instant. */
  public final Instant startInstant() {
    return ZonedDateTime.of(date(), start(), venue().zone()).toInstant();
  }

  /** The hard end: the planned start plus the budget, whatever the clock does in between. */
  public final Instant hardEnd() {
    return startInstant().plus(budget());
  }

  /** The segment with this id. */
  public final Optional<Segment> segment(String id) {
    return Optional.ofNullable(segmentsById().get(requireNonNull(id, "id")));
  }

  /** The segments by id, computed once. */
  @Value.Lazy
  @Value.Auxiliary
  java.util.Map<String, Segment> segmentsById() {
    java.util.Map<String, Segment> map = new java.util.HashMap<>();
    for (Segment s : segments()) {
      map.put(s.id(), s);
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  /** The segment with this id, or an exception that names it and the ids there are. */
  public final Segment requiredSegment(String id) {
    return segment(id).orElseThrow(() -> new IllegalArgumentException(
        "segment '" + id + "' does not exist; the segments are " + segmentIds()));
  }

  /**
   * The segment a request to speak is for when it names none: the {@linkplain #listSegment() one
   * stated}, or else the only segment that takes requests; empty when several take requests and
   * none is stated, or none does.
   */
  public final Optional<Segment> defaultListSegment() {
    if (listSegment().isPresent()) {
      return segment(listSegment().get());
    }
    List<Segment> taking = segments().stream().filter(Segment::takesRequests).toList();
    return taking.size() == 1 ? Optional.of(taking.get(0)) : Optional.empty();
  }

  /** The segments' ids, in order. */
  public final List<String> segmentIds() {
    List<String> ids = new ArrayList<>();
    for (Segment s : segments()) {
      ids.add(s.id());
    }
    return ids;
  }

  /** Every intervention of the programme, segment after segment. */
  private List<Intervention> programme() {
    List<Intervention> all = new ArrayList<>();
    for (Segment s : segments()) {
      all.addAll(s.interventions());
    }
    return all;
  }

  /** This plenary starting at {@code start} instead: a sitting that opens late, say. */
  public abstract Plenary withStart(LocalTime start);

  /** A builder; title, session, date, start, venue, budget and at least one segment are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Plenary}. */
  @API(status = API.Status.STABLE, since = "0.1")
  public static final class Builder extends ImmutablePlenary.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("code", code());
    Checks.positive("budget", budget());
    Checks.atMost("budget", budget(), Checks.MAX_DURATION);
    checkArgument(!segments().isEmpty(), "segments (%s) must hold at least one segment", segments());
    checkArgument(!workingLanguages().isEmpty(), "workingLanguages (%s) must not be empty",
        workingLanguages());
    Checks.uniqueIds("segment id", segments(), Segment::id);
    Checks.uniqueIds("intervention id", programme(), Intervention::id);
    Checks.uniqueIds("theme id", themes(), Theme::id);
    listSegment().ifPresent(id -> checkArgument(segment(id).map(Segment::takesRequests).orElse(false),
        "listSegment '%s' must name a segment that takes requests: %s", id,
        segments().stream().filter(Segment::takesRequests).map(Segment::id).toList()));
  }

  @Override
  public String toString() {
    return "Plenary \"" + title().english() + "\", " + date() + " " + start() + " " + venue().zone()
        + ", " + Durations.format(budget()) + ", segments " + segmentIds();
  }

  /**
   * Where a plenary sits, and the time zone its clock times are read in. Immutable and thread-safe.
   */
  @Value.Immutable
  @API(status = API.Status.STABLE, since = "0.1")
  public abstract static class Venue {

    Venue() {}

    /** The venue's name: "World Forum, The Hague". */
    @Value.Parameter
    public abstract LocalizedText name();

    /** The time zone of the venue, such as {@code Europe/Amsterdam}. */
    @Value.Parameter
    public abstract ZoneId zone();

    /**
     * The venue's time as people name it, from its name in each language: "The Hague time", « heure
     * de La Haye ». Readers' texts say this; machine formats keep the {@link #zone() zone}'s id.
     */
    public final LocalizedText time() {
      return Dates.localTime(name());
    }

    /** A venue. */
    public static Venue of(LocalizedText name, ZoneId zone) {
      return ImmutableVenue.of(name, zone);
    }
  }

  /**
   * How to get on the list of speakers: the address requests go to and the day the note names as the
   * deadline ("before Tuesday 3 December 2019").
   *
   * <p>This is what the note says; what "before" means, and what happens to late requests, is the
   * business of a deadline rule. Immutable and thread-safe.
   */
  @Value.Immutable
  @API(status = API.Status.STABLE, since = "0.1")
  public abstract static class Registration {

    Registration() {}

    /** Where requests are sent, such as an e-mail address. */
    @Value.Parameter
    public abstract String address();

    /** The day named in the deadline, read in the venue's time zone. */
    @Value.Parameter
    public abstract LocalDate deadline();

    /** A registration by e-mail to {@code address} with a deadline on {@code deadline}. */
    public static Registration of(String address, LocalDate deadline) {
      return ImmutableRegistration.of(address, deadline);
    }

    @Value.Check
    void check() {
      Checks.notBlank("registration address", address());
    }
  }

  /**
   * A priority theme of the plenary, such as arrests or voluntary agreements, that interventions may
   * address. Immutable and thread-safe.
   */
  @Value.Immutable
  @API(status = API.Status.STABLE, since = "0.1")
  public abstract static class Theme {

    Theme() {}

    /** A short id, such as {@code arrests}. */
    @Value.Parameter
    public abstract String id();

    /** The theme's title in each language. */
    @Value.Parameter
    public abstract LocalizedText title();

    /** A theme. */
    public static Theme of(String id, LocalizedText title) {
      return ImmutableTheme.of(id, title);
    }

    @Value.Check
    void check() {
      Checks.id("theme id", id());
    }
  }
}
