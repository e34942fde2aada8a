/**
 * Plenary's exporters: what a facilitator publishes (Markdown and HTML agendas, the chair's run
 * sheet, an SVG timeline) and what other programs read (CSV, JSON, iCalendar, frab schedule XML and
 * JSON), the intake that reads requests to speak from the Secretariat's mail and spreadsheets, and
 * the reader of plenaries written in YAML. Exporters are found through {@link org.plenary.export.Exporter} and
 * {@link java.util.ServiceLoader}.
 */
module org.plenary.export {
  requires transitive org.plenary.core;
  requires com.google.common;
  requires com.ibm.icu;
  requires org.slf4j;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires ical4j.core;
  requires org.apache.commons.csv;
  requires org.apache.poi.ooxml;
  requires apache.mime4j.core;
  requires apache.mime4j.dom;
  requires apache.mime4j.mbox.iterator;
  requires org.jsoup;
  requires java.xml;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports org.plenary.export;
  exports org.plenary.export.agenda;
  exports org.plenary.export.runsheet;
  exports org.plenary.export.csv;
  exports org.plenary.export.json;
  exports org.plenary.export.ical;
  exports org.plenary.export.frab;
  exports org.plenary.export.svg;
  exports org.plenary.export.intake;
  exports org.plenary.export.yaml;
  exports org.plenary.export.release;

  uses org.plenary.export.Exporter;

  provides org.plenary.export.Exporter with
      org.plenary.export.agenda.MarkdownAgenda,
      org.plenary.export.agenda.HtmlAgenda,
      org.plenary.export.runsheet.RunSheet,
      org.plenary.export.csv.SpeakersCsv,
      org.plenary.export.json.PlanJson,
      org.plenary.export.ical.PlenaryCalendar,
      org.plenary.export.frab.FrabXml,
      org.plenary.export.frab.FrabJson,
      org.plenary.export.svg.SvgTimeline;
}
