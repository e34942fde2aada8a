package org.plenary.core.agenda;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.plenary.core.internal.Messages;
import org.plenary.core.text.LocalizedText;

/**
 * The capacity in which a delegation takes part: the chair, a State Party, the Court, an observer
 * State, an international organisation, civil society, or a value of the caller's own.
 *
 * <p>An open set: two constituencies are equal when their ids are, whatever their labels. Ids are
 * lower-case words joined by hyphens ({@code state-party}), as configuration files write them.
 * Immutable and thread-safe.
 */
@Value.Immutable
@API(status = API.Status.STABLE, since = "0.1")
public abstract class Constituency {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /** The co-facilitators or the President, chairing the sitting. */
  public static final Constituency CHAIR = standard("chair");
  /** A State Party to the treaty. */
  public static final Constituency STATE_PARTY = standard("state-party");
  /** The Court, or the treaty body the plenary is about. */
  public static final Constituency COURT = standard("court");
  /** A State that is not a party, taking part as an observer. */
  public static final Constituency OBSERVER_STATE = standard("observer-state");
  /** An intergovernmental or regional organisation. */
  public static final Constituency INTERNATIONAL_ORGANISATION = standard("international-organisation");
  /** A non-governmental organisation or a coalition of them. */
  public static final Constituency CIVIL_SOCIETY = standard("civil-society");

  private static final List<Constituency> STANDARD = List.of(
      CHAIR, STATE_PARTY, COURT, OBSERVER_STATE, INTERNATIONAL_ORGANISATION, CIVIL_SOCIETY);

  Constituency() {}

  /** The id, such as {@code state-party}. */
  @Value.Parameter
  public abstract String id();

  /** The label readers see, in their language. */
  @Value.Parameter
  @Value.Auxiliary
  public abstract LocalizedText label();

  /**
   * The label of the constituency as a group, where a text speaks of all who take part in it:
   * "observer States"; the label unless stated.
   */
  @Value.Default
  @Value.Auxiliary
  public LocalizedText plural() {
    return label();
  }

  /** A constituency of the caller's own, such as {@code funder}. */
  public static Constituency of(String id, LocalizedText label) {
    return ImmutableConstituency.of(id, label);
  }

  /** A constituency of the caller's own, with the label of the group as a whole: "funders". */
  public static Constituency of(String id, LocalizedText label, LocalizedText plural) {
    return ImmutableConstituency.builder().id(id).label(label).plural(plural).build();
  }

  /** The six standard constituencies, in the order the concept note names them. */
  public static List<Constituency> standardValues() {
    return STANDARD;
  }

  /**
   * The standard constituencies in the order the concept note names them, then the others by id: the
   * order in which texts list constituencies given as a set.
   */
  public static Comparator<Constituency> standardOrder() {
    return Comparator.<Constituency>comparingInt(c -> {
      int at = STANDARD.indexOf(c);
      return at < 0 ? STANDARD.size() : at;
    }).thenComparing(Constituency::id);
  }

  private static Constituency standard(String id) {
    return of(id, Messages.CORE.text("constituency." + id), Messages.CORE.text("constituencies." + id));
  }

  @Value.Check
  void check() {
    if (!ID.matcher(id()).matches()) {
      throw new IllegalArgumentException("constituency id '" + id()
          + "' must be lower-case words joined by hyphens, such as 'civil-society'");
    }
  }

  @Override
  public String toString() {
    return id();
  }
}
