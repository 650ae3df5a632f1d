package it.ciclo.cmis.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The alfresco-extension module's {@code cyc:} content model, read from its XML as the tests find it
 * in the source tree: the one source of the InMemory server's {@code cyc:} types, so that they
 * cannot drift from what Alfresco is given.
 *
 * @param aspects the aspects, in the model's order
 */
public record ContentModel(List<Aspect> aspects) {

    /** Where the model is, relative to this module. */
    public static final Path LOCATION = Path.of("..", "alfresco-extension", "src", "main", "resources", "alfresco",
            "module", "ciclo-platform", "model", "content-model.xml");

    /**
     * One aspect, e.g. {@code cyc:submission}.
     *
     * @param name       the prefixed name
     * @param title      the description or title, for display
     * @param properties its properties
     */
    public record Aspect(String name, String title, List<Property> properties) {
    }

    /**
     * One property.
     *
     * @param name          prefixed name, e.g. {@code cyc:status}
     * @param type          the data type, e.g. {@code d:text}
     * @param mandatory     whether it must have a value
     * @param defaultValue  the default, if any
     * @param allowedValues a LIST constraint's values; empty if none
     */
    public record Property(String name, String type, boolean mandatory, Optional<String> defaultValue,
            List<String> allowedValues) {
    }

    /** The model at {@link #LOCATION}, resolved against the module directory. */
    public static ContentModel load() {
        String basedir = System.getProperty("basedir", ".");
        return read(Path.of(basedir).resolve(LOCATION).normalize());
    }

    static ContentModel read(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document xml;
            try (var in = Files.newInputStream(file)) {
                xml = factory.newDocumentBuilder().parse(in);
            }
            Map<String, List<String>> constraints = new HashMap<>();
            for (Element c : elements(xml.getDocumentElement(), "constraint")) {
                if (c.hasAttribute("name") && "LIST".equals(c.getAttribute("type"))) {
                    List<String> values = new ArrayList<>();
                    for (Element v : elements(c, "value")) {
                        if ("list".equals(v.getParentNode().getLocalName())) {
                            values.add(v.getTextContent().strip());
                        }
                    }
                    constraints.put(c.getAttribute("name"), values);
                }
            }
            List<Aspect> aspects = new ArrayList<>();
            for (Element a : elements(xml.getDocumentElement(), "aspect")) {
                List<Property> properties = new ArrayList<>();
                for (Element p : elements(a, "property")) {
                    List<String> allowed = new ArrayList<>();
                    for (Element ref : elements(p, "constraint")) {
                        allowed.addAll(constraints.getOrDefault(ref.getAttribute("ref"), List.of()));
                    }
                    properties.add(new Property(p.getAttribute("name"), text(p, "type").orElseThrow(),
                            text(p, "mandatory").map(Boolean::parseBoolean).orElse(false), text(p, "default"), allowed));
                }
                aspects.add(new Aspect(a.getAttribute("name"), text(a, "title").or(() -> text(a, "description"))
                        .orElse(a.getAttribute("name")), properties));
            }
            return new ContentModel(List.copyOf(aspects));
        } catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException("cannot read the content model " + file + ": " + e.getMessage(), e);
        }
    }

    /** The aspect named {@code name} ({@code cyc:submission}), if the model has it. */
    public Optional<Aspect> aspect(String name) {
        return aspects.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    private static List<Element> elements(Element parent, String localName) {
        NodeList all = parent.getElementsByTagNameNS("*", localName);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            found.add((Element) all.item(i));
        }
        return found;
    }

    /** The text of a direct child element. */
    private static Optional<String> text(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return Optional.of(e.getTextContent().strip());
            }
        }
        return Optional.empty();
    }
}
