package org.plenary.export.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Delegation;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Plenary.Venue;
import org.plenary.core.agenda.Segment;
import org.plenary.core.agenda.Speaker;
import org.plenary.core.text.LocalizedText;

/**
 * Whatever a facilitator writes — texts in several scripts with quotes, colons, hashes, line breaks
 * and right-to-left marks, any number of segments and items — a plenary written as YAML by another
 * writer (Jackson's YAML generator) reads back as the same plenary: nothing lost, order kept.
 */
class PlenaryFileProperties {

  private static final List<String> ZONES = List.of("Europe/Amsterdam", "America/New_York", "Asia/Tokyo",
      "Africa/Nairobi");

  @Provide
  Arbitrary<String> wording() {
    return Arbitraries.strings().withChars("aZ09 :#'\"&*-!?%@`|>{}[],\n\tÉéœ\u202e\u200fمرحبا中文Мир")
        .ofMinLength(1).ofMaxLength(24).filter(s -> !s.isBlank());
  }

  @Provide
  Arbitrary<LocalizedText> text() {
    return Arbitraries.maps(Arbitraries.of("en", "fr", "ar", "zh", "ru", "es", "zh-Hant"), wording())
        .ofMinSize(1).ofMaxSize(3).map(LocalizedText::of);
  }

  @Provide
  Arbitrary<Plenary> plenary() {
    Arbitrary<List<LocalizedText>> delegations = text().list().ofMinSize(1).ofMaxSize(3);
    Arbitrary<List<List<Integer>>> segments = Arbitraries.integers().between(1, 45).list().ofMaxSize(3)
        .list().ofMinSize(1).ofMaxSize(4);
    return Combinators.combine(text(), text(), delegations, segments, Arbitraries.of(ZONES),
        Arbitraries.integers().between(0, 23 * 60), Arbitraries.integers().between(30, 600),
        Arbitraries.integers().between(0, 3)).as((title, session, names, items, zone, start, budget, gap) -> {
          List<Delegation> ds = new ArrayList<>();
          for (int i = 0; i < names.size(); i++) {
            ds.add(Delegation.of("d" + i, names.get(i), Constituency.standardValues().get(i)));
          }
          List<Segment> ss = new ArrayList<>();
          for (int s = 0; s < items.size(); s++) {
            Segment.Builder b = Segment.builder().id("s" + s).title(names.get(s % names.size()))
                .takesRequests(s % 2 == 1).gapBefore(Duration.ofMinutes(s == 0 ? 0 : gap));
            if (s == 1) {
              b.allotment(Duration.ofMinutes(budget / 2)).objective(title);
            }
            for (int k = 0; k < items.get(s).size(); k++) {
              b.addInterventions(Intervention.builder().id("s" + s + "-" + k)
                  .speaker(k % 2 == 0 ? Speaker.of(ds.get(k % ds.size()))
                      : Speaker.builder().delegation(ds.get(0)).name("N " + k).function(session).build())
                  .duration(Duration.ofMinutes(items.get(s).get(k))).fixed(k == 0).build());
            }
            ss.add(b.build());
          }
          return Plenary.builder().title(title).session(session).date(LocalDate.of(2019, 12, 5))
              .start(LocalTime.MIN.plusMinutes(start)).budget(Duration.ofMinutes(budget))
              .venue(Venue.of(session, ZoneId.of(zone))).segments(ss).addChairs(Speaker.of(ds.get(0))).build();
        });
  }

  /** The plenary as a file writes it, as plain maps and lists for a YAML writer. */
  private static Map<String, Object> file(Plenary p) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("title", p.title().byLanguage());
    f.put("session", p.session().byLanguage());
    f.put("date", p.date().toString());
    f.put("start", p.start().toString());
    f.put("budget", p.budget().toString());
    f.put("venue", Map.of("name", p.venue().name().byLanguage(), "zone", p.venue().zone().getId()));
    Map<String, Delegation> delegations = new LinkedHashMap<>();
    p.chairs().forEach(c -> delegations.put(c.delegation().id(), c.delegation()));
    p.segments().forEach(s -> s.interventions().forEach(i -> delegations.put(i.speaker().delegation().id(),
        i.speaker().delegation())));
    List<Object> ds = new ArrayList<>();
    delegations.values().forEach(d -> ds.add(Map.of("id", d.id(), "name", d.name().byLanguage(),
        "constituency", d.constituency().id())));
    f.put("delegations", ds);
    f.put("chairs", p.chairs().stream().map(c -> c.delegation().id()).toList());
    List<Object> segments = new ArrayList<>();
    for (Segment s : p.segments()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", s.id());
      m.put("title", s.title().byLanguage());
      s.objective().ifPresent(o -> m.put("objective", o.byLanguage()));
      s.allotment().ifPresent(a -> m.put("allotment", a.toString()));
      m.put("takesRequests", s.takesRequests());
      m.put("gapBefore", s.gapBefore().toString());
      List<Object> items = new ArrayList<>();
      for (Intervention i : s.interventions()) {
        Map<String, Object> im = new LinkedHashMap<>();
        im.put("id", i.id());
        Speaker sp = i.speaker();
        if (sp.name().isEmpty()) {
          im.put("speaker", sp.delegation().id());
        } else {
          im.put("speaker", Map.of("delegation", sp.delegation().id(), "name", sp.name().get(),
              "function", sp.function().orElseThrow().byLanguage()));
        }
        im.put("duration", i.duration().toString());
        im.put("fixed", i.fixed());
        items.add(im);
      }
      m.put("interventions", items);
      segments.add(m);
    }
    f.put("segments", segments);
    return f;
  }

  @Property(tries = 200)
  void aPlenaryWrittenByAnotherYamlWriterReadsBackTheSame(@ForAll("plenary") Plenary p) throws Exception {
    byte[] yaml = new YAMLMapper().writeValueAsBytes(file(p));
    assertThat(PlenaryFile.plenary(new ByteArrayInputStream(yaml), "generated.yaml")).isEqualTo(p);
  }
}
