package dev.moat.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.moat.rule.Rule;
import dev.moat.rule.RuleInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the package layout a picture of the architecture (docs/architecture.md): inputs build the
 * model, rules read only the model, the engine joins them, reporters read only results.
 */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.moat");
  }

  private static void onlyDependsOn(String pkg, String... allowed) {
    String[] all = new String[allowed.length + 2];
    all[0] = "java..";
    all[1] = pkg;
    System.arraycopy(allowed, 0, all, 2, allowed.length);
    ArchRule rule = classes().that().resideInAPackage(pkg)
        .should().onlyDependOnClassesThat().resideInAnyPackage(all)
        .because(pkg + " may use only " + String.join(", ", allowed));
    rule.check(classes);
  }

  @Test
  void modelDependsOnNothing() {
    onlyDependsOn("dev.moat.model..");
  }

  @Test
  void inputsBuildTheModel() {
    onlyDependsOn("dev.moat.input..", "dev.moat.model..", "org.snakeyaml.engine..", "com.fasterxml.jackson.core..");
  }

  @Test
  void ruleApiReadsTheModel() {
    onlyDependsOn("dev.moat.rule..", "dev.moat.model..");
  }

  @Test
  void rulesReadOnlyTheModel() {
    onlyDependsOn("dev.moat.rules..", "dev.moat.rule..", "dev.moat.model..");
  }

  @Test
  void standardsReadOnlyTheModel() {
    onlyDependsOn("dev.moat.standard..", "dev.moat.rule..", "dev.moat.model..");
  }

  @Test
  void resultsAreData() {
    onlyDependsOn("dev.moat.result..", "dev.moat.rule..", "dev.moat.model..");
  }

  @Test
  void engineJoinsInputsRulesAndResults() {
    onlyDependsOn("dev.moat.engine..", "dev.moat.input..", "dev.moat.rules..", "dev.moat.standard..",
        "dev.moat.result..", "dev.moat.rule..", "dev.moat.model..");
  }

  @Test
  void reportersReadOnlyResults() {
    onlyDependsOn("dev.moat.report..", "dev.moat.result..", "dev.moat.rule..", "dev.moat.model..",
        "com.fasterxml.jackson.core..", "javax.xml.stream..");
  }

  @Test
  void noGrabBagPackages() {
    noClasses().should().resideInAnyPackage("..util..", "..utils..", "..helper..", "..common..")
        .because("every package is named for its one job")
        .check(classes);
  }

  @Test
  void catalogueRulesAreFinalAndDescribed() {
    classes().that().resideInAPackage("dev.moat.rules").and().implement(Rule.class)
        .and().areNotInterfaces().and().doNotHaveModifier(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT)
        .should().haveModifier(com.tngtech.archunit.core.domain.JavaModifier.FINAL)
        .andShould().beAnnotatedWith(RuleInfo.class)
        .check(classes);
  }
}
