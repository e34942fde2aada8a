package org.plenary.export.intake;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Delegation;
import org.plenary.core.internal.text.Languages;
import org.plenary.core.text.LocalizedText;

/**
 * Who may write to the Secretariat: each delegation with the addresses it writes from. A
 * facilitation provides it as CSV with the columns {@code id,name_en,name_fr,constituency,addresses}
 * (more columns may follow), where {@code addresses} holds space-separated addresses such as
 * {@code mission@kenya.example} or whole domains such as {@code @mfa.kenya.example}. A column
 * {@code name_<language>} after them ({@code name_ar}, {@code name_zh}, {@code name_es} ...) gives
 * the name in another BCP 47 language; a blank cell leaves that language to the fallback:
 *
 * <pre>
 * id,name_en,name_fr,constituency,addresses
 * KEN,Kenya,Kenya,state-party,@mfa.go.ke delegation.kenya@example.org
 * </pre>
 *
 * <p>An exact address wins over a domain; a domain matches that domain only, not its subdomains.
 * Addresses are compared without regard to case. Immutable and thread-safe.
 */
public final class Directory {

  private static final List<String> COLUMNS = List.of("id", "name_en", "name_fr", "constituency", "addresses");
  private static final Splitter SPACES = Splitter.on(' ').trimResults().omitEmptyStrings();

  private final ImmutableList<Delegation> delegations;
  private final ImmutableMap<String, Delegation> byId;
  private final ImmutableMap<String, Delegation> byAddress;
  private final ImmutableMap<String, Delegation> byDomain;

  private Directory(List<Delegation> delegations, Map<String, Delegation> byAddress,
      Map<String, Delegation> byDomain) {
    this.delegations = ImmutableList.copyOf(delegations);
    this.byId = this.delegations.stream().collect(ImmutableMap.toImmutableMap(Delegation::id, d -> d));
    this.byAddress = ImmutableMap.copyOf(byAddress);
    this.byDomain = ImmutableMap.copyOf(byDomain);
  }

  /**
   * Reads a directory file whose constituencies are the standard ones.
   *
   * @throws IntakeException naming the file, the row, the column and the value of a bad entry
   */
  public static Directory read(Path file) {
    return read(file, List.of());
  }

  /** Reads a directory file that may also use the facilitation's own {@code constituencies}. */
  public static Directory read(Path file, Collection<Constituency> constituencies) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.getFileName().toString(), constituencies);
    } catch (IOException e) {
      throw new IntakeException("cannot read the directory '" + file + "': " + Failures.io(e), e);
    }
  }

  /** Reads a directory from a UTF-8 CSV stream, named {@code source} in messages. */
  public static Directory read(InputStream in, String source, Collection<Constituency> constituencies) {
    requireNonNull(source, "source");
    Map<String, Constituency> known = new LinkedHashMap<>();
    Constituency.standardValues().forEach(c -> known.put(c.id(), c));
    constituencies.forEach(c -> known.put(c.id(), c));
    List<Delegation> delegations = new java.util.ArrayList<>();
    Map<String, Delegation> byAddress = new HashMap<>();
    Map<String, Delegation> byDomain = new HashMap<>();
    Map<String, Long> rowOf = new HashMap<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    try (CSVParser csv = Sheets.open(in, Optional.of(','))) {
      List<String> header = csv.getHeaderNames();
      for (int i = 0; i < COLUMNS.size(); i++) {
        if (header.size() <= i || !header.get(i).equals(COLUMNS.get(i))) {
          throw new IntakeException(source + ": the header must begin with " + String.join(",", COLUMNS)
              + ", not " + String.join(",", header));
        }
      }
      for (CSVRecord row : csv) {
        long line = row.getRecordNumber() + 1;
        String where = source + ", row " + line;
        Delegation d = delegation(row, where, known);
        if (!ids.add(d.id())) {
          throw new IntakeException(where + ", column id: '" + d.id() + "' is already listed");
        }
        delegations.add(d);
        for (String a : SPACES.split(row.get("addresses"))) {
          String address = a.toLowerCase(Locale.ROOT);
          boolean domain = address.startsWith("@");
          int at = address.indexOf('@');
          boolean one = at == address.lastIndexOf('@');
          if (at < 0 || !one || at == address.length() - 1 || (!domain && at == 0)) {
            throw new IntakeException(where + ", column addresses: '" + a
                + "' is neither an address nor an @domain");
          }
          Map<String, Delegation> map = domain ? byDomain : byAddress;
          String key = domain ? address.substring(1) : address;
          Delegation before = map.putIfAbsent(key, d);
          if (before != null) {
            throw new IntakeException(where + ", column addresses: '" + a + "' is already "
                + before.id() + "'s, in row " + rowOf.get(address));
          }
          rowOf.put(address, line);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw new IntakeException(source + ": "
          + (Sheets.notUtf8(e) ? "the file is not UTF-8" : String.valueOf(e.getMessage())), e);
    } catch (IllegalStateException | IllegalArgumentException e) {
      if (e instanceof IntakeException ie) {
        throw ie;
      }
      throw new IntakeException(source + ": " + e.getMessage(), e);
    }
    return new Directory(delegations, byAddress, byDomain);
  }

  private static Delegation delegation(CSVRecord row, String where, Map<String, Constituency> known) {
    if (!row.isConsistent() && row.size() < COLUMNS.size()) {
      throw new IntakeException(where + ": " + row.size() + " columns, where " + COLUMNS.size()
          + " are required");
    }
    String id = row.get("id");
    String en = row.get("name_en");
    String fr = row.get("name_fr");
    String constituencyId = row.get("constituency");
    Constituency c = known.get(constituencyId);
    if (c == null) {
      throw new IntakeException(where + ", column constituency: '" + constituencyId + "' is none of "
          + String.join(", ", known.keySet()));
    }
    if (en.isBlank()) {
      throw new IntakeException(where + ", column name_en: the name must not be blank");
    }
    java.util.Map<String, String> names = new java.util.TreeMap<>();
    names.put("en", en);
    names.put("fr", fr.isBlank() ? en : fr);
    for (Map.Entry<String, String> cell : row.toMap().entrySet()) {
      String column = cell.getKey();
      if (column.startsWith("name_") && !COLUMNS.contains(column) && cell.getValue() != null
          && !cell.getValue().isBlank()) {
        String tag = column.substring("name_".length()).replace('_', '-');
        if (!Languages.isTag(tag)) {
          throw new IntakeException(where + ", column " + column + ": '" + tag
              + "' is not a BCP 47 language tag in its usual form, such as 'ar' or 'zh-Hant'");
        }
        names.put(tag, cell.getValue().strip());
      }
    }
    try {
      return Delegation.of(id, LocalizedText.of(names), c);
    } catch (IllegalArgumentException e) {
      throw new IntakeException(where + ", column id: " + e.getMessage(), e);
    }
  }

  /** The delegation that writes from {@code address}, by the address itself or else its domain. */
  public Optional<Delegation> find(String address) {
    String a = address.strip().toLowerCase(Locale.ROOT);
    Delegation d = byAddress.get(a);
    if (d == null) {
      int at = a.lastIndexOf('@');
      d = at < 0 ? null : byDomain.get(a.substring(at + 1));
    }
    return Optional.ofNullable(d);
  }

  /** The delegation with {@code id}, as a spreadsheet names it. */
  public Optional<Delegation> byId(String id) {
    return Optional.ofNullable(byId.get(id.strip()));
  }

  /** The delegations, in the file's order. */
  public List<Delegation> delegations() {
    return delegations;
  }

  @Override
  public String toString() {
    return "Directory[" + delegations.size() + " delegations, " + byAddress.size() + " addresses, "
        + byDomain.size() + " domains: " + delegations.stream().limit(5).map(Delegation::id)
            .collect(Collectors.joining(", ")) + (delegations.size() > 5 ? ", ..." : "") + "]";
  }
}
