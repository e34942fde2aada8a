// A facilitator scripts an agenda from scratch: a one-hour briefing on complementarity, a short
// list of speakers, the standard rules, a check, and the French agenda written to a file.
// Run after startup.jsh; it ends with /exit so that it also runs unattended.
var chair = Speaker.of(Delegation.of("cofac", LocalizedText.of("Co-facilitators", "Co-facilitateurs"), Constituency.CHAIR));
var plenary = Plenary.builder().
    title(LocalizedText.of("Briefing on complementarity", "Réunion d'information sur la complémentarité")).
    session(LocalizedText.of("Nineteenth session", "Dix-neuvième session")).
    date(LocalDate.of(2020, 12, 10)).start(LocalTime.of(15, 0)).budget(Duration.ofMinutes(30)).
    venue(Venue.of(LocalizedText.of("New York", "New York"), ZoneId.of("America/New_York"))).
    registration(Registration.of("secretariat@example.org", LocalDate.of(2020, 12, 8))).
    addSegments(
        Segment.builder().id("opening").title(LocalizedText.of("Opening", "Ouverture")).
            addInterventions(Intervention.of("welcome", chair, Duration.ofMinutes(5))).build(),
        Segment.builder().id("floor").title(LocalizedText.of("The floor", "Débat")).takesRequests(true).build()).
    build();
RequestToSpeak ask(String id, String name, Constituency c, String received) {
  return RequestToSpeak.builder().id(id).segment("floor").duration(Duration.ofMinutes(4)).
      speaker(Speaker.of(Delegation.of(id.toUpperCase(), name, c))).received(Instant.parse(received)).build();
}
var requests = List.of(
    ask("ngo", "A coalition of NGOs", Constituency.CIVIL_SOCIETY, "2020-12-01T10:00:00Z"),
    ask("obs", "An observer State", Constituency.OBSERVER_STATE, "2020-12-02T10:00:00Z"),
    ask("sp1", "A State Party", Constituency.STATE_PARTY, "2020-12-03T10:00:00Z"),
    ask("sp2", "Another State Party", Constituency.STATE_PARTY, "2020-12-04T10:00:00Z"),
    ask("sp3", "A late State Party", Constituency.STATE_PARTY, "2020-12-09T10:00:00Z"),
    ask("sp4", "A fourth State Party", Constituency.STATE_PARTY, "2020-12-05T10:00:00Z"),
    ask("sp5", "A fifth State Party", Constituency.STATE_PARTY, "2020-12-06T10:00:00Z"));
var plan = Planner.of(StandardRules.defaults(Duration.ofMinutes(3))).plan(plenary, requests);
System.out.println(plan);
plan.slots("floor").forEach(s -> System.out.println("  speaks: " + s));
plan.waitingList().forEach(w -> System.out.println("  waits:  " + w));
System.out.print(plan.report(Locale.FRENCH));
Files.createDirectories(Path.of("out/jshell"));
Files.write(Path.of("out/jshell/agenda.fr.md"), Exporters.byFormat("markdown").toBytes(plan.timetable(), ExportOptions.in(Locale.FRENCH)));
System.out.println("Written: out/jshell/agenda.fr.md");
/exit
