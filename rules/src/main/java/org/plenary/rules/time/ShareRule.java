package org.plenary.rules.time;

import org.plenary.core.agenda.Plenary;
import org.plenary.core.rule.Declarations;
import org.plenary.core.rule.Rule;
import org.plenary.core.text.LocalizedText;
import org.plenary.rules.internal.Messages;
import org.plenary.rules.internal.Shares;

/**
 * What {@link Reserve} and {@link Cap} share: time or places of segments for some constituencies,
 * configured alike and worded by the rule's id; each declares its shares its own way.
 */
abstract class ShareRule extends Rule {

  private final String id;
  final Shares shares;

  ShareRule(String id, Shares shares) {
    super(id, Messages.RULES.text(id + ".name"), Messages.RULES.text(id + ".reason"));
    this.id = id;
    this.shares = shares;
  }

  /** Declares one share: held for its constituencies, or the most they may take. */
  abstract void declare(Declarations declarations, Shares.Share share);

  private LocalizedText description() {
    return Messages.RULES.text(id + ".description");
  }

  @Override
  public final LocalizedText describe(Plenary plenary) {
    return shares.all().isEmpty() ? description()
        : Messages.RULES.text(id + ".describe", shares.describe(id + ".each", plenary));
  }

  @Override
  public final void declare(Declarations declarations) {
    for (Shares.Share s : shares.all()) {
      declare(declarations, s);
    }
  }

  /** Equal to the same kind of rule with the same shares. */
  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && shares.equals(((ShareRule) o).shares);
  }

  @Override
  public final int hashCode() {
    return id.hashCode() * 31 + shares.hashCode();
  }

  @Override
  public String toString() {
    return id + " " + shares.all();
  }
}
