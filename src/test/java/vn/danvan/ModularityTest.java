package vn.danvan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.DiagramStyle;
import org.springframework.modulith.docs.Documenter.Options;

/**
 * Keeps the feature modules honest (no cycles, no reaching into another module's internals) and the
 * module diagram in docs/modules, which README shows, the one the code draws.
 */
class ModularityTest {

    /** Spring Modulith's documenter draws it; plain UML style, so that any PlantUML renders it. */
    static final Path DIAGRAM = Path.of("docs", "modules", "components.puml");
    /** Rendered by PlantUML, which writes the diagram's source into the picture: that is how we know it is current. */
    static final Path PICTURE = Path.of("docs", "modules", "components.svg");
    static final String UPDATE = "danvan.docs.update";

    private final ApplicationModules modules = ApplicationModules.of(DanvanApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void theModuleDiagramInDocsIsTheOneTheCodeDraws(@TempDir Path drawn) throws IOException {
        new Documenter(modules, Options.defaults().withOutputFolder(drawn.toString()))
                .writeModulesAsPlantUml(DiagramOptions.defaults().withStyle(DiagramStyle.UML));
        String current = canonical(Files.readString(drawn.resolve(DIAGRAM.getFileName()), StandardCharsets.UTF_8));

        if (Boolean.getBoolean(UPDATE)) {
            Files.createDirectories(DIAGRAM.getParent());
            Files.writeString(DIAGRAM, current, StandardCharsets.UTF_8);
        }

        String regenerate = "Regenerate it with `./mvnw -o test -Dtest=ModularityTest -D" + UPDATE + "=true`, render "
                + "the picture with `plantuml -tsvg " + DIAGRAM + "` (Debian: apt-get install plantuml graphviz) and "
                + "commit both";
        assertThat(DIAGRAM).as("the committed module diagram. " + regenerate).exists();
        assertThat(Files.readString(DIAGRAM, StandardCharsets.UTF_8))
                .as(DIAGRAM + " is not the module diagram the code draws (a module or a dependency between modules "
                        + "changed). " + regenerate)
                .isEqualTo(current);
        assertThat(PICTURE).as("the rendered module diagram. " + regenerate).exists();
        // PlantUML writes the source into the picture with CRLF line ends
        String picture = Files.readString(PICTURE, StandardCharsets.UTF_8).replace("\r\n", "\n");
        assertThat(picture.contains(current.strip()))
                .as(PICTURE + " was not rendered from the current " + DIAGRAM + ". " + regenerate)
                .isTrue();
    }

    /**
     * The documenter lists modules and dependencies in the order it met them, which may differ from
     * one checkout to another: each run of element lines and of dependency lines is sorted, so the
     * text changes only when the modules or their dependencies do.
     */
    static String canonical(String plantUml) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String runKind = null;
        for (String line : plantUml.split("\n", -1)) {
            String kind = line.startsWith("component ") ? "element" : line.contains("].> ") ? "dependency" : null;
            if (!java.util.Objects.equals(kind, runKind)) {
                run.sort(null);
                out.addAll(run);
                run.clear();
                runKind = kind;
            }
            if (kind == null) {
                out.add(line);
            } else {
                run.add(line);
            }
        }
        run.sort(null);
        out.addAll(run);
        return String.join("\n", out);
    }
}
