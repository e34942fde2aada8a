package org.plenary.export.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Timetable;
import org.plenary.core.planner.Planner;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.testing.Sample;
import org.plenary.export.ExportOptions;
import org.plenary.export.Fixtures;
import org.plenary.export.release.Changes;
import org.plenary.export.release.Release;
import org.plenary.export.runsheet.RunSheet;
import org.plenary.export.svg.SvgTimeline;

public class AgendaTest {

  static Node markdown(byte[] md) {
    return Parser.builder().extensions(List.of(TablesExtension.create())).build()
        .parse(new String(md, StandardCharsets.UTF_8));
  }

  /** The text of every table cell of a Markdown document, as CommonMark reads it. */
  public static List<String> cells(byte[] md) {
    List<String> cells = new java.util.ArrayList<>();
    markdown(md).accept(new AbstractVisitor() {
      @Override
      public void visit(CustomNode node) {
        if (node instanceof TableCell) {
          StringBuilder text = new StringBuilder();
          node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
              text.append(t.getLiteral());
            }
          });
          cells.add(text.toString().strip());
        }
        visitChildren(node);
      }
    });
    return cells;
  }

  static String plain(Node node) {
    return TextContentRenderer.builder().build().render(node);
  }

  @Test
  void theMarkdownAgendaReadsLikeTheNote() {
    Timetable t = Fixtures.sample(5);
    String md = new MarkdownAgenda().toText(t, ExportOptions.in(Locale.FRENCH));
    assertThat(md).startsWith("# Séance d'essai\n")
        .contains("mercredi 3 mars 2021, de 15:00 à 16:30 (heure de Salle d'essai), Salle d'essai")
        .contains("## Format (1 h 30 min au total)")
        .contains("### 15:05–15:30 · Exposé")
        .contains("Les demandes d'inscription doivent être envoyées au Secrétariat avant le lundi 1 mars 2021 "
            + "à l'adresse suivante : list@example.org.");
    int[] tables = {0};
    markdown(md.getBytes(StandardCharsets.UTF_8)).accept(new AbstractVisitor() {
      @Override
      public void visit(CustomBlock block) {
        if (block instanceof TableBlock) {
          tables[0]++;
        }
        visitChildren(block);
      }
    });
    assertThat(tables[0]).as("the programme's three segments, then the waiting list").isEqualTo(4);
  }

  /** Releases 1 and 2 of the fixtures' series: in the second, r3 has withdrawn and r40 has come. */
  static Changes twoReleases() {
    List<RequestToSpeak> first = Sample.requests(41, 7).subList(0, 40);
    List<RequestToSpeak> second = new java.util.ArrayList<>(Sample.requests(41, 7));
    second.removeIf(r -> r.id().equals("r3"));
    Planner p = Planner.of(Fixtures.seriesRules());
    return Changes.between(
        Release.of(1, Instant.parse("2019-10-20T09:00:00Z"), p.plan(Fixtures.meetings(), first)),
        Release.of(2, Instant.parse("2019-10-24T09:00:00Z"), p.plan(Fixtures.meetings(), second)));
  }

  @Test
  void theAgendaOfAReleaseShowsWhatChangedSinceAnEarlierOne() {
    Changes changes = twoReleases();
    assertThat(changes.changes().stream().filter(x -> x.kinds().contains(org.plenary.export.release.Changes.Change.Kind.WITHDRAWN)).toList()).extracting(c -> c.id())
        .containsExactly("r3");
    Timetable t = Fixtures.series(40, 7).meeting(0).timetable();
    byte[] md = new MarkdownAgenda().toBytes(t, ExportOptions.english().withChanges(changes));
    String text = new String(md, StandardCharsets.UTF_8);
    assertThat(text).contains("**Release 2**").contains("## Changes since release 1");
    List<String> cells = cells(md);
    assertThat(cells).contains("withdrawn", "on no list", "added");
    int at = cells.indexOf("withdrawn");
    assertThat(cells.get(at - 1)).isEqualTo(changes.changes().stream().filter(x -> x.kinds().contains(org.plenary.export.release.Changes.Change.Kind.WITHDRAWN)).toList().get(0)
        .speaker().english());
    assertThat(cells.get(at + 1)).matches("Saturday, 26 October 2019 at \\d\\d:\\d\\d, no\\. \\d+, .*");

    String fr = new MarkdownAgenda().toText(t, ExportOptions.in(Locale.FRENCH).withChanges(changes));
    assertThat(fr).contains("**Version 2**").contains("## Modifications depuis la version 1");
    assertThat(cells(fr.getBytes(StandardCharsets.UTF_8))).contains("retrait", "sur aucune liste", "ajout");

    Document html = Jsoup.parse(new HtmlAgenda().toText(t, ExportOptions.english().withChanges(changes)));
    assertThat(html.select("section#changes h2").text()).isEqualTo("Changes since release 1");
    assertThat(html.select("section#changes tbody tr")).hasSize(changes.changes().size());
    assertThat(html.select("header p strong").text()).isEqualTo("Release 2");

    Changes none = Changes.of(2, changes.toPublished(), 3, changes.toPublished(), List.of());
    assertThat(new MarkdownAgenda().toText(t, ExportOptions.english().withChanges(none)))
        .contains("## Changes since release 2\n\nNothing has changed since release 2.\n");
    assertThat(new MarkdownAgenda().toText(t, ExportOptions.english())).doesNotContain("release");
  }

  @Test
  void theOverviewOfASeriesListsItsMeetingsWhoWasCarriedOverAndWhoWaitsAtTheEnd() throws Exception {
    org.plenary.core.plan.SeriesPlan plan = Fixtures.series(60, 7);
    java.io.ByteArrayOutputStream md = new java.io.ByteArrayOutputStream();
    SeriesOverview.markdown(plan, ExportOptions.in(Locale.FRENCH).withChanges(twoReleases()), md);
    String text = md.toString(StandardCharsets.UTF_8);
    assertThat(text).startsWith("# Séance d'essai\n")
        .contains("3 séances, du samedi 26 octobre 2019 au lundi 28 octobre 2019 (heure de Salle d'essai), Salle d'essai")
        .contains("**Version 2**").contains("## Modifications depuis la version 1")
        .contains("## Vue d'ensemble des séances").contains("## Liste d'attente après la dernière séance");
    List<String> cells = cells(md.toByteArray());
    long carried0 = plan.meeting(0).waitingList().stream()
        .filter(w -> w.status() == Decision.Kind.CARRIED_OVER).count();
    long speakers0 = plan.meeting(0).slots().stream().filter(x -> x.request().isPresent()).count();
    int row = cells.indexOf("samedi 26 octobre 2019");
    assertThat(cells.subList(row - 1, row + 4))
        .containsExactly("1", "samedi 26 octobre 2019", "10:00–11:30", String.valueOf(speakers0),
            String.valueOf(carried0));
    assertThat(carried0).isPositive();

    java.io.ByteArrayOutputStream html = new java.io.ByteArrayOutputStream();
    SeriesOverview.html(plan, ExportOptions.english(), html);
    Document doc = Jsoup.parse(html.toString(StandardCharsets.UTF_8));
    assertThat(doc.select("section").get(0).select("tbody tr")).hasSize(3);
    assertThat(plan.waitingList()).isNotEmpty();
    assertThat(doc.select("section").get(1).select("tbody tr")).hasSize(plan.waitingList().size());
    assertThat(doc.select("section").get(1).select("tbody tr").get(0).select("td").get(1).text())
        .isEqualTo(plan.waitingList().get(0).speech().speaker().delegation().name().english());
    assertThat(doc.select("#changes")).isEmpty();
  }

  @Test
  void optionsRefuseAReleaseThatIsNotTheOneTheChangesEndAt() {
    Changes changes = twoReleases();
    assertThatThrownBy(() -> ExportOptions.english().withRelease(3).withChanges(changes))
        .hasMessage("the changes end at release 2, not at the release given (3)");
    assertThatThrownBy(() -> ExportOptions.english().withChanges(changes).withRelease(3))
        .hasMessage("release (3) is not the release the changes end at (2)");
    assertThatThrownBy(() -> ExportOptions.english().withRelease(0)).hasMessage("release (0) must be 1 or more");
    assertThat(ExportOptions.english().withChanges(changes))
        .hasToString("ExportOptions[en, release 2, changes since release 1]")
        .isEqualTo(ExportOptions.english().withRelease(2).withChanges(changes));
  }

  @Test
  void theMarkdownEscapesWhatWouldBreakATable() {
    String nasty = "A | B *bold* <script>alert(1)</script> [x](y) `c` # 1. _u_";
    byte[] md = new MarkdownAgenda().toBytes(Fixtures.hostile(nasty), ExportOptions.english());
    Node doc = markdown(md);
    assertThat(plain(doc)).contains(nasty);
    List<String> cells = cells(md);
    assertThat(cells).contains(nasty);
    assertThat(MarkdownAgenda.escape("1. first")).isEqualTo("1\\. first");
    assertThat(MarkdownAgenda.escape("-x")).isEqualTo("\\-x");
  }

  @Test
  void theHtmlPageIsStandaloneEscapedAndEmbedsTheTimeline() {
    String nasty = "<script>alert('x')</script> & \"quotes\"";
    byte[] html = new HtmlAgenda().toBytes(Fixtures.hostile(nasty), ExportOptions.english());
    Document doc = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
    assertThat(doc.select("script")).isEmpty();
    assertThat(doc.select("link[rel=stylesheet]")).isEmpty();
    assertThat(doc.select("style")).hasSize(1);
    assertThat(doc.select("svg")).hasSize(1);
    assertThat(doc.select("h1").text()).isEqualTo(nasty);
    assertThat(doc.select("td bdi").eachText()).contains(nasty);
    assertThat(doc.select("html").attr("lang")).isEqualTo("en");
    assertThat(doc.select("meta[name=viewport]")).hasSize(1);
  }

  @Test
  void theSvgIsWellFormedAndMarksTheBudgetAndOverruns() throws Exception {
    Timetable fits = Fixtures.sample(3);
    byte[] svg = new SvgTimeline().toBytes(fits, ExportOptions.english());
    org.w3c.dom.Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Fixtures.in(svg));
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
    assertThat(new String(svg, StandardCharsets.UTF_8)).contains("end of budget 16:30").doesNotContain("#c0392b\"/>");
    Timetable over = Fixtures.sample(40);
    assertThat(over.slack()).isNegative();
    assertThat(new SvgTimeline().toText(over, ExportOptions.english())).contains("fill=\"#c0392b\"");
  }

  @Test
  void theRunSheetGivesClockTimesCumulativeTimeAndWhatIsLeft() {
    String sheet = new RunSheet().toText(Fixtures.sample(2), ExportOptions.english());
    assertThat(sheet).startsWith("Chair's run sheet \u2014 Sample sitting\n")
        .contains("15:00  Delegation chair")
        .contains("-- end of \u201cBriefing\u201d at 15:30: 25 min")
        .contains("       \u00b7 Cut from 7 min 30 s to 4 min by the floor's limit.\n")
        .contains("Waiting list (1)\n  1. Delegation CI0                        Wait-listed by the floor's "
            + "places: no place left in “Floor” (one place).\n")
        .contains("- info, the floor's places: Places taken in “Floor”: 1 of 1; one speaker waits for lack of "
            + "a place. (because: the test)\n");
    assertThat(new RunSheet().toText(Planner.of(org.plenary.core.rule.RuleSet.of())
        .plan(Sample.plenary(), java.util.List.of()).timetable(), ExportOptions.english()))
        .contains("Waiting list: none");
    String[] lines = sheet.split("\n");
    assertThat(lines[6]).startsWith("== 15:00  Opening");
    assertThat(lines[7]).matches("15:00  Delegation chair +5 min +0:05 +1 h 25 min");
  }
}
