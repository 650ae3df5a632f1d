package it.ciclo.share.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.Environment;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * FreeMarker configured as Surf configures it for web-script templates (incompatible improvements
 * 2.3.20, RETHROW_HANDLER, no localized lookup), with templates found in this module and in Share.
 *
 * <p>Surf's directives are Java classes of Surf that are not available here; each has a stand-in
 * named after it, doing the part a test can check:
 * <ul>
 *   <li>{@code @markup} ({@link MarkupStandIn}): renders its body (Surf also lets extensions replace it by id);</li>
 *   <li>{@code @script}, {@code @link} ({@link ScriptStandIn}, {@link LinkStandIn}): write the tag (Surf aggregates by group);</li>
 *   <li>{@code @inlineScript}: writes its body in a script tag;</li>
 *   <li>{@code @createWidgets} ({@link CreateWidgetsStandIn}): writes the instantiation script from
 *       {@code model.widgets} as Surf's CreateWebScriptWidgetsDirective does: {@code new Name(initArgs or
 *       "htmlid").setOptions(options).setMessages(messages)};</li>
 *   <li>{@code @uniqueIdDiv}: wraps its body in a div whose id is {@code args.htmlid};</li>
 *   <li>{@code msg(key, args...)}: the web script's bundle, then Share's global ones; no argument gives
 *       the raw text, arguments go through {@link MessageFormat} (Surf's I18NUtil).</li>
 * </ul>
 */
public final class SurfTemplates {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Configuration cfg;

    public SurfTemplates() {
        try {
            cfg = new Configuration(new Version("2.3.20"));
            List<TemplateLoader> loaders = new ArrayList<>();
            loaders.add(new FileTemplateLoader(ShareModule.path(ShareModule.WEBSCRIPTS).toFile()));
            for (String root : List.of("share/src/main/resources/alfresco/site-webscripts",
                    "web-framework-commons/src/main/resources/alfresco/site-webscripts")) {
                loaders.add(new FileTemplateLoader(Workspace.share().resolve(root).toFile()));
            }
            cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0])));
            cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
            cfg.setLocalizedLookup(false);
            cfg.setLogTemplateExceptions(false);
            cfg.setDefaultEncoding("UTF-8");
            cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(new Version("2.3.20")).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The FreeMarker version actually running. */
    public static String engineVersion() {
        return Configuration.getVersion().toString();
    }

    public Template template(String path) {
        try {
            return cfg.getTemplate(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Renders the web script's template with the controller's model.
     *
     * @param path     the template below site-webscripts
     * @param model    the controller's model (as {@link Controller#run()} gives it)
     * @param htmlid   {@code args.htmlid}
     * @param messages the web script's bundle for the locale
     * @param global   Share's global messages for the locale
     */
    public String render(String path, JsonNode model, String htmlid, Properties messages, Properties global) {
        Map<String, Object> root = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        Map<String, Object> plain = JSON.convertValue(model, Map.class);
        root.putAll(plain);
        root.put("args", Map.of("htmlid", htmlid));
        root.put("url", Map.of("context", "/share"));
        root.put("msg", new MsgStandIn(messages, global));
        root.put("markup", new MarkupStandIn());
        root.put("script", new ScriptStandIn());
        root.put("link", new LinkStandIn());
        root.put("inlineScript", new InlineScriptStandIn());
        root.put("createWidgets", new CreateWidgetsStandIn(model, htmlid, messages));
        root.put("uniqueIdDiv", new UniqueIdDivStandIn(htmlid));
        StringWriter out = new StringWriter();
        try {
            template(path).process(root, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException(path + ": " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** Stand-in for Surf's {@code msg()} template method. */
    static final class MsgStandIn implements TemplateMethodModelEx {
        private final Properties messages;
        private final Properties global;

        MsgStandIn(Properties messages, Properties global) {
            this.messages = messages;
            this.global = global;
        }

        @Override
        public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
            String key = String.valueOf(DeepUnwrap.unwrap((TemplateModel) arguments.get(0)));
            String text = messages.getProperty(key, global.getProperty(key, key));
            if (arguments.size() == 1) {
                return text;
            }
            Object[] values = new Object[arguments.size() - 1];
            for (int i = 1; i < arguments.size(); i++) {
                values[i - 1] = DeepUnwrap.unwrap((TemplateModel) arguments.get(i));
            }
            return new MessageFormat(text, Locale.ITALIAN).format(values);
        }
    }

    /** Stand-in for Surf's {@code @markup}: the body, as when no extension replaces it. */
    static final class MarkupStandIn implements TemplateDirectiveModel {
        @Override
        public void execute(Environment env, @SuppressWarnings("rawtypes") Map params, TemplateModel[] loopVars,
                TemplateDirectiveBody body) throws TemplateException, IOException {
            if (!params.containsKey("id")) {
                throw new TemplateModelException("@markup needs an id (extensions target it)");
            }
            if (body != null) {
                body.render(env.getOut());
            }
        }
    }

    /** Stand-in for Surf's {@code @script}: the tag (Surf aggregates the group into one file). */
    static final class ScriptStandIn implements TemplateDirectiveModel {
        @Override
        public void execute(Environment env, @SuppressWarnings("rawtypes") Map params, TemplateModel[] loopVars,
                TemplateDirectiveBody body) throws TemplateException, IOException {
            env.getOut().write("<script type=\"text/javascript\" src=\"" + params.get("src") + "\"></script>\n");
        }
    }

    /** Stand-in for Surf's {@code @link}. */
    static final class LinkStandIn implements TemplateDirectiveModel {
        @Override
        public void execute(Environment env, @SuppressWarnings("rawtypes") Map params, TemplateModel[] loopVars,
                TemplateDirectiveBody body) throws TemplateException, IOException {
            env.getOut().write("<link rel=\"stylesheet\" type=\"text/css\" href=\"" + params.get("href") + "\"/>\n");
        }
    }

    /** Stand-in for Surf's {@code @inlineScript}. */
    static final class InlineScriptStandIn implements TemplateDirectiveModel {
        @Override
        public void execute(Environment env, @SuppressWarnings("rawtypes") Map params, TemplateModel[] loopVars,
                TemplateDirectiveBody body) throws TemplateException, IOException {
            env.getOut().write("<script type=\"text/javascript\">//<![CDATA[\n");
            if (body != null) {
                body.render(env.getOut());
            }
            env.getOut().write("\n//]]></script>\n");
        }
    }

    /** Stand-in for Surf's {@code @uniqueIdDiv}. */
    static final class UniqueIdDivStandIn implements TemplateDirectiveModel {
        private final String htmlid;

        UniqueIdDivStandIn(String htmlid) {
            this.htmlid = htmlid;
        }

        @Override
        public void execute(Environment env, @SuppressWarnings("rawtypes") Map params, TemplateModel[] loopVars,
                TemplateDirectiveBody body) throws TemplateException, IOException {
            Writer out = env.getOut();
            out.write("<div id=\"" + htmlid + "\">");
            if (body != null) {
                body.render(out);
            }
            out.write("</div>");
        }
    }

    /** Stand-in for Surf's {@code @createWidgets}: instantiates {@code model.widgets} in order. */
    static final class CreateWidgetsStandIn implements TemplateDirectiveModel {
        private final JsonNode model;
        private final String htmlid;
        private final Properties messages;

        CreateWidgetsStandIn(JsonNode model, String htmlid, Properties messages) {
            this.model = model;
            this.htmlid = htmlid;
            this.messages = messages;
        }

        @Override
        public void execute(Environment env, @SuppressWarnings("rawtypes") Map params, TemplateModel[] loopVars,
                TemplateDirectiveBody body) throws TemplateException, IOException {
            StringBuilder js = new StringBuilder("<script type=\"text/javascript\">//<![CDATA[\n(function() {\n");
            for (JsonNode w : model.path("widgets")) {
                List<String> initArgs = new ArrayList<>();
                if (w.has("initArgs")) {
                    w.get("initArgs").forEach(a -> initArgs.add(a.asText()));
                } else {
                    initArgs.add(JSON.writeValueAsString(htmlid));
                }
                js.append("new ").append(w.get("name").asText()).append('(').append(String.join(", ", initArgs)).append(')');
                if (w.has("options")) {
                    js.append(".setOptions(").append(JSON.writeValueAsString(w.get("options"))).append(')');
                }
                if (!w.has("useMessages") || w.get("useMessages").asBoolean()) {
                    js.append(".setMessages(").append(JSON.writeValueAsString(messages)).append(')');
                }
                js.append(";\n");
            }
            js.append("})();\n//]]></script>\n");
            env.getOut().write(js.toString());
        }
    }

    /** Every {@code .ftl} below a folder, as template paths. */
    public static List<String> templatesBelow(Path root) {
        try (var walk = java.nio.file.Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".ftl")).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
