package it.ciclo.share.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import it.ciclo.share.support.Controller;
import it.ciclo.share.support.GlobalMessages;
import it.ciclo.share.support.ShareModule;
import it.ciclo.share.support.SurfTemplates;
import it.ciclo.share.support.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every .ftl of the module parses and renders with the real FreeMarker 2.3.30 (the language of
 * Share's 2.3.30-jakarta-1), configured as Surf configures it, on the model the controller really
 * builds in Rhino, with named stand-ins for Surf's directives (see {@link SurfTemplates}).
 */
class TemplatesFreemarkerTest {

    private static final String CYCLES = "{\"cycles\":[{\"id\":\"2024-2026\",\"firstYear\":2024,\"lastYear\":2026},"
            + "{\"id\":\"2023-2025\",\"firstYear\":2023,\"lastYear\":2025}]}";
    private static final Path DASHLETS = ShareModule.path(ShareModule.DASHLETS);

    @Test
    void theEngineIsFreemarker2330() {
        assertThat(SurfTemplates.engineVersion()).isEqualTo("2.3.30");
    }

    @Test
    void everyTemplateOfTheModuleParses() {
        List<String> templates = SurfTemplates.templatesBelow(ShareModule.path(ShareModule.WEBSCRIPTS));
        assertThat(templates).hasSize(3);
        SurfTemplates surf = new SurfTemplates();
        templates.forEach(surf::template);
    }

    @Test
    void theStandInsRenderShareOwnMyTasksTemplateInItalian() {
        Path folder = Workspace.share().resolve("share/src/main/resources/alfresco/site-webscripts/org/alfresco/components/dashlets");
        JsonNode model = Controller.share("org/alfresco/components/dashlets/my-tasks.get.js").withItsFiles("")
                .arg("htmlid", "mt").scoped(Map.of("Workflow", Map.of("hidden-tasks", Map.of()))).run();
        String html = new SurfTemplates().render("org/alfresco/components/dashlets/my-tasks.get.html.ftl", model, "mt",
                GlobalMessages.webscript(folder, "my-tasks.get", Locale.ITALIAN), GlobalMessages.of(Locale.ITALIAN));
        assertThat(html).contains("I miei compiti", "id=\"mt-filters\"", "new Alfresco.dashlet.MyTasks(\"mt\")");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ciclo-board", "ciclo-my-submissions"})
    void theDashletRendersInItalianOnItsControllerModel(String dashlet) {
        String html = render(dashlet, Locale.ITALIAN, 200);
        assertThat(html).contains("<div id=\"htmlid\">", "id=\"htmlid-cycle\"", "id=\"htmlid-body\"",
                "<option value=\"2024-2026\">2024-2026</option>", "<option value=\"2023-2025\">2023-2025</option>",
                "/share/res/ciclo/components/ciclo.js", "/share/res/ciclo/components/ciclo.css",
                "new Alfresco.widget.DashletResizer(\"htmlid\", \"page.component-1-1.user~admin~dashboard\")");
        assertThat(html).contains(dashlet.equals("ciclo-board") ? "Scadenze del ciclo" : "Le mie consegne");
        assertThat(html).contains(dashlet.equals("ciclo-board") ? "new Ciclo.dashlet.Board(\"htmlid\")" : "new Ciclo.dashlet.MySubmissions(\"htmlid\")");
        assertThat(html).doesNotContain("ciclo-error");
    }

    @Test
    void theDateControlFormatsTheValueInTheBrowserAndSaysNoneWhenEmpty() throws Exception {
        String template = "it/ciclo/components/form/controls/date-info.ftl";
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        JsonNode dated = json.readTree("{\"fieldHtmlId\":\"f-due\",\"field\":{\"label\":\"Revisione entro\","
                + "\"value\":\"2026-12-03T23:00:00.000Z\"}}");
        String html = new SurfTemplates().render(template, dated, "h", new Properties(), GlobalMessages.of(Locale.ITALIAN));
        assertThat(html).contains("Revisione entro:", "id=\"f-due\"", "fromISO8601(\"2026-12-03T23:00:00.000Z\")",
                "formatDate(date, \"dd/mm/yyyy\")");
        String english = new SurfTemplates().render(template, dated, "h", new Properties(), GlobalMessages.of(Locale.ENGLISH));
        assertThat(english).contains("formatDate(date, \"d mmm yyyy\")");
        JsonNode empty = json.readTree("{\"fieldHtmlId\":\"f-due\",\"field\":{\"label\":\"Revisione entro\",\"value\":\"\"}}");
        // form.control.novalue is a key of Share's form web script, whose bundle the control renders in.
        String none = new SurfTemplates().render(template, empty, "h", new Properties(), GlobalMessages.of(Locale.ITALIAN));
        assertThat(none).contains("form.control.novalue").doesNotContain("<script", "f-due");
    }

    @Test
    void theBoardRendersInEnglish() {
        String html = render("ciclo-board", Locale.ENGLISH, 200);
        assertThat(html).contains("Cycle deadlines", "My sectors only", "All sectors");
    }

    @Test
    void aRepositoryWithoutTheModuleShowsTheItalianMessage() {
        String html = render("ciclo-board", Locale.ITALIAN, 404);
        assertThat(html).contains("class=\"ciclo-error\"", "Il modulo Ciclo non è installato nel repository",
                "<option value=\"\">il più recente</option>");
    }

    @Test
    void aMissingVariableFailsTheRenderingAsInSurf() {
        assertThatThrownBy(() -> new SurfTemplates().render("it/ciclo/components/dashlets/ciclo-board.get.html.ftl",
                new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode(), "h", new Properties(), new Properties()))
                .hasMessageContaining("cycles");
    }

    static String render(String dashlet, Locale locale, int cyclesStatus) {
        String suffix = locale.getLanguage().equals("it") ? "" : "_en";
        JsonNode model = Controller.of("it/ciclo/components/dashlets/" + dashlet + ".get.js").withItsFiles(suffix)
                .arg("htmlid", "htmlid").respond("/ciclo/cycles", cyclesStatus, cyclesStatus == 200 ? CYCLES : "{}").run();
        return new SurfTemplates().render("it/ciclo/components/dashlets/" + dashlet + ".get.html.ftl", model, "htmlid",
                GlobalMessages.webscript(DASHLETS, dashlet + ".get", locale), GlobalMessages.of(locale));
    }
}
