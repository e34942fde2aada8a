package org.plenary.export.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Series;
import org.plenary.core.planner.Planner;
import org.plenary.export.release.Changes;
import org.plenary.export.release.Changes.Change;
import org.plenary.export.release.Release;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.testing.Sample;
import org.plenary.export.Fixtures;
import org.plenary.fixtures.Plenaries;

class ChangesJsonTest {

  /**
   * The changes between two releases of the fixtures' series with {@code n} sample requests: one in
   * five received since the first, one in five withdrawn from it.
   */
  static Changes changes(int n, long seed) {
    List<RequestToSpeak> pool = Sample.requests(n, seed);
    List<Integer> lists = new ArrayList<>();
    for (int i = 0; i < pool.size(); i++) {
      lists.add(i % 5 == 0 ? 2 : i % 5 == 1 ? 1 : 3);
    }
    return changes(Fixtures.meetings(), pool, lists);
  }

  /**
   * The changes between two releases of {@code meetings}: request {@code i} of {@code pool} is on the
   * first list if bit 1 of {@code lists.get(i)} is set, on the second if bit 2 is.
   */
  static Changes changes(Series meetings, List<RequestToSpeak> pool, List<Integer> lists) {
    List<RequestToSpeak> first = new ArrayList<>();
    List<RequestToSpeak> second = new ArrayList<>();
    for (int i = 0; i < pool.size(); i++) {
      if ((lists.get(i) & 1) != 0) {
        first.add(pool.get(i));
      }
      if ((lists.get(i) & 2) != 0) {
        second.add(pool.get(i));
      }
    }
    Planner p = Planner.of(Fixtures.seriesRules());
    return Changes.between(Release.of(1, Instant.parse("2019-10-20T09:00:00Z"), p.plan(meetings, first)),
        Release.of(4, Instant.parse("2019-10-24T09:00:00Z"), p.plan(meetings, second)));
  }

  /**
   * Changes between two releases of three meetings of a drawn plenary, a day apart, each request of
   * a drawn pool on the first list, the second, both or neither.
   */
  @Provide
  Arbitrary<Changes> changes() {
    return Plenaries.listed(90).flatMap(l -> Arbitraries.integers().between(0, 3).list()
        .ofSize(l.requests().size()).map(lists -> {
          Plenary p = l.plenary();
          Series three = Series.of(List.of(p, Plenary.builder().from(p).date(p.date().plusDays(1)).build(),
              Plenary.builder().from(p).date(p.date().plusDays(2)).build()));
          return changes(three, l.requests(), lists);
        }));
  }

  static byte[] bytes(Changes c) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ChangesJson.write(c, out);
    return out.toByteArray();
  }

  @Property(tries = 60)
  void changesRoundTripToEqualChangesAndTheSameBytes(@ForAll("changes") Changes c) throws Exception {
    byte[] json = bytes(c);
    Changes back = ChangesJson.read(Fixtures.in(json));
    assertThat(back).isEqualTo(c);
    assertThat(back.changes()).extracting(Change::id).containsExactlyElementsOf(
        c.changes().stream().map(Change::id).toList());
    assertThat(bytes(back)).isEqualTo(json);
  }

  @Test
  void writesEachChangeWithItsKindsPlacesAndReason() throws Exception {
    Changes c = changes(60, 3);
    JsonNode root = new ObjectMapper().readTree(bytes(c));
    assertThat(root.get("format").asText()).isEqualTo("plenary-changes");
    assertThat(root.get("from").asInt()).isEqualTo(1);
    assertThat(root.get("to").asInt()).isEqualTo(4);
    int at = c.changes().indexOf(c.changes().stream().filter(x -> x.kinds().contains(Change.Kind.WITHDRAWN)).toList().get(0));
    JsonNode gone = root.get("changes").get(at);
    assertThat(gone.get("kinds").toString()).isEqualTo("[\"withdrawn\"]");
    assertThat(gone.get("after").isNull()).isTrue();
    assertThat(gone.get("before").get("meeting").asInt()).isBetween(1, 3);
    JsonNode first = root.get("changes").get(0).get("after");
    assertThat(first.get("standing").asText()).isEqualTo("speaking");
    assertThat(first.get("start").asText()).startsWith("2019-10-26T10:").endsWith("[Europe/Amsterdam]");
    assertThat(first.get("allotted").asText()).startsWith("PT");
  }

  /** The changes as JSON with the value at {@code pointer}'s field {@code field} replaced. */
  static byte[] edited(Changes c, String pointer, String field, JsonNode value) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode root = mapper.readTree(bytes(c));
    ((ObjectNode) root.at(pointer)).set(field, value);
    return mapper.writeValueAsBytes(root);
  }

  @Test
  void refusesKindsThatThePlacesDoNotMakeAndNamesWhere() throws Exception {
    Changes c = changes(60, 3);
    JsonNodeFactory f = JsonNodeFactory.instance;
    int at = c.changes().indexOf(c.changes().stream().filter(x -> x.kinds().contains(Change.Kind.WITHDRAWN)).toList().get(0));
    byte[] lie = edited(c, "/changes/" + at, "kinds", f.arrayNode().add("added"));
    assertThatThrownBy(() -> ChangesJson.read(Fixtures.in(lie)))
        .isInstanceOf(PlanImportException.class)
        .hasMessageContaining("/changes/" + at + "/kinds")
        .hasMessageContaining("is [added], but the places before and after make [withdrawn]");
    byte[] plan = edited(c, "", "format", f.textNode("plenary-plan"));
    assertThatThrownBy(() -> ChangesJson.read(Fixtures.in(plan)))
        .hasMessageContaining("/format").hasMessageContaining("not 'plenary-changes'");
    byte[] backwards = edited(c, "", "to", f.numberNode(1));
    assertThatThrownBy(() -> ChangesJson.read(Fixtures.in(backwards)))
        .hasMessageContaining("not from 1 to 1");
    byte[] badTime = edited(c, "/changes/0/after", "allotted", f.textNode("XT3M"));
    assertThatThrownBy(() -> ChangesJson.read(Fixtures.in(badTime)))
        .hasMessageContaining("/changes/0/after/allotted").hasMessageContaining("'XT3M'");
    byte[] place = edited(c, "/changes/0/after", "place", f.textNode("three"));
    assertThatThrownBy(() -> ChangesJson.read(Fixtures.in(place)))
        .hasMessageContaining("/changes/0/after/place").hasMessageContaining("not a whole number");
    byte[] standing = edited(c, "/changes/0/after", "standing", f.textNode("dancing"));
    assertThatThrownBy(() -> ChangesJson.read(Fixtures.in(standing)))
        .hasMessageContaining("/changes/0/after/standing").hasMessageContaining("'dancing' is not one of");
  }
}
