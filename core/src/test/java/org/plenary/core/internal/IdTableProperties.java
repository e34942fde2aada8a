package org.plenary.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The planner's id table against {@link HashMap} and {@link HashSet}, including when it must grow. */
class IdTableProperties {

  @Property(tries = 300)
  void actsAsAMap(@ForAll @Size(max = 300) List<@StringLength(max = 4) String> keys,
      @ForAll @IntRange(min = 0, max = 64) int expected) {
    IdTable<Integer> table = new IdTable<>(expected);
    Map<String, Integer> reference = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      if (i % 3 == 0) {
        assertThat(table.put(key, i)).isEqualTo(reference.put(key, i));
      } else {
        assertThat(table.putIfAbsent(key, i)).isEqualTo(reference.putIfAbsent(key, i));
      }
      assertThat(table.size()).isEqualTo(reference.size());
    }
    for (String key : keys) {
      assertThat(table.get(key)).isEqualTo(reference.get(key));
      assertThat(table.get(key + "\u0000")).isEqualTo(reference.get(key + "\u0000"));
    }
  }

  @Property(tries = 300)
  void actsAsASet(@ForAll @Size(max = 300) List<@StringLength(max = 3) String> keys,
      @ForAll @IntRange(min = 0, max = 64) int expected) {
    IdTable<Void> table = new IdTable<>(expected);
    Set<String> reference = new HashSet<>();
    for (String key : keys) {
      assertThat(table.add(key)).isEqualTo(reference.add(key));
    }
    assertThat(table.size()).isEqualTo(reference.size());
    assertThat(table.get(keys.isEmpty() ? "x" : keys.get(0))).isNull();
  }

  @Test
  void keepsKeysWhoseHashesCollideApart() {
    IdTable<String> table = new IdTable<>(2);
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    assertThat(table.putIfAbsent("Aa", "first")).isNull();
    assertThat(table.putIfAbsent("BB", "second")).isNull();
    assertThat(table.putIfAbsent("", "empty")).isNull();
    assertThat(table.get("Aa")).isEqualTo("first");
    assertThat(table.get("BB")).isEqualTo("second");
    assertThat(table.get("")).isEqualTo("empty");
    assertThat(table).hasToString("IdTable[3 ids]");
    assertThatThrownBy(() -> table.put("Aa", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("value");
  }
}
