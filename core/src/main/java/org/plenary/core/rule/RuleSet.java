package org.plenary.core.rule;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.text.LocalizedText;

/**
 * A set of {@link Rule rules} with unique ids: what the planner resolves a plan under and checks it
 * against. The order in which the rules are listed does not change the plan.
 *
 * <p>Built in code ({@link #of}, {@link #and}), {@linkplain #discover() discovered} through
 * {@link RuleProvider}s, or {@linkplain #load(Path) loaded} from a properties file:
 *
 * <pre>
 * rules = time-limit.speaking, time-limit.budget, order.precedence
 * time-limit.speaking.segment.floor = PT3M
 * time-limit.budget.fit = shorten-then-wait-list
 * time-limit.budget.because.en = concept note, Format: two hours in total
 * </pre>
 *
 * <p>Immutable and thread-safe when its rules are.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class RuleSet {

  private final ImmutableList<Rule> rules;

  private RuleSet(ImmutableList<Rule> rules) {
    Set<String> ids = new LinkedHashSet<>();
    for (Rule rule : rules) {
      requireNonNull(rule, "rule");
      String id = rule.id();
      if (!ids.add(id)) {
        throw new IllegalArgumentException("rule id '" + id + "' is used twice");
      }
    }
    this.rules = rules;
  }

  /** A rule set of {@code rules}. */
  public static RuleSet of(Rule... rules) {
    return new RuleSet(ImmutableList.copyOf(rules));
  }

  /** A rule set of {@code rules}. */
  public static RuleSet of(Collection<? extends Rule> rules) {
    return new RuleSet(ImmutableList.copyOf(rules));
  }

  /** This set followed by {@code more}. */
  public RuleSet and(Rule... more) {
    return new RuleSet(ImmutableList.<Rule>builder().addAll(rules).add(more).build());
  }

  /** This set without the rule {@code id}. */
  public RuleSet without(String id) {
    rule(id).orElseThrow(() -> new IllegalArgumentException(
        "rule id '" + id + "' is not in this set; it holds " + ids()));
    return of(rules.stream().filter(r -> !r.id().equals(id)).collect(Collectors.toList()));
  }

  /** The rules, in order. */
  public List<Rule> rules() {
    return rules;
  }

  private List<String> ids() {
    return rules.stream().map(Rule::id).collect(Collectors.toList());
  }

  /** The rule with this id, if the set holds it. */
  public Optional<Rule> rule(String id) {
    requireNonNull(id, "id");
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * The rule with this id as a {@code type}, whatever reason is stated for it: for reading a
   * configured rule's own settings.
   *
   * @throws ClassCastException if the rule with this id is not a {@code type}
   */
  public <T extends Rule> Optional<T> rule(String id, Class<T> type) {
    requireNonNull(type, "type");
    return rule(id).map(type::cast);
  }

  /** The rule providers on the class path or module path, by id. */
  public static List<RuleProvider> providers() {
    List<RuleProvider> providers = new ArrayList<>();
    ServiceLoader.load(RuleProvider.class, RuleSet.class.getClassLoader()).forEach(providers::add);
    providers.sort(Comparator.comparing(RuleProvider::id));
    return providers;
  }

  /** Every rule that can be discovered, each with its default configuration, by id. */
  public static RuleSet discover() {
    List<Rule> rules = new ArrayList<>();
    for (RuleProvider provider : providers()) {
      rules.add(provider.create(RuleConfig.empty(provider.id())));
    }
    return of(rules);
  }

  /**
   * Loads a rule set from a UTF-8 properties file whose constituencies are the standard ones; see
   * {@link #load(Properties, String, Collection)}, which takes others.
   *
   * @throws IllegalArgumentException if the file names an unknown rule or key, or holds a bad value
   * @throws IOException if the file cannot be read
   */
  public static RuleSet load(Path file) throws IOException {
    requireNonNull(file, "file");
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(in);
    } catch (IllegalArgumentException e) {
      throw RuleConfig.invalid(file.toString(), "(file)", "", "is malformed: " + e.getMessage());
    }
    return load(properties, file.getFileName().toString(), Constituency.standardValues());
  }

  /**
   * Builds a rule set from properties read from {@code source}. The key {@code rules} lists the rule
   * ids in order; each rule reads the keys that start with its id and a dot. A rule id without a
   * provider, a key no rule reads, or a malformed value is refused with an error that names the
   * source, the key and the value.
   */
  public static RuleSet load(Properties properties, String source,
      Collection<Constituency> constituencies) {
    requireNonNull(properties, "properties");
    requireNonNull(source, "source");
    Map<String, String> all = new TreeMap<>();
    properties.stringPropertyNames().forEach(k -> all.put(k, properties.getProperty(k)));
    String list = all.remove("rules");
    if (list == null || list.isBlank()) {
      throw RuleConfig.invalid(source, "rules", String.valueOf(list),
          "must list the rule ids to use, separated by commas");
    }
    Map<String, RuleProvider> providers = new TreeMap<>();
    providers().forEach(p -> providers.put(p.id(), p));
    List<Rule> rules = new ArrayList<>();
    Set<String> claimed = new LinkedHashSet<>();
    for (String raw : list.split(",", -1)) {
      String id = raw.trim();
      RuleProvider provider = providers.get(id);
      if (provider == null) {
        throw RuleConfig.invalid(source, "rules", id,
            "is not a known rule id; known: " + String.join(", ", providers.keySet()));
      }
      Map<String, String> own = new TreeMap<>();
      all.forEach((k, v) -> {
        if (k.startsWith(id + ".")) {
          own.put(k.substring(id.length() + 1), v);
          claimed.add(k);
        }
      });
      RuleConfig config = RuleConfig.of(source, id, own, constituencies);
      Rule rule = provider.create(config);
      SortedMap<String, String> because = config.texts("because");
      if (!because.isEmpty()) {
        if (!because.containsKey("en")) {
          throw config.error("because." + because.firstKey(), because.get(because.firstKey()),
              "needs 'because.en' too: English is the fallback");
        }
        rule = rule.because(LocalizedText.of(because));
      }
      rules.add(rule);
      for (String unused : config.unused()) {
        throw config.error(unused, own.get(unused), "is not a setting of rule '" + id + "'");
      }
    }
    for (String key : all.keySet()) {
      if (!claimed.contains(key)) {
        throw RuleConfig.invalid(source, key, all.get(key),
            "belongs to no rule listed in 'rules' (" + list.trim() + ")");
      }
    }
    return of(rules);
  }

  @Override
  public String toString() {
    return "RuleSet" + Arrays.toString(ids().toArray());
  }
}
