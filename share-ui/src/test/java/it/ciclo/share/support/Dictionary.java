package it.ciclo.share.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The types and aspects Share's forms can name, read from the model files: Alfresco's own
 * (reference {@code models/}: cm, sys, bpm, wf, app, d) and the platform module's (cyc, cycwf, read
 * from alfresco-extension's sources at test time, so these checks follow the models as they change).
 * Names are kept as {@code prefix:name} with the prefix the defining model declares.
 */
public final class Dictionary {

    /** A type or aspect: its parent, mandatory aspects, and its own properties and associations. */
    public record ClassDef(String name, boolean aspect, String parent, List<String> mandatoryAspects,
            List<String> properties, List<String> associations) {
    }

    private final Map<String, ClassDef> classes = new LinkedHashMap<>();
    private final Map<String, List<String>> constraints = new HashMap<>();
    private final Map<String, String> propertyConstraint = new HashMap<>();
    private final Map<String, String> propertyType = new HashMap<>();

    /** Whether {@code property} is a d:date or d:datetime (as the model writes it). */
    public boolean isDate(String property) {
        String type = propertyType.getOrDefault(property, "");
        return type.endsWith(":date") || type.endsWith(":datetime");
    }

    /** Alfresco's reference models and the platform module's two models. */
    public static Dictionary load() {
        Dictionary d = new Dictionary();
        Path reference = Workspace.reference().resolve("models");
        for (String model : List.of("systemModel.xml", "contentModel.xml", "applicationModel.xml", "bpmModel.xml",
                "workflowModel.xml")) {
            d.add(Xml.read(reference.resolve(model)));
        }
        d.add(Xml.read(Workspace.platform().resolve("model/content-model.xml")));
        d.add(Xml.read(Workspace.platform().resolve("model/workflow-model.xml")));
        return d;
    }

    private void add(Document model) {
        Element root = model.getDocumentElement();
        Map<String, String> uriToPrefix = new HashMap<>();
        Map<String, String> prefixToUri = new HashMap<>();
        for (Element ns : Xml.all(root, "namespace")) {
            uriToPrefix.put(ns.getAttribute("uri"), ns.getAttribute("prefix"));
            prefixToUri.put(ns.getAttribute("prefix"), ns.getAttribute("uri"));
        }
        for (Element imp : Xml.all(root, "import")) {
            prefixToUri.put(imp.getAttribute("prefix"), imp.getAttribute("uri"));
        }
        Canon canon = new Canon(prefixToUri);
        for (Element c : Xml.all(root, "constraint")) {
            if (c.hasAttribute("name")) {
                List<String> values = new ArrayList<>();
                Xml.all(c, "value").forEach(v -> values.add(v.getTextContent().strip()));
                constraints.put(canon.of(c.getAttribute("name")), values);
            }
        }
        for (String kind : List.of("type", "aspect")) {
            for (Element c : Xml.all(root, kind)) {
                if (!c.hasAttribute("name") || !(c.getParentNode() instanceof Element p)
                        || !p.getLocalName().equals(kind + "s")) {
                    continue;
                }
                List<String> props = new ArrayList<>();
                for (Element container : Xml.children(c, "properties")) {
                    for (Element prop : Xml.children(container, "property")) {
                        String name = canon.of(prop.getAttribute("name"));
                        props.add(name);
                        Xml.children(prop, "type").stream().findFirst()
                                .ifPresent(t -> propertyType.put(name, t.getTextContent().strip()));
                        Xml.all(prop, "constraint").stream().filter(r -> r.hasAttribute("ref")).findFirst()
                                .ifPresent(r -> propertyConstraint.put(name, canon.of(r.getAttribute("ref"))));
                    }
                }
                List<String> assocs = new ArrayList<>();
                for (Element container : Xml.children(c, "associations")) {
                    for (Element a : Xml.all(container, "association")) {
                        assocs.add(canon.of(a.getAttribute("name")));
                    }
                    for (Element a : Xml.all(container, "child-association")) {
                        assocs.add(canon.of(a.getAttribute("name")));
                    }
                }
                List<String> mandatory = new ArrayList<>();
                for (Element container : Xml.children(c, "mandatory-aspects")) {
                    Xml.children(container, "aspect").forEach(a -> mandatory.add(canon.of(a.getTextContent().strip())));
                }
                String parent = Xml.childText(c, "parent");
                String name = canon.of(c.getAttribute("name"));
                classes.put(name, new ClassDef(name, kind.equals("aspect"), parent == null ? null : canon.of(parent),
                        mandatory, props, assocs));
            }
        }
    }

    /** Turns a model's own prefix into the prefix the namespace's defining model uses. */
    private final class Canon {
        private final Map<String, String> prefixToUri;

        Canon(Map<String, String> prefixToUri) {
            this.prefixToUri = prefixToUri;
        }

        String of(String prefixed) {
            int colon = prefixed.indexOf(':');
            String uri = prefixToUri.get(prefixed.substring(0, colon));
            String canonical = uri == null ? null : CANONICAL.get(uri);
            return (canonical != null ? canonical : prefixed.substring(0, colon)) + prefixed.substring(colon);
        }
    }

    private static final Map<String, String> CANONICAL = Map.of(
            "http://www.alfresco.org/model/content/1.0", "cm",
            "http://www.alfresco.org/model/system/1.0", "sys",
            "http://www.alfresco.org/model/bpm/1.0", "bpm",
            "http://www.alfresco.org/model/workflow/1.0", "wf",
            "http://www.alfresco.org/model/application/1.0", "app",
            "http://www.alfresco.org/model/dictionary/1.0", "d",
            "http://www.ciclo.it/model/cycle/1.0", "cyc",
            "http://www.ciclo.it/model/workflow/1.0", "cycwf");

    public boolean has(String name) {
        return classes.containsKey(name);
    }

    public ClassDef get(String name) {
        ClassDef c = classes.get(name);
        if (c == null) {
            throw new IllegalArgumentException("no type or aspect " + name + " in the models");
        }
        return c;
    }

    /** Every type or aspect whose name starts with {@code prefix:}. */
    public List<ClassDef> withPrefix(String prefix) {
        return classes.values().stream().filter(c -> c.name().startsWith(prefix + ":")).toList();
    }

    /**
     * The properties and associations a form of {@code name} can show: its own, its parents', and
     * those of its (and its parents') mandatory aspects.
     */
    public Set<String> fields(String name) {
        Set<String> out = new LinkedHashSet<>();
        collect(name, out, new LinkedHashSet<>());
        return out;
    }

    private void collect(String name, Set<String> out, Set<String> seen) {
        if (name == null || !seen.add(name)) {
            return;
        }
        ClassDef c = get(name);
        out.addAll(c.properties());
        out.addAll(c.associations());
        collect(c.parent(), out, seen);
        for (String aspect : c.mandatoryAspects()) {
            collect(aspect, out, seen);
        }
    }

    /** Whether {@code name} is {@code ancestor} or inherits from it. */
    public boolean isA(String name, String ancestor) {
        for (String n = name; n != null; n = get(n).parent()) {
            if (n.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    /** The allowed values of a property's LIST constraint, or an empty list. */
    public List<String> allowedValues(String property) {
        String constraint = propertyConstraint.get(property);
        return constraint == null ? List.of() : constraints.getOrDefault(constraint, List.of());
    }
}
