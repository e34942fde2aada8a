package org.plenary.core.rule;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Makes a {@link Rule} from its configuration, so that configuration files can name it and
 * {@link RuleSet#discover()} can find it.
 *
 * <p>To register a provider, list its class in
 * {@code META-INF/services/org.plenary.core.rule.RuleProvider} of its jar, and, in a named module,
 * declare {@code provides org.plenary.core.rule.RuleProvider with com.example.MyRuleProvider;}. The
 * class needs a public no-argument constructor; {@link Of} makes one a line long:
 *
 * <pre>{@code
 * public static final class Provider extends RuleProvider.Of {
 *   public Provider() { super("balance.region", RegionBalance::configured); }
 * }
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface RuleProvider {

  /** The id of the rule this provider makes, as configuration files name it. */
  String id();

  /**
   * Makes the rule from {@code config}, whose keys are those after {@code "<id>."} in the file. An
   * empty configuration gives the rule's defaults. The keys {@code because.en}, {@code because.fr}
   * and so on, the rule's stated reason, are read by {@link RuleSet#load}.
   *
   * @throws IllegalArgumentException if a value is malformed, naming the file, the key and the value
   *     ({@link RuleConfig#error} makes one)
   */
  Rule create(RuleConfig config);

  /** A provider made of a rule id and a factory that reads the configuration. */
  @API(status = API.Status.STABLE, since = "0.1")
  abstract class Of implements RuleProvider {

    private final String id;
    private final Function<RuleConfig, ? extends Rule> factory;

    /** A provider of rule {@code id}, made by {@code factory}. */
    protected Of(String id, Function<RuleConfig, ? extends Rule> factory) {
      this.id = requireNonNull(id, "id");
      this.factory = requireNonNull(factory, "factory");
    }

    @Override
    public final String id() {
      return id;
    }

    @Override
    public final Rule create(RuleConfig config) {
      return factory.apply(requireNonNull(config, "config"));
    }

    @Override
    public String toString() {
      return "RuleProvider[" + id + "]";
    }
  }
}
