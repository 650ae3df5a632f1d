package it.ciclo.share.browser;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.ciclo.share.support.GlobalMessages;
import it.ciclo.share.support.Workspace;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A page as Share's template builds it around components: YUI 2.9's {@code -debug.js} files in the
 * order of share/pom.xml's {@code yui-common.js} (not the plain button.js/autocomplete.js of npm yui2,
 * which carry a third party's patches), Alfresco's yui-patch.js, bubbling, alfresco.js and share.js,
 * the constants and global messages, the components' HTML, then the footer call that starts the
 * YUI loader.
 */
public final class SharePage {

    private static final List<String> YUI = List.of("yahoo/yahoo-debug.js", "event/event-debug.js", "dom/dom-debug.js",
            "dragdrop/dragdrop-debug.js", "animation/animation-debug.js", "logger/logger-debug.js",
            "connection/connection-debug.js", "element/element-debug.js", "get/get-debug.js", "yuiloader/yuiloader-debug.js",
            "button/button-debug.js", "button/buttonariaplugin-debug.js", "container/container-debug.js", "menu/menu-debug.js",
            "json/json-debug.js", "selector/selector-debug.js", "datasource/datasource-debug.js",
            "autocomplete/autocomplete-debug.js", "paginator/paginator-debug.js", "datatable/datatable-debug.js",
            "treeview/treeview-debug.js", "cookie/cookie-debug.js", "uploader/uploader-debug.js", "calendar/calendar-debug.js",
            "resize/resize-debug.js", "history/history-debug.js");
    private static final ObjectMapper JSON = new ObjectMapper();

    private SharePage() {
    }

    /** The page around {@code body} (components' HTML with their script tags), in {@code locale}. */
    public static String around(String body, Locale locale) {
        StringBuilder html = new StringBuilder();
        String lang = locale.getLanguage();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\"><head><meta charset=\"utf-8\"/>\n<title>Ciclo</title>\n");
        html.append(errorCollector());
        // Stand-in for Share's theme (presentation.css is not in the reference files): a dashlet's frame.
        html.append("<style>body{font-family:'Open Sans',Arial,sans-serif;font-size:13px;color:#333}.dashlet{border:1px solid #ccc;"
                + "background:#fff;margin-bottom:12px}.dashlet .title{background:#f4f4f4;border-bottom:1px solid #ddd;padding:6px 8px;"
                + "font-weight:bold;font-size:14px}.hidden{display:none}</style>\n");
        html.append("<link rel=\"stylesheet\" type=\"text/css\" href=\"/share/res/yui/assets/skins/default/skin.css\"/>\n");
        for (String yui : YUI) {
            if (Files.isRegularFile(Workspace.yui().resolve(yui))) { // buttonariaplugin is not in npm yui2
                html.append("<script type=\"text/javascript\" src=\"/share/res/yui/").append(yui).append("\"></script>\n");
            }
        }
        html.append("<script type=\"text/javascript\" src=\"/share/res/yui/yui-patch.js\"></script>\n");
        html.append("<script type=\"text/javascript\">\n")
                .append("var Alfresco = Alfresco || {}; Alfresco.constants = Alfresco.constants || {};\n")
                .append("Alfresco.constants.DEBUG = false; Alfresco.constants.AUTOLOGGING = false;\n")
                .append("Alfresco.constants.PROXY_URI = window.location.protocol + \"//\" + window.location.host + \"/share/proxy/alfresco/\";\n")
                .append("Alfresco.constants.PROXY_URI_RELATIVE = \"/share/proxy/alfresco/\";\n")
                .append("Alfresco.constants.URL_CONTEXT = \"/share/\"; Alfresco.constants.URL_RESCONTEXT = \"/share/res/\";\n")
                .append("Alfresco.constants.URL_PAGECONTEXT = \"/share/page/\"; Alfresco.constants.URL_SERVICECONTEXT = \"/share/service/\";\n")
                .append("Alfresco.constants.USERNAME = \"mrossi\"; Alfresco.constants.SITE = \"\"; Alfresco.constants.PAGEID = \"user/mrossi/dashboard\";\n")
                .append("Alfresco.constants.MENU_ARROW_SYMBOL = \"&#9662;\";\n")
                .append("Alfresco.messages = { global: ").append(json(GlobalMessages.of(locale))).append(", scope: {} };\n")
                .append("</script>\n");
        for (String js : List.of("js/bubbling.v2.1.js", "js/alfresco.js", "js/share.js")) {
            html.append("<script type=\"text/javascript\" src=\"/share/res/").append(js).append("\"></script>\n");
        }
        html.append("</head>\n<body class=\"yui-skin-default\" style=\"width: 900px; padding: 8px;\">\n");
        html.append("<div class=\"dashlet-region\" style=\"width: 880px;\">").append(body).append("</div>\n");
        html.append("<script type=\"text/javascript\">window.__errors = window.__errors || []; ")
                .append("Alfresco.util.YUILoaderHelper.loadComponents(true);</script>\n");
        html.append("</body></html>\n");
        return html.toString();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Collects the page's script errors before anything else runs. */
    public static String errorCollector() {
        return "<script type=\"text/javascript\">window.__errors = []; window.onerror = function(m, s, l) "
                + "{ window.__errors.push(m + \" (\" + s + \":\" + l + \")\"); };</script>\n";
    }

    static List<String> scripts(String... paths) {
        List<String> out = new ArrayList<>();
        for (String p : paths) {
            out.add("<script type=\"text/javascript\" src=\"/share/res/" + p + "\"></script>");
        }
        return out;
    }
}
