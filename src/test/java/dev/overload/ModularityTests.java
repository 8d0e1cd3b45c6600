package dev.overload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Modules talk only through each other's API, along the edges each declares ({@code allowedDependencies}),
 * without cycles; {@code docs/architecture.md} shows the graph as it is.
 */
class ModularityTests {

    private static final Path ARCHITECTURE = Path.of("docs/architecture.md");
    private static final Path DIAGRAMS = Path.of("target/spring-modulith-docs");

    private final ApplicationModules modules = ApplicationModules.of(OverloadApplication.class);

    @Test
    void modulesRespectTheirBoundariesAndDeclaredDependencies() {
        modules.verify();
    }

    /** Writes the document anew; a difference from the committed one fails until the new one is committed. */
    @Test
    void architectureDocumentShowsTheCurrentGraph() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DIAGRAMS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        String diagram = Files.readString(DIAGRAMS.resolve("components.puml"));
        String before = Files.exists(ARCHITECTURE) ? Files.readString(ARCHITECTURE) : "";

        String document = new ArchitectureDocument(modules, Path.of("src/main/java")).markdown(diagram);
        Files.writeString(ARCHITECTURE, document);

        assertThat(before).as("docs/architecture.md was stale and has been regenerated: commit it")
                .isEqualTo(document);
    }
}
