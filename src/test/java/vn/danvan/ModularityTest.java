package vn.danvan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.Options;

/** Keeps the feature modules honest: no cycles, no reaching into another module's internals. */
class ModularityTest {

    /** The module diagram README shows, drawn by Spring Modulith's documenter from the code. */
    static final Path DIAGRAM = Path.of("docs", "modules", "components.puml");
    static final String UPDATE = "danvan.docs.update";

    private final ApplicationModules modules = ApplicationModules.of(DanvanApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void theModuleDiagramInDocsIsTheOneTheCodeDraws(@TempDir Path drawn) throws IOException {
        new Documenter(modules, Options.defaults().withOutputFolder(drawn.toString()))
                .writeModulesAsPlantUml(DiagramOptions.defaults());
        String current = Files.readString(drawn.resolve(DIAGRAM.getFileName()), StandardCharsets.UTF_8);

        if (Boolean.getBoolean(UPDATE)) {
            Files.createDirectories(DIAGRAM.getParent());
            Files.writeString(DIAGRAM, current, StandardCharsets.UTF_8);
        }

        assertThat(DIAGRAM).as("the committed module diagram").exists();
        assertThat(Files.readString(DIAGRAM, StandardCharsets.UTF_8))
                .as(DIAGRAM + " is not the module diagram the code draws (a module or a dependency between modules "
                        + "changed). Regenerate it with `./mvnw -o test -Dtest=ModularityTest -D" + UPDATE + "=true`, "
                        + "render the picture with `plantuml -tsvg " + DIAGRAM + "` and commit both")
                .isEqualTo(current);
    }
}
