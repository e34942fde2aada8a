package org.plenary.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.plan.Plan;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleConfig;
import org.plenary.core.rule.RuleProvider;
import org.plenary.core.testing.Trial;
import org.plenary.core.text.LocalizedText;
import org.plenary.rules.order.Precedence;

/**
 * The README's Java compiles exactly as shown, runs, and does what the README says: the first plan
 * prints what it shows, the rule of one's own orders as described, and the budget test passes, then
 * fails with the very message shown once the plenary starts as the README says.
 */
class ReadmeTest {

  private static final Pattern JAVA = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);
  private static final Pattern CLASS = Pattern.compile("public (?:final )?class (\\w+)");
  private static final Pattern LATE = Pattern.compile("\\(`(Asp18\\.plenary\\(\\)[^`]*)`\\), it fails with:\n\n```text\n(.*?)```",
      Pattern.DOTALL);

  @Test
  void theFirstPlanTheRuleOfOnesOwnAndTheBudgetTestCompileRunAndDoWhatTheReadmeSays(@TempDir Path dir)
      throws Exception {
    String readme = Files.readString(Path.of(System.getProperty("maven.multiModuleProjectDirectory",
        "..")).resolve("README.md"), StandardCharsets.UTF_8);
    List<String> files = new ArrayList<>();
    Matcher m = JAVA.matcher(readme);
    String budgetTest = null;
    while (m.find()) {
      Matcher name = CLASS.matcher(m.group(1));
      assertThat(name.find()).as("a README block declares a public class").isTrue();
      Path file = dir.resolve(name.group(1) + ".java");
      Files.writeString(file, m.group(1), StandardCharsets.UTF_8);
      files.add(file.toString());
      if (name.group(1).equals("Asp18BudgetTest")) {
        budgetTest = m.group(1);
      }
    }
    assertThat(files).hasSize(3);
    // The budget test once more, with the change the README names, to fail as it shows.
    Matcher late = LATE.matcher(readme);
    assertThat(late.find()).as("the README shows the budget test's failure").isTrue();
    assertThat(budgetTest).contains("Asp18.plenary()");
    Path lateFile = dir.resolve("Asp18LateBudgetTest.java");
    Files.writeString(lateFile, budgetTest.replace("class Asp18BudgetTest", "class Asp18LateBudgetTest")
        .replace("Asp18.plenary()", late.group(1)), StandardCharsets.UTF_8);
    files.add(lateFile.toString());
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>(List.of("-d", dir.toString(), "-cp",
        System.getProperty("java.class.path"), "-encoding", "UTF-8"));
    args.addAll(files);
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int rc = javac.run(null, null, errors, args.toArray(new String[0]));
    assertThat(rc).as(errors.toString(StandardCharsets.UTF_8)).isZero();

    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
        getClass().getClassLoader())) {
      PrintStream before = System.out;
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      try {
        loader.loadClass("FirstPlan").getMethod("main", String[].class).invoke(null, (Object) new String[0]);
      } finally {
        System.setOut(before);
      }
      String printed = out.toString(StandardCharsets.UTF_8);
      int quote = readme.indexOf("*« ") + 3;
      String explained = readme.substring(quote, readme.indexOf(" »*", quote)).replace("\n", " ");
      assertThat(printed).contains("15:00–15:06").contains("slack 24 min").contains(explained)
          .containsPattern("(?m)^no error, no warning, \\d+ notes$");

      Rule rule = (Rule) loader.loadClass("NewVoicesFirst").getConstructor(List.class)
          .newInstance(List.of("UKR"));
      Plan plan = Trial.sample().request("FRA", Constituency.STATE_PARTY)
          .request("NGO", Constituency.CIVIL_SOCIETY).request("UKR", Constituency.STATE_PARTY)
          .plan(rule, Precedence.standard());
      assertThat(Trial.order(plan, "floor")).containsExactly("UKR", "FRA", "NGO");
      assertThat(plan.errors()).isEmpty();
      assertThat(rule.describe(plan.plenary()).english()).isEqualTo("In an order of this rule's own: “Floor”");

      RuleProvider provider = (RuleProvider) loader.loadClass("NewVoicesFirst$Provider").getConstructor()
          .newInstance();
      assertThat(provider.id()).isEqualTo("order.new-voices-first");
      Rule configured = provider.create(RuleConfig.of("facilitation.properties", provider.id(),
          Map.of("delegations", "ARM, UKR"), Constituency.standardValues()));
      assertThat(configured.because(LocalizedText.of("the Bureau's letter of 1 November")))
          .isInstanceOf(rule.getClass()).satisfies(r -> assertThat(r.reason().english())
              .isEqualTo("the Bureau's letter of 1 November"));
      assertThatThrownBy(() -> provider.create(RuleConfig.of("facilitation.properties", provider.id(),
          Map.of("delegations", "ARM, ARM"), Constituency.standardValues())))
          .hasMessage("facilitation.properties: order.new-voices-first.delegations = 'ARM, ARM' names 'ARM' twice");

      Method passes = loader.loadClass("Asp18BudgetTest").getDeclaredMethod("endsByNoonAndHearsCivilSociety");
      assertThat(passes.getAnnotation(Test.class)).isNotNull();
      passes.setAccessible(true);
      passes.invoke(passes.getDeclaringClass().getConstructor().newInstance());
      Method fails = loader.loadClass("Asp18LateBudgetTest").getDeclaredMethod("endsByNoonAndHearsCivilSociety");
      fails.setAccessible(true);
      Object test = fails.getDeclaringClass().getConstructor().newInstance();
      assertThatThrownBy(() -> fails.invoke(test)).isInstanceOf(InvocationTargetException.class)
          .cause().isInstanceOf(AssertionError.class)
          .hasMessage(late.group(2).strip().replace("\n", " "));
    }
  }

  @Test
  void theRuleOfOnesOwnIsAtMostTwentyLines() throws Exception {
    String readme = Files.readString(Path.of(System.getProperty("maven.multiModuleProjectDirectory",
        "..")).resolve("README.md"), StandardCharsets.UTF_8);
    Matcher m = JAVA.matcher(readme);
    List<String> rules = new ArrayList<>();
    while (m.find()) {
      if (m.group(1).contains(" extends Rule ")) {
        rules.add(m.group(1));
      }
    }
    assertThat(rules).singleElement().satisfies(block -> assertThat(block.split("\n")).hasSizeLessThanOrEqualTo(20));
  }
}
