package org.plenary.export.intake;

import static java.util.Objects.requireNonNull;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.io.ByteSource;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Delegation;
import org.plenary.core.internal.text.Languages;
import org.plenary.core.text.LocalizedText;

/**
 * Who may write to the Secretariat: each delegation with the addresses it writes from. A
 * facilitation provides it as a spreadsheet, in any form {@link SheetIntake} reads (CSV in UTF-8,
 * UTF-16 or windows-1252, separated by commas, semicolons or tabs, or an Excel workbook), whose
 * header begins with the columns {@code id,name_en,name_fr,constituency,addresses}
 * (more columns may follow), where {@code addresses} holds addresses separated by spaces or line breaks, such as
 * {@code mission@kenya.example} or whole domains such as {@code @mfa.kenya.example}. A column
 * {@code name_<language>} after them ({@code name_ar}, {@code name_zh}, {@code name_es} ...) gives
 * the name in another BCP 47 language; a blank cell leaves that language to the fallback. An
 * optional column {@code language} gives, as a BCP 47 tag ({@code fr}, {@code es-419}), the
 * language in which the delegation wants the Secretariat's acknowledgements ({@link #language}):
 *
 * <pre>
 * id,name_en,name_fr,constituency,addresses,language
 * KEN,Kenya,Kenya,state-party,@mfa.go.ke delegation.kenya@example.org,en
 * SEN,Senegal,Sénégal,state-party,@diplomatie.sn,fr
 * </pre>
 *
 * <p>An exact address wins over a domain; a domain matches that domain only, not its subdomains.
 * Addresses are compared without regard to case. A delegation typed into a spreadsheet is looked up
 * by id, address or name ({@link #lookup}). Immutable and thread-safe.
 */
public final class Directory {

  private static final List<String> COLUMNS = List.of("id", "name_en", "name_fr", "constituency", "addresses");
  private static final String LANGUAGE = "language";
  /** The charset of a directory that is not UTF-8: what Excel writes as "CSV" in Western Europe. */
  private static final Charset FALLBACK = Charset.forName("windows-1252");
  private static final Splitter SPACES = Splitter.on(CharMatcher.whitespace()).trimResults().omitEmptyStrings();
  private static final java.util.Set<String> ISO_LANGUAGES = java.util.Set.of(ULocale.getISOLanguages());

  private final ImmutableList<Delegation> delegations;
  private final ImmutableMap<String, Delegation> byId;
  private final ImmutableMap<String, Delegation> byAddress;
  private final ImmutableMap<String, Delegation> byDomain;
  private final ImmutableMap<String, Locale> languages;
  private final ImmutableListMultimap<String, Delegation> byKey;
  private final Optional<LocalizedText> note;

  private Directory(Builder b, Optional<LocalizedText> note) {
    this.delegations = ImmutableList.copyOf(b.delegations);
    this.languages = ImmutableMap.copyOf(b.languages);
    this.byId = this.delegations.stream().collect(ImmutableMap.toImmutableMap(Delegation::id, d -> d));
    this.byAddress = ImmutableMap.copyOf(b.byAddress);
    this.byDomain = ImmutableMap.copyOf(b.byDomain);
    ImmutableListMultimap.Builder<String, Delegation> keys = ImmutableListMultimap.builder();
    b.byKey.forEach(keys::putAll);
    this.byKey = keys.build();
    this.note = note;
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
    String source = file.getFileName().toString();
    try {
      return read(Sheets.open(file, source, Optional.empty(), FALLBACK), source, constituencies);
    } catch (IntakeException e) {
      throw e;
    } catch (IOException e) {
      throw new IntakeException("cannot read the directory '" + file + "': " + Failures.io(e), e);
    }
  }

  /**
   * Reads a directory from {@code in}, a spreadsheet in any form {@link SheetIntake} reads, named
   * {@code source} in messages. The stream is read whole before the directory is built.
   */
  public static Directory read(InputStream in, String source, Collection<Constituency> constituencies) {
    requireNonNull(source, "source");
    try {
      return read(Sheets.open(ByteSource.wrap(in.readAllBytes()), source, Optional.empty(), FALLBACK), source,
          constituencies);
    } catch (IOException e) {
      throw new IntakeException(source + ": " + Failures.io(e), e);
    }
  }

  private static Directory read(Table table, String source, Collection<Constituency> constituencies)
      throws IOException {
    Map<String, Constituency> known = new LinkedHashMap<>();
    Constituency.standardValues().forEach(c -> known.put(c.id(), c));
    constituencies.forEach(c -> known.put(c.id(), c));
    Builder b = new Builder(source, known, table.ragged());
    try {
      table.read(b::row);
    } catch (IllegalStateException | IllegalArgumentException e) {
      if (e instanceof IntakeException ie) {
        throw ie;
      }
      throw new IntakeException(source + ": " + e.getMessage(), e);
    }
    if (b.header == null) {
      throw new IntakeException(source + ": the header must begin with " + String.join(",", COLUMNS)
          + ", and the file is empty");
    }
    return new Directory(b, table.note());
  }

  /** Reads the rows, the header first, checking each entry as it comes. */
  private static final class Builder {
    private final String source;
    private final Map<String, Constituency> known;
    private final boolean ragged;
    private Map<String, Integer> header;
    private final List<Delegation> delegations = new ArrayList<>();
    private final Map<String, Delegation> byAddress = new HashMap<>();
    private final Map<String, Delegation> byDomain = new HashMap<>();
    private final Map<String, Locale> languages = new HashMap<>();
    private final Map<String, Set<Delegation>> byKey = new HashMap<>();
    private final Map<String, Long> rowOf = new HashMap<>();

    Builder(String source, Map<String, Constituency> known, boolean ragged) {
      this.source = source;
      this.known = known;
      this.ragged = ragged;
    }

    void row(SheetRow row) {
      if (header == null) {
        header(row.cells().stream().map(String::strip).toList());
        return;
      }
      String where = source + ", row " + row.number();
      Delegation d = delegation(row, where);
      if (delegations.stream().anyMatch(x -> x.id().equals(d.id()))) {
        throw new IntakeException(where + ", column id: '" + d.id() + "' is already listed");
      }
      delegations.add(d);
      language(cell(row, LANGUAGE), where).ifPresent(l -> languages.put(d.id(), l));
      key(d.id(), d);
      d.name().byLanguage().values().forEach(name -> key(name, d));
      for (String a : SPACES.split(cell(row, "addresses"))) {
        String address = a.toLowerCase(Locale.ROOT);
        boolean domain = address.startsWith("@");
        int at = address.indexOf('@');
        boolean one = at == address.lastIndexOf('@');
        if (at < 0 || !one || at == address.length() - 1 || (!domain && at == 0)) {
          throw new IntakeException(where + ", column addresses: '" + a + "' is neither an address nor an @domain");
        }
        Map<String, Delegation> map = domain ? byDomain : byAddress;
        String key = domain ? address.substring(1) : address;
        Delegation before = map.putIfAbsent(key, d);
        if (before != null) {
          throw new IntakeException(where + ", column addresses: '" + a + "' is already "
              + before.id() + "'s, in row " + rowOf.get(address));
        }
        rowOf.put(address, row.number());
      }
    }

    private void header(List<String> names) {
      for (int i = 0; i < COLUMNS.size(); i++) {
        if (names.size() <= i || !names.get(i).equals(COLUMNS.get(i))) {
          throw new IntakeException(source + ": the header must begin with " + String.join(",", COLUMNS)
              + ", not " + String.join(",", names));
        }
      }
      header = new LinkedHashMap<>();
      for (int i = 0; i < names.size(); i++) {
        header.putIfAbsent(names.get(i), i);
      }
    }

    private void key(String text, Delegation d) {
      String key = NameKey.of(text);
      if (!key.isEmpty()) {
        byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(d);
      }
    }

    private String cell(SheetRow row, String column) {
      Integer i = header.get(column);
      return i == null ? "" : row.cell(i).strip();
    }

    private Delegation delegation(SheetRow row, String where) {
      if (ragged && row.cells().size() < COLUMNS.size()) {
        throw new IntakeException(where + ": " + row.cells().size() + " columns, where " + COLUMNS.size()
            + " are required");
      }
      String id = cell(row, "id");
      String en = cell(row, "name_en");
      String fr = cell(row, "name_fr");
      String constituencyId = cell(row, "constituency");
      Constituency c = known.get(constituencyId);
      if (c == null) {
        throw new IntakeException(where + ", column constituency: '" + constituencyId + "' is none of "
            + String.join(", ", known.keySet()));
      }
      if (en.isBlank()) {
        throw new IntakeException(where + ", column name_en: the name must not be blank");
      }
      Map<String, String> names = new TreeMap<>();
      names.put("en", en);
      names.put("fr", fr.isBlank() ? en : fr);
      for (Map.Entry<String, Integer> column : header.entrySet()) {
        String heading = column.getKey();
        String value = row.cell(column.getValue()).strip();
        if (heading.startsWith("name_") && !COLUMNS.contains(heading) && !value.isEmpty()) {
          String tag = heading.substring("name_".length()).replace('_', '-');
          if (!Languages.isTag(tag)) {
            throw new IntakeException(where + ", column " + heading + ": '" + tag
                + "' is not a BCP 47 language tag in its usual form, such as 'ar' or 'zh-Hant'");
          }
          names.put(tag, value);
        }
      }
      try {
        return Delegation.of(id, LocalizedText.of(names), c);
      } catch (IllegalArgumentException e) {
        throw new IntakeException(where + ", column id: " + e.getMessage(), e);
      }
    }
  }

  /** The row's language of acknowledgements, if its {@code language} cell is not blank. */
  private static Optional<Locale> language(String tag, String where) {
    if (tag.isEmpty()) {
      return Optional.empty();
    }
    try {
      Locale l = new Locale.Builder().setLanguageTag(tag).build();
      if (ISO_LANGUAGES.contains(l.getLanguage())) {
        return Optional.of(l);
      }
    } catch (java.util.IllformedLocaleException e) {
      // refused below, with the others
    }
    throw new IntakeException(where + ", column " + LANGUAGE + ": '" + tag
        + "' is not a BCP 47 language tag, such as 'fr', 'ar' or 'es-419'");
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

  /**
   * The delegations that {@code typed}, as a person types a delegation into a spreadsheet, may
   * stand for: an address of the directory (or one in a domain of it), else the delegations whose
   * id or name in any language of the directory reads the same without regard to case, accents,
   * spaces or the form of apostrophes and dashes ("SÉNÉGAL", "Côte d’Ivoire", "Union europeenne").
   * Empty when none does; more than one, in the directory's order, when the text is ambiguous.
   */
  public List<Delegation> lookup(String typed) {
    String t = requireNonNull(typed, "typed").strip();
    if (t.contains("@")) {
      return find(t).map(List::of).orElse(List.of());
    }
    String key = NameKey.of(t);
    return key.isEmpty() ? List.of() : byKey.get(key);
  }

  /** What a person should know of how the file was read: a charset other than UTF-8, say. */
  Optional<LocalizedText> note() {
    return note;
  }

  /** The delegation with {@code id}, as a spreadsheet names it. */
  public Optional<Delegation> byId(String id) {
    return Optional.ofNullable(byId.get(id.strip()));
  }

  /**
   * The language in which the delegation {@code delegationId} wants its acknowledgements, as the
   * directory's {@code language} column gives it; empty when the column is absent or the cell blank,
   * or when no delegation has that id.
   */
  public Optional<Locale> language(String delegationId) {
    return Optional.ofNullable(languages.get(requireNonNull(delegationId, "delegationId").strip()));
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
