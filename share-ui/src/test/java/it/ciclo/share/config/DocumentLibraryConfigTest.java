package it.ciclo.share.config;

import static org.assertj.core.api.Assertions.assertThat;

import it.ciclo.share.support.Dictionary;
import it.ciclo.share.support.ShareConfig;
import it.ciclo.share.support.ShareConfig.Form;
import it.ciclo.share.support.ShareConfig.Section;
import it.ciclo.share.support.ShareIndex;
import it.ciclo.share.support.ShareModule;
import it.ciclo.share.support.SpringBeans;
import it.ciclo.share.support.Workspace;
import it.ciclo.share.support.Xml;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The document library config (aspects, node forms, indicators, metadata templates, custom code)
 * against the content model and Share's indexes. Semantics from Share's surf-doclist.lib.js: an
 * indicator's icon is {@code <id>-16.png} and its label {@code status.<id>} unless given; the first
 * non-default metadata template whose evaluators pass wins.
 */
class DocumentLibraryConfigTest {

    static final Set<String> NODE_PSEUDO_FIELDS = Set.of("mimetype", "size", "encoding");

    static Dictionary dictionary;
    static ShareConfig config;
    static Section doclib;

    @BeforeAll
    static void load() {
        dictionary = Dictionary.load();
        config = ShareConfig.load();
        doclib = config.section("string-compare", "DocumentLibrary");
    }

    @Test
    void theFolderAspectsAreVisibleAndNothingNarrowsShareAddableList() {
        Element aspects = Xml.children(doclib.element(), "aspects").get(0);
        List<String> visible = Xml.all(aspects, "aspect").stream().map(e -> e.getAttribute("name")).toList();
        List<String> folderAspects = dictionary.withPrefix("cyc").stream()
                .filter(c -> c.aspect() && c.name().endsWith("Folder")).map(c -> c.name()).toList();
        assertThat(folderAspects).as("the model's folder aspects").isNotEmpty();
        assertThat(visible).containsExactlyInAnyOrderElementsOf(folderAspects);
        assertThat(visible).as("the submission aspect belongs to the folder rule").doesNotContain("cyc:submission");
        for (String aspect : visible) {
            assertThat(dictionary.get(aspect).aspect()).as(aspect + " is an aspect of the models").isTrue();
        }
        // A non-empty <addable> or <removeable> replaces Share's "same as visible" for every aspect.
        assertThat(Xml.children(aspects, "addable")).isEmpty();
        assertThat(Xml.children(aspects, "removeable")).isEmpty();
    }

    @Test
    void everyAspectFormNamesARealAspectAndOnlyItsProperties() {
        List<String> wrong = new ArrayList<>();
        List<Section> sections = config.sections("aspect");
        assertThat(sections).extracting(Section::condition)
                .containsExactlyInAnyOrderElementsOf(dictionary.withPrefix("cyc").stream().filter(c -> c.aspect()).map(c -> c.name()).toList());
        for (Section s : sections) {
            assertThat(dictionary.get(s.condition()).aspect()).as(s.condition()).isTrue();
            Set<String> fields = dictionary.fields(s.condition());
            for (Form f : s.forms()) {
                List<String> ids = new ArrayList<>(f.visibility());
                f.fields().forEach(e -> ids.add(e.getAttribute("id")));
                ids.stream().filter(id -> !fields.contains(id) && !NODE_PSEUDO_FIELDS.contains(id))
                        .forEach(id -> wrong.add(f.where() + ": " + id));
            }
            assertThat(s.forms()).extracting(Form::id).as(s.condition() + ": edit/view form and the pop-up")
                    .contains("", "doclib-simple-metadata");
        }
        assertThat(wrong).as("fields that are no property of the aspect").isEmpty();
    }

    @Test
    void aSubmissionIsReadOnlyInEveryForm() {
        for (Form f : config.section("aspect", "cyc:submission").forms()) {
            for (String id : f.shown()) {
                Element field = f.field(id);
                assertThat(field != null && "true".equals(field.getAttribute("read-only")))
                        .as(f.where() + ": " + id + " is written by the rule and the workflow").isTrue();
            }
        }
    }

    @Test
    void theActFolderDeadlinesAreReadOnlyAndItsIdsEditable() {
        Form form = config.section("aspect", "cyc:actFolder").forms().get(0);
        assertThat(form.field("cyc:submissionDueDate").getAttribute("read-only")).isEqualTo("true");
        assertThat(form.field("cyc:approvalDueDate").getAttribute("read-only")).isEqualTo("true");
        assertThat(form.field("cyc:actId").getAttribute("read-only")).as("adopting a folder by hand needs it").isEmpty();
    }

    @Test
    void everyTemplateTheConfigNamesExistsInShare() {
        Set<String> controls = ShareIndex.formControls();
        List<String> missing = new ArrayList<>();
        for (Element e : Xml.all(config.xml(), "*")) {
            if (e.hasAttribute("template") && !controls.contains(e.getAttribute("template"))
                    && !Files.isRegularFile(ShareModule.root().resolve(ShareModule.WEBSCRIPTS + e.getAttribute("template")))) {
                missing.add(Xml.where(e) + " template=" + e.getAttribute("template"));
            }
        }
        assertThat(missing).as("templates neither in form-controls.txt nor in the module's site-webscripts").isEmpty();
        assertThat(Xml.all(config.xml(), "*").stream().filter(e -> e.hasAttribute("template")).count()).isGreaterThan(10);
    }

    @Test
    void everyEvaluatorIsShareOrTheModule() {
        Set<String> known = new LinkedHashSet<>(ShareIndex.evaluators());
        known.addAll(SpringBeans.load().ids());
        List<String> unknown = new ArrayList<>();
        for (Element e : Xml.all(doclib.element(), "evaluator")) {
            if (!known.contains(e.getTextContent().strip())) {
                unknown.add(Xml.where(e) + ": " + e.getTextContent().strip());
            }
        }
        for (Element e : Xml.all(doclib.element(), "*")) {
            if (e.hasAttribute("evaluator") && !known.contains(e.getAttribute("evaluator"))) {
                unknown.add(Xml.where(e) + " evaluator=" + e.getAttribute("evaluator"));
            }
        }
        assertThat(unknown).as("evaluators in neither evaluators.txt nor ciclo-share-context.xml").isEmpty();
    }

    @Test
    void everyIndicatorHasItsIconAndEachStatusItsIndicator() {
        List<Element> indicators = Xml.all(doclib.element(), "indicator");
        List<String> ids = indicators.stream().map(e -> e.getAttribute("id")).toList();
        assertThat(ids).containsExactlyInAnyOrder("ciclo-late", "ciclo-in-review", "ciclo-changes-requested", "ciclo-approved",
                "ciclo-escalated", "ciclo-tracking-problem");
        for (Element indicator : indicators) {
            String icon = indicator.hasAttribute("icon") ? indicator.getAttribute("icon") : indicator.getAttribute("id") + "-16.png";
            String path = "components/documentlibrary/indicators/" + icon;
            assertThat(Files.isRegularFile(ShareModule.path(ShareModule.RESOURCES + "/" + path))
                    || ShareIndex.resourcePaths().contains(path)).as("icon " + path).isTrue();
            assertThat(Xml.children(indicator, "evaluator")).as(Xml.where(indicator) + " has an evaluator").hasSize(1);
        }
    }

    @Test
    void theMetadataTemplatesUseRenderersThatExist() {
        // Share's own renderers, as its default templates use them; ours, as ciclo-doclib.js registers them.
        Set<String> renderers = placeholders(Files.exists(shareDoclibConfig()) ? read(shareDoclibConfig()) : "");
        Matcher registered = Pattern.compile("propertyName:\\s*\"([^\"]+)\"")
                .matcher(ShareModule.text(ShareModule.RESOURCES + "/ciclo/components/documentlibrary/ciclo-doclib.js"));
        while (registered.find()) {
            renderers.add(registered.group(1));
        }
        for (Element template : Xml.all(doclib.element(), "template")) {
            for (Element line : Xml.all(template, "*")) {
                if (line.getLocalName().equals("line") || line.getLocalName().equals("banner")) {
                    assertThat(renderers).as(Xml.where(line)).containsAll(placeholders(line.getTextContent()));
                }
            }
            assertThat(Xml.children(template, "evaluator")).as(Xml.where(template) + " is not a default template").isNotEmpty();
        }
        assertThat(renderers).contains("cicloSubmission", "cicloActFolder");
    }

    @Test
    void theCustomCodeTheDocumentLibraryLoadsIsInTheModule() {
        Section custom = config.section("string-compare", "DocLibCustom");
        List<Element> deps = new ArrayList<>(Xml.all(custom.element(), "js"));
        deps.addAll(Xml.all(custom.element(), "css"));
        assertThat(deps).isNotEmpty();
        for (Element dep : deps) {
            String src = dep.getAttribute("src");
            // doclib-custom.get.html.ftl writes ${url.context}/res/${src}
            assertThat(src).as("relative to /res/").doesNotStartWith("/");
            assertThat(ShareModule.path(ShareModule.RESOURCES + "/" + src)).as(src).isRegularFile();
        }
    }

    private static java.nio.file.Path shareDoclibConfig() {
        return Workspace.share().resolve("share/src/main/resources/alfresco/share-documentlibrary-config.xml");
    }

    private static String read(java.nio.file.Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The renderer names of a template line: {name} or {name label}. */
    static Set<String> placeholders(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)(?:\\s[^}]*)?\\}").matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
