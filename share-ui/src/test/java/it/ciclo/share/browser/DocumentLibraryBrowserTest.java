package it.ciclo.share.browser;

import static org.assertj.core.api.Assertions.assertThat;

import it.ciclo.share.support.ShareModule;
import it.ciclo.share.support.Workspace;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The document library's metadata line in headless chromium: ciclo-doclib.js registers its renderers
 * with the "registerRenderer" bubbling event Share's DocumentList listens to, and each renders a
 * record shaped like the doclist's ({@code record.jsNode.properties.cyc_*}, dates as {@code iso8601}).
 */
class DocumentLibraryBrowserTest extends BrowserHarness {


    @Test
    void aSubmissionShowsActSectorDueAndStatusInItalian() {
        open(Locale.ITALIAN);
        String line = render("cicloSubmission", "{cyc_act: 'peg', cyc_sector: 'lavori-pubblici', cyc_cycle: '2024-2026',"
                + " cyc_dueDate: {value: 'x', iso8601: '2023-10-05T00:00:00.000+02:00'}, cyc_status: 'in-review', cyc_late: true,"
                + " cyc_escalated: false}");
        assertThat(line).isEqualTo("Atto: peg · Settore: lavori-pubblici · Scadenza: 05/10/2023 · Stato: in revisione (in ritardo)");
        assertThat(chromium.js("return window.getComputedStyle(document.querySelector('#line .ciclo-status')).backgroundColor;"))
                .isEqualTo(DashletsBrowserTest.rgb("#bcd6f2"));
        chromium.screenshot(chromium.driver().findElement(By.id("doclib")), java.nio.file.Path.of("target/screenshots/doclib-consegna.png"));
        assertThat(chromium.errors()).isEmpty();
    }

    @Test
    void theActsTitleAndTheSectorsNameStandForTheirIdsWhenTheRuleRecordedThem() {
        open(Locale.ITALIAN);
        String line = render("cicloSubmission", "{cyc_act: 'peg', cyc_actLabel: 'PEG - Piano Esecutivo <di> Gestione',"
                + " cyc_sector: 'lavori-pubblici', cyc_sectorLabel: 'Settore Lavori Pubblici', cyc_status: 'approved'}");
        assertThat(line).isEqualTo("Atto: PEG - Piano Esecutivo <di> Gestione · Settore: Settore Lavori Pubblici · Stato: approvato");
        assertThat((String) chromium.js("return document.querySelector('#line').innerHTML;")).contains("&lt;di&gt;");
    }

    @Test
    void anEscalatedSubmissionSaysSoAndAnUnknownStatusIsShownAsWritten() {
        open(Locale.ITALIAN);
        String line = render("cicloSubmission", "{cyc_act: 'piao', cyc_sector: 'affari-generali', cyc_status: 'bozza',"
                + " cyc_late: false, cyc_escalated: true}");
        assertThat(line).isEqualTo("Atto: piao · Settore: affari-generali · Stato: bozza (revisione sollecitata)");
        assertThat(chromium.js("return document.querySelector('#line .ciclo-status').className;")).isEqualTo("ciclo-status ciclo-s-unknown");
    }

    @Test
    void anActFolderShowsItsDeadlinesInEnglishToo() {
        open(Locale.ENGLISH);
        String line = render("cicloActFolder", "{cyc_submissionDueDate: {iso8601: '2024-01-15T00:00:00.000+01:00'},"
                + " cyc_approvalDueDate: {iso8601: '2024-01-31T00:00:00.000+01:00'}}");
        assertThat(line).isEqualTo("Hand in by: 15/01/2024 · Approve by: 31/01/2024");
    }

    private void open(Locale locale) {
        // A stand-in for Share's DocumentList: it listens for renderers before the page is ready, as the real one does.
        String body = "<script type=\"text/javascript\">window.renderers = {}; YAHOO.Bubbling.on('registerRenderer', "
                + "function(layer, args) { window.renderers[args[1].propertyName] = args[1].renderer; });</script>"
                + "<link rel=\"stylesheet\" type=\"text/css\" href=\"/share/res/ciclo/components/ciclo.css\"/>"
                + String.join("", SharePage.scripts("ciclo/components/ciclo.js", "ciclo/components/documentlibrary/ciclo-doclib.js"))
                + "<div id=\"doclib\" style=\"width: 560px; padding: 6px; font-size: 12px\"><div class=\"filename\"><b>PEG LP.docx</b></div>"
                + "<div class=\"detail\" id=\"line\"></div></div>";
        share.page(SharePage.around(body, locale));
        chromium.open(share.url("/share/page/test"));
        chromium.until("window.renderers && window.renderers.cicloSubmission && window.renderers.cicloActFolder");
        assertThat(ShareModule.path(ShareModule.RESOURCES + "/ciclo/components/documentlibrary/ciclo-doclib.js")).isRegularFile();
    }

    private String render(String renderer, String properties) {
        chromium.js("document.getElementById('line').innerHTML = window.renderers['" + renderer + "']("
                + "{ jsNode: { properties: " + properties + " } }, '');");
        return chromium.driver().findElement(By.id("line")).getText().strip();
    }
}
