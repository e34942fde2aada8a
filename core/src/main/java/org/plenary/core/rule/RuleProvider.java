package org.plenary.core.rule;

/**
 * Makes a {@link Rule} from its configuration, so that configuration files can name it and
 * {@link RuleSet#discover()} can find it.
 *
 * <p>To register a provider, list its class in
 * {@code META-INF/services/org.plenary.core.rule.RuleProvider} of its jar, and, in a named module,
 * declare {@code provides org.plenary.core.rule.RuleProvider with com.example.MyRuleProvider;}. The
 * class needs a public no-argument constructor.
 */
public interface RuleProvider {

  /** The id of the rule this provider makes, as configuration files name it. */
  String id();

  /**
   * Makes the rule from {@code config}, whose keys are those after {@code "<id>."} in the file. An
   * empty configuration gives the rule's defaults.
   *
   * @throws RuleConfigException if a value is malformed, naming the file, the key and the value
   */
  Rule create(RuleConfig config);
}
