package vn.motcua.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;

/**
 * The layout the code is read by: features that depend on each other one way only, the engine calling in through one
 * package ({@code process}), and the engine's own tables read behind one adapter ({@code engine}).
 */
@AnalyzeClasses(packages = "vn.motcua", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresHaveNoCycles =
            slices().matching("vn.motcua.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyTheProcessPackageIsCalledByTheEngine = noClasses()
            .that()
            .resideOutsideOfPackage("vn.motcua.process..")
            .should()
            .dependOnClassesThat()
            .belongToAnyOf(
                    JavaDelegate.class,
                    TaskListener.class,
                    ExecutionListener.class,
                    DelegateExecution.class,
                    DelegateTask.class)
            .because("delegates and listeners, the engine's entry points, live in vn.motcua.process");

    @ArchTest
    static final ArchRule theEngineAdapterDependsOnNoFeature = noClasses()
            .that()
            .resideInAPackage("vn.motcua.engine..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "vn.motcua.dossier..",
                    "vn.motcua.handling..",
                    "vn.motcua.deadline..",
                    "vn.motcua.process..",
                    "vn.motcua.indicator..",
                    "vn.motcua.web..")
            .because("every feature may read the engine's tables through it");

    private static final Pattern ENGINE_TABLE = Pattern.compile("\\bACT_(RU|HI|RE|GE|ID)_[A-Z_]+");
    private static final Path ENGINE_ADAPTER_JAVA = Path.of("src/main/java/vn/motcua/engine");
    private static final Path ENGINE_ADAPTER_SQL = Path.of("src/main/resources/vn/motcua/engine");

    @Test
    void engineTablesAreQueriedOnlyInTheEngineAdapter() throws IOException {
        List<Path> offenders;
        try (Stream<Path> files =
                Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/main/resources/vn")))) {
            offenders = files.filter(Files::isRegularFile)
                    .filter(file -> !file.startsWith(ENGINE_ADAPTER_JAVA) && !file.startsWith(ENGINE_ADAPTER_SQL))
                    .filter(ArchitectureTest::namesAnEngineTable)
                    .toList();
        }
        assertThat(offenders)
                .as("files outside the engine adapter that name an ACT_* table")
                .isEmpty();
    }

    private static boolean namesAnEngineTable(Path file) {
        try {
            return ENGINE_TABLE
                    .matcher(Files.readString(file, StandardCharsets.UTF_8))
                    .find();
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
