package it.ciclo.serve.pages;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pages, from FreeMarker templates ({@code it/ciclo/serve/templates/*.ftlh}) in HTML output
 * format: every {@code ${...}} is escaped for HTML, so nothing a directive, a file name or a form
 * holds can become markup. Templates cannot reach Java beyond the records they are given (no {@code
 * ?api}, no {@code ?new}). The words come from the pages' bundle through {@code t("key", args...)}.
 */
public final class Pages {

    private final Configuration freemarker;

    public Pages() {
        freemarker = new Configuration(Configuration.VERSION_2_3_30);
        freemarker.setClassForTemplateLoading(Pages.class, "/it/ciclo/serve/templates");
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputEncoding("UTF-8");
        freemarker.setURLEscapingCharset("UTF-8");
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        freemarker.setRecognizeStandardFileExtensions(true);
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setAPIBuiltinEnabled(false);
        freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_30);
        wrapper.setExposeFields(false);
        freemarker.setObjectWrapper(wrapper.build());
    }

    /** Template {@code name} with {@code model}, in {@code locale}'s language. */
    public String render(String name, Map<String, Object> model, Locale locale) {
        PageText text = new PageText(locale);
        Map<String, Object> all = new HashMap<>(model);
        all.put("t", (TemplateMethodModelEx) args -> t(text, args));
        try {
            Template template = freemarker.getTemplate(name + ".ftlh", locale);
            StringWriter out = new StringWriter();
            template.process(all, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("page " + name + ": " + e.getMessage(), e);
        }
    }

    private static String t(PageText text, List<?> args) throws TemplateModelException {
        if (args.isEmpty()) {
            throw new TemplateModelException("t(key, args...)");
        }
        String key = String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) args.get(0)));
        Object[] values = new Object[args.size() - 1];
        for (int i = 1; i < args.size(); i++) {
            values[i - 1] = DeepUnwrap.unwrap((freemarker.template.TemplateModel) args.get(i));
        }
        return text.get(key, values);
    }
}
