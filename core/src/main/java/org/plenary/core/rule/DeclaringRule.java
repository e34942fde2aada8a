package org.plenary.core.rule;

import static java.util.Objects.requireNonNull;

import java.util.function.Consumer;
import org.plenary.core.text.LocalizedText;

/** A rule made of its id, name, reason and declarations, by {@link Rule#of}. */
final class DeclaringRule implements Rule {

  private final String id;
  private final LocalizedText name;
  private final LocalizedText reason;
  private final Consumer<Declarations> declare;

  DeclaringRule(String id, LocalizedText name, LocalizedText reason, Consumer<Declarations> declare) {
    this.id = requireNonNull(id, "id");
    this.name = requireNonNull(name, "name");
    this.reason = requireNonNull(reason, "reason");
    this.declare = requireNonNull(declare, "declare");
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public LocalizedText name() {
    return name;
  }

  @Override
  public LocalizedText reason() {
    return reason;
  }

  @Override
  public void declare(Declarations declarations) {
    declare.accept(declarations);
  }

  @Override
  public String toString() {
    return id + " (" + name.english() + ")";
  }
}
