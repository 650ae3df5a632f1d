package it.ciclo.share.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Namespace-aware DOM reading, and the element lists the checks walk. */
public final class Xml {

    private Xml() {
    }

    public static Document read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Document read(InputStream in, String name) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException | ParserConfigurationException e) {
            throw new IllegalStateException(name + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** Every element named {@code localName} below {@code root}, in document order. */
    public static List<Element> all(Node root, String localName) {
        Element start = root instanceof Document d ? d.getDocumentElement() : (Element) root;
        NodeList list = start.getElementsByTagNameNS("*", localName);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    /** The element children of {@code parent} named {@code localName}. */
    public static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    /** The text of the first child element named {@code localName}, or null. */
    public static String childText(Element parent, String localName) {
        List<Element> c = children(parent, localName);
        return c.isEmpty() ? null : c.get(0).getTextContent().strip();
    }

    /** Where an element is, for messages: its path of element names and identifying attributes. */
    public static String where(Element e) {
        StringBuilder path = new StringBuilder();
        for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
            String id = el.hasAttribute("condition") ? "[@condition='" + el.getAttribute("condition") + "']"
                    : el.hasAttribute("id") ? "[@id='" + el.getAttribute("id") + "']"
                    : el.hasAttribute("name") ? "[@name='" + el.getAttribute("name") + "']" : "";
            path.insert(0, "/" + el.getLocalName() + id);
        }
        return path.toString();
    }
}
