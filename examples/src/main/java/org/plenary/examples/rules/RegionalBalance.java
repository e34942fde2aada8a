package org.plenary.examples.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.rule.Declarations;
import org.plenary.core.rule.Place;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleConfig;
import org.plenary.core.rule.RuleProvider;
import org.plenary.core.rule.Selector;
import org.plenary.core.text.LocalizedText;
import org.plenary.rules.order.Precedence;

/**
 * The regional groups take turns within each tier of precedence: a delegation of Africa, then of
 * Asia-Pacific, and so on, each region in the order of rank and receipt. The region of a delegation
 * is no part of the model: the facilitation states it in its configuration, and delegations it does
 * not name come last. Written against the public SPI alone. Configuration keys:
 * {@code region.<name>} (comma-separated delegation ids), {@code turns} (the regions' names in
 * order; by default, in the order of their keys).
 *
 * <pre>
 * rules = order.precedence, order.regional-balance
 * order.regional-balance.region.africa = NGA, KEN, SEN
 * order.regional-balance.region.latin-america = BRA, MEX
 * order.regional-balance.turns = africa, latin-america
 * </pre>
 */
public final class RegionalBalance extends Rule {

  /** The rule id. */
  public static final String ID = "order.regional-balance";

  private final Map<String, String> regionOf;
  private final List<String> turns;

  private RegionalBalance(Map<String, String> regionOf, List<String> turns) {
    super(ID, LocalizedText.of("the regional balance", "l'équilibre régional"), LocalizedText.of("the Bureau's guidance on equitable geographical representation", "les orientations du Bureau sur la représentation géographique équitable"));
    this.regionOf = Map.copyOf(regionOf);
    this.turns = List.copyOf(turns);
    for (String region : regionOf.values()) {
      if (!turns.contains(region)) {
        throw new IllegalArgumentException("region '" + region + "' has no turn in " + turns);
      }
    }
  }

  /** Regions by name, each with its delegations' ids, taking turns in the order given. */
  public static RegionalBalance of(Map<String, List<String>> regions) {
    Map<String, String> regionOf = new LinkedHashMap<>();
    regions.forEach((region, ids) -> ids.forEach(id -> {
      String before = regionOf.putIfAbsent(id, region);
      if (before != null) {
        throw new IllegalArgumentException("delegation '" + id + "' is in regions '" + before + "' and '"
            + region + "'");
      }
    }));
    return new RegionalBalance(regionOf, new ArrayList<>(regions.keySet()));
  }

  /** The rule as {@code config} sets it. */
  public static RegionalBalance configured(RuleConfig config) {
    List<String> regions = new ArrayList<>(config.texts("region").keySet());
    Map<String, List<String>> byRegion = new LinkedHashMap<>();
    List<String> order = config.ids("turns").isEmpty() ? regions : config.ids("turns");
    for (String region : order) {
      if (!regions.contains(region)) {
        throw config.error("turns", String.join(", ", order), "names region '" + region
            + "', which no region." + region + " key lists");
      }
      byRegion.put(region, config.ids("region." + region));
    }
    for (String region : regions) {
      if (!byRegion.containsKey(region)) {
        throw config.error("region." + region, config.text("region." + region).orElseThrow(),
            "is a region with no turn in " + order);
      }
    }
    return of(byRegion);
  }

  @Override
  public LocalizedText describe(Plenary plenary) {
    return LocalizedText.of("The regional groups take turns: " + String.join(", ", turns),
        "Les groupes régionaux prennent la parole à tour de rôle : " + String.join(", ", turns));
  }

  @Override
  public void declare(Declarations declarations) {
    declarations.alternate(Selector.listSegments(), Place.after(Precedence.BY_CONSTITUENCY),
        r -> regionOf.getOrDefault(r.voice().id(), "none"), turns);
  }

  /** Offers the rule to configuration files. */
  public static final class Provider extends RuleProvider.Of {

    /** Made by {@link java.util.ServiceLoader}. */
    public Provider() {
      super(ID, RegionalBalance::configured);
    }
  }
}
