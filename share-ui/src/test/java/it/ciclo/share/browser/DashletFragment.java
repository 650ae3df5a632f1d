package it.ciclo.share.browser;

import com.fasterxml.jackson.databind.JsonNode;
import it.ciclo.share.support.Controller;
import it.ciclo.share.support.GlobalMessages;
import it.ciclo.share.support.ShareModule;
import it.ciclo.share.support.SurfTemplates;
import java.util.Locale;

/**
 * A dashlet's HTML as Share would put it on the dashboard: its controller run in Rhino against the
 * loopback repository's answer for {@code ciclo/cycles}, its template rendered in FreeMarker with the
 * Surf stand-ins (whose {@code @createWidgets} instantiates the client widget).
 */
final class DashletFragment {

    private DashletFragment() {
    }

    static String render(String dashlet, Locale locale, String htmlid, int cyclesStatus, String cyclesJson) {
        String suffix = locale.getLanguage().equals("it") ? "" : "_en";
        JsonNode model = Controller.of("it/ciclo/components/dashlets/" + dashlet + ".get.js").withItsFiles(suffix)
                .arg("htmlid", htmlid).respond("/ciclo/cycles", cyclesStatus, cyclesJson).run();
        return new SurfTemplates().render("it/ciclo/components/dashlets/" + dashlet + ".get.html.ftl", model, htmlid,
                GlobalMessages.webscript(ShareModule.path(ShareModule.DASHLETS), dashlet + ".get", locale), GlobalMessages.of(locale));
    }
}
