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
    int types = 0;
    for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(exported.toArray(String[]::new))) {
      Class<?> type = c.reflect();
      if (!exported.contains(c.getPackageName()) || !isPublic(type) || type.getSimpleName().startsWith("Immutable")
          || type.getSimpleName().equals("Builder")) {
        continue;
      }
      types++;
      String name = type.getName().substring(c.getPackageName().length() + 1).replace('$', '.');
      String row = row(page, name);
      if (row == null) {
        missing.add(name);
        continue;
      }
      for (String member : members(type)) {
        if (!row.contains("`" + member + "`")) {
          missing.add(name + "." + member);
        }
      }
    }
    assertThat(types).as("public types found").isGreaterThan(20);
    assertThat(missing).as("public types and members the page does not name").isEmpty();
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
      if (cells.length > 2 && cells[2].trim().equals("`" + name + "`")) {
        return line;
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
