package it.ciclo.share.support;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The module's {@code share-config-custom.xml}: its {@code <config>} sections and their forms. */
public record ShareConfig(Document xml, List<Section> sections) {

    /** One {@code <config evaluator condition>}. */
    public record Section(String evaluator, String condition, Element element) {
        public List<Form> forms() {
            List<Form> out = new ArrayList<>();
            for (Element forms : Xml.children(element, "forms")) {
                for (Element form : Xml.children(forms, "form")) {
                    out.add(new Form(this, form.getAttribute("id"), form));
                }
            }
            return out;
        }
    }

    /** One {@code <form>} ("" for the default form). */
    public record Form(Section section, String id, Element element) {
        /** The ids of {@code <show>} and {@code <hide>}. */
        public List<String> visibility() {
            List<String> out = new ArrayList<>();
            for (Element v : Xml.children(element, "field-visibility")) {
                for (Element e : Xml.all(v, "show")) {
                    out.add(e.getAttribute("id"));
                }
                for (Element e : Xml.all(v, "hide")) {
                    out.add(e.getAttribute("id"));
                }
            }
            return out;
        }

        public List<String> shown() {
            List<String> out = new ArrayList<>();
            for (Element v : Xml.children(element, "field-visibility")) {
                Xml.all(v, "show").forEach(e -> out.add(e.getAttribute("id")));
            }
            return out;
        }

        /** The {@code <appearance><field>} elements. */
        public List<Element> fields() {
            List<Element> out = new ArrayList<>();
            for (Element a : Xml.children(element, "appearance")) {
                out.addAll(Xml.children(a, "field"));
            }
            return out;
        }

        public Element field(String id) {
            return fields().stream().filter(f -> f.getAttribute("id").equals(id)).findFirst().orElse(null);
        }

        public List<Element> sets() {
            List<Element> out = new ArrayList<>();
            for (Element a : Xml.children(element, "appearance")) {
                out.addAll(Xml.children(a, "set"));
            }
            return out;
        }

        public String where() {
            return "share-config-custom.xml <config evaluator=\"" + section.evaluator() + "\" condition=\""
                    + section.condition() + "\"> <form" + (id.isEmpty() ? "" : " id=\"" + id + "\"") + ">";
        }
    }

    public static ShareConfig load() {
        Document xml = ShareModule.xml(ShareModule.CONFIG);
        List<Section> sections = new ArrayList<>();
        for (Element c : Xml.children(xml.getDocumentElement(), "config")) {
            sections.add(new Section(c.getAttribute("evaluator"), c.getAttribute("condition"), c));
        }
        return new ShareConfig(xml, sections);
    }

    public List<Section> sections(String evaluator) {
        return sections.stream().filter(s -> s.evaluator().equals(evaluator)).toList();
    }

    public Section section(String evaluator, String condition) {
        return sections.stream().filter(s -> s.evaluator().equals(evaluator) && s.condition().equals(condition))
                .findFirst().orElse(null);
    }

    public List<Form> forms() {
        return sections.stream().flatMap(s -> s.forms().stream()).toList();
    }
}
