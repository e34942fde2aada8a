package org.plenary.export.ical;

import static java.util.Objects.requireNonNull;

import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;

/**
 * The zones of one calendar, as ical4j asks for them when it writes a date with a {@code TZID}: the
 * venue's zones, from {@code java.time}, by their own ids. Without it ical4j resolves every such date
 * through its global table, a scan of every zone it knows for each date written. Not thread-safe:
 * one calendar.
 */
final class Zones implements TimeZoneRegistry {

  private final Map<String, ZoneRules> rules = new LinkedHashMap<>();
  private final Map<String, ZoneId> ids = new LinkedHashMap<>();

  /** This registry, knowing {@code zone} too. */
  Zones with(ZoneId zone) {
    requireNonNull(zone, "zone");
    ids.put(zone.getId(), zone);
    rules.put(zone.getId(), zone.getRules());
    return this;
  }

  @Override
  public void register(TimeZone timezone) {
    throw new UnsupportedOperationException("the zones of a calendar being written come from java.time");
  }

  @Override
  public void register(TimeZone timezone, boolean update) {
    register(timezone);
  }

  @Override
  public void clear() {
    ids.clear();
    rules.clear();
  }

  /** None: the calendar's VTIMEZONEs are written from {@code java.time}, not from ical4j's. */
  @Override
  public TimeZone getTimeZone(String id) {
    return null;
  }

  @Override
  public Map<String, ZoneRules> getZoneRules() {
    return Collections.unmodifiableMap(rules);
  }

  @Override
  public ZoneId getZoneId(String tzId) {
    ZoneId zone = ids.get(tzId);
    if (zone == null) {
      throw new java.time.DateTimeException("zone '" + tzId + "' is not a zone of this calendar; its zones are "
          + ids.keySet());
    }
    return zone;
  }

  @Override
  public String getTzId(String zoneId) {
    return ids.containsKey(zoneId) ? zoneId : null;
  }

  @Override
  public String toString() {
    return "Zones" + ids.keySet();
  }
}
