package org.plenary.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The page of core's README that lists the API names every public type and member, so it cannot drift. */
class ApiPageTest {

  private static final Set<String> LEFT_OUT = Set.of("toString", "equals", "hashCode", "values", "valueOf");

  @Test
  void theReadmeListsEveryPublicTypeAndMemberOfTheExportedPackages() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    String page = readme.substring(readme.indexOf("## The API on one page"));
    page = page.substring(0, page.indexOf("\n## ", 1) < 0 ? page.length() : page.indexOf("\n## ", 1));
    Set<String> exported = new TreeSet<>();
    try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
      ModuleDescriptor.read(in).exports().stream().filter(e -> !e.isQualified())
          .map(ModuleDescriptor.Exports::source).filter(p -> !p.endsWith(".testing")).forEach(exported::add);
    }
    List<String> missing = new ArrayList<>();
    List<String> stale = new ArrayList<>();
    int types = 0;
    int members = 0;
    for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(exported.toArray(String[]::new))) {
      Class<?> type = c.reflect();
      if (!exported.contains(c.getPackageName()) || !isPublic(type)) {
        continue;
      }
      members += counted(type);
      if (type.getEnclosingClass() == null) {
        types++;
      }
      if (type.getSimpleName().equals("Builder")) {
        continue;
      }
      String name = type.getName().substring(c.getPackageName().length() + 1).replace('$', '.');
      String row = row(page, name);
      if (row == null) {
        missing.add(name);
        continue;
      }
      Set<String> declared = members(type);
      for (String member : declared) {
        if (!row.contains("`" + member + "`")) {
          missing.add(name + "." + member);
        }
      }
      java.util.regex.Matcher listed = java.util.regex.Pattern.compile("`([A-Za-z_][A-Za-z0-9_]*)`").matcher(row);
      while (listed.find()) {
        if (!declared.contains(listed.group(1))) {
          stale.add(name + "." + listed.group(1));
        }
      }
    }
    assertThat(types).as("public types found").isGreaterThan(20);
    assertThat(missing).as("public types and members the page does not name").isEmpty();
    assertThat(stale).as("members the page names that the type does not have").isEmpty();
    assertThat(page).as("the counts the page gives")
        .contains("core exports " + types + " types and " + members + " members");
  }

  /**
   * The public members {@code type} declares, as {@code javap -public} lists them: constructors,
   * methods (each overload, an enum's {@code values} and {@code valueOf}, the overrides of {@code
   * Object} and the builders' bridges included) and fields.
   */
  private static int counted(Class<?> type) {
    int n = 0;
    for (var k : type.getDeclaredConstructors()) {
      n += visible(k.getModifiers()) && !k.isSynthetic() ? 1 : 0;
    }
    for (Method m : type.getDeclaredMethods()) {
      n += visible(m.getModifiers()) ? 1 : 0;
    }
    for (Field f : type.getDeclaredFields()) {
      n += visible(f.getModifiers()) && !f.isSynthetic() ? 1 : 0;
    }
    return n;
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers);
  }

  private static boolean isPublic(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return !type.isAnonymousClass();
  }

  private static String row(String page, String name) {
    for (String line : page.split("\n")) {
      String[] cells = line.split("\\|");
      if (cells.length > 4 && cells[2].trim().equals("`" + name + "`")) {
        return cells[3] + "|" + cells[4];
      }
    }
    return null;
  }

  private static Set<String> members(Class<?> type) {
    Set<String> out = new TreeSet<>();
    for (Method m : type.getDeclaredMethods()) {
      if ((Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers())) && !m.isSynthetic()
          && !m.isBridge() && !LEFT_OUT.contains(m.getName())) {
        out.add(m.getName());
      }
    }
    for (Field f : type.getDeclaredFields()) {
      if (Modifier.isPublic(f.getModifiers()) && !f.isSynthetic()) {
        out.add(f.getName());
      }
    }
    return out;
  }
}
