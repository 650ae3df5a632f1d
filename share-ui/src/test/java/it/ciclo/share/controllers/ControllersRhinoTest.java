package it.ciclo.share.controllers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import it.ciclo.share.support.Controller;
import it.ciclo.share.support.ShareModule;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mozilla.javascript.EcmaError;

/**
 * Every web-script controller of the module, run in Rhino on stand-ins of Share's root objects.
 * The build runs this class twice: on Rhino 1.7.15.1 (Share 23.7+, 25.4+) and, in the surefire
 * execution "rhino-older", on 1.7.12 (23.1-23.6, 25.1-25.3); {@code rhino.expected} says which.
 */
class ControllersRhinoTest {

    private static final String DASHLETS = "it/ciclo/components/dashlets/";
    private static final String CYCLES = "{\"cycles\":[{\"id\":\"2024-2026\",\"firstYear\":2024,\"lastYear\":2026},"
            + "{\"id\":\"2023-2025\",\"firstYear\":2023,\"lastYear\":2025}]}";

    @Test
    void theEngineIsTheRhinoThisRunIsFor() {
        String expected = System.getProperty("rhino.expected");
        assertThat(expected).as("the build sets rhino.expected").isNotBlank();
        assertThat(Controller.engineVersion()).matches("Rhino " + java.util.regex.Pattern.quote(expected) + "( .*)?");
    }

    @Test
    void theHarnessRunsShareOwnMyTasksControllerWithE4x() {
        JsonNode model = Controller.share("org/alfresco/components/dashlets/my-tasks.get.js").withItsFiles("")
                .arg("htmlid", "page_x002e_my-tasks").scoped(Map.of("Workflow",
                        Map.of("hidden-tasks", Map.of("task", List.of(Map.of("attributes", Map.of("type", "wcmwf:*")))))))
                .run();
        assertThat(model.at("/hiddenTaskTypes/0").asText()).isEqualTo("wcmwf:*");
        assertThat(model.at("/maxItems").asText()).isEqualTo("50");
        assertThat(model.at("/filters")).hasSize(7);
        assertThat(model.at("/widgets/0/name").asText()).isEqualTo("Alfresco.dashlet.MyTasks");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ciclo-board.get.js", "ciclo-my-submissions.get.js"})
    void theDashletControllerListsTheCyclesAndBuildsItsWidgets(String script) {
        JsonNode model = Controller.of(DASHLETS + script).withItsFiles("").arg("htmlid", "page_x002e_ciclo")
                .respond("/ciclo/cycles", 200, CYCLES).run();
        assertThat(model.at("/__calls").toString()).isEqualTo("[\"/ciclo/cycles\"]");
        assertThat(model.at("/cycles")).hasSize(2);
        assertThat(model.at("/cycles/0/id").asText()).isEqualTo("2024-2026");
        assertThat(model.has("error")).isFalse();
        JsonNode widget = model.at("/widgets/0");
        assertThat(widget.at("/name").asText()).startsWith("Ciclo.dashlet.");
        assertThat(widget.at("/options/cycle").asText()).as("the newest cycle first").isEqualTo("2024-2026");
        assertThat(widget.at("/options/cycles")).hasSize(2);
        assertThat(model.at("/widgets/1/name").asText()).isEqualTo("Alfresco.widget.DashletResizer");
        assertThat(model.at("/widgets/1/initArgs/1").asText()).isEqualTo("\"page.component-1-1.user~admin~dashboard\"");
        assertThat(model.at("/widgets/2/options/actions/0/bubbleOnClick/message").asText())
                .as("the help text from the dashlet's Italian bundle").contains("Settor");
    }

    @Test
    void theBoardControllerReadsItsConfigWithE4x() {
        JsonNode model = Controller.of(DASHLETS + "ciclo-board.get.js").withItsFiles("")
                .config("<config><next-deadlines>3</next-deadlines></config>")
                .respond("/ciclo/cycles", 200, CYCLES).arg("mine", "true").run();
        assertThat(model.at("/widgets/0/options/nextDeadlines").asInt()).isEqualTo(3);
        assertThat(model.at("/widgets/0/options/mine").asBoolean()).isTrue();
        JsonNode fallback = Controller.of(DASHLETS + "ciclo-board.get.js").withItsFiles("").config("<config/>")
                .respond("/ciclo/cycles", 200, CYCLES).run();
        assertThat(fallback.at("/widgets/0/options/nextDeadlines").asInt()).isEqualTo(5);
        assertThat(fallback.at("/widgets/0/options/mine").asBoolean()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {404, 401, 500})
    void aRepositoryWithoutTheModuleOrTheSessionGivesAMessageKeyNotAnError(int status) {
        JsonNode model = Controller.of(DASHLETS + "ciclo-board.get.js").withItsFiles("")
                .respond("/ciclo/cycles", status, "{\"message\":\"x\"}").run();
        assertThat(model.at("/cycles")).isEmpty();
        assertThat(model.at("/error").asText()).isEqualTo(status == 404 ? "error.noModule" : status == 401 ? "error.login" : "error.cycles");
        assertThat(model.at("/widgets/0/options/cycle").isNull()).as("the newest cycle, chosen by the repository").isTrue();
    }

    @Test
    void theHarnessFailsOnAControllerError() {
        assertThatThrownBy(() -> Controller.of(DASHLETS + "ciclo-board.get.js").withItsFiles("")
                .respond("/ciclo/cycles", 200, "{not json").run()).isInstanceOf(EcmaError.class);
    }

    @Test
    void everyControllerOfTheModuleIsCovered() {
        List<String> controllers = ShareModule.files(ShareModule.WEBSCRIPTS, ".get.js").stream()
                .map(Path::getFileName).map(Path::toString).toList();
        assertThat(controllers).containsExactlyInAnyOrder("ciclo-board.get.js", "ciclo-my-submissions.get.js");
    }
}
