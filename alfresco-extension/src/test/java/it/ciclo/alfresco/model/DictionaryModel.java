package it.ciclo.alfresco.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What an Alfresco model file declares and what it refers to, read from its XML: enough to check
 * that every name a model uses is defined somewhere. Names are kept as the model writes them
 * (prefix:name) and resolved to {uri}name with the model's own prefixes.
 */
record DictionaryModel(Element root, String name, Map<String, String> prefixes, List<String> definedNamespaces,
                       List<Element> types, List<Element> aspects, List<Element> constraints,
                       List<Element> properties, List<Element> dataTypes) {

    static DictionaryModel of(Document xml) {
        Element root = xml.getDocumentElement();
        Map<String, String> prefixes = new LinkedHashMap<>();
        List<String> defined = new ArrayList<>();
        for (Element e : children(root, "imports", "import")) {
            prefixes.put(e.getAttribute("prefix"), e.getAttribute("uri"));
        }
        for (Element e : children(root, "namespaces", "namespace")) {
            prefixes.put(e.getAttribute("prefix"), e.getAttribute("uri"));
            defined.add(e.getAttribute("uri"));
        }
        return new DictionaryModel(root, root.getAttribute("name"), prefixes, defined,
                children(root, "types", "type"), children(root, "aspects", "aspect"),
                all(root, "constraint").stream().filter(c -> c.hasAttribute("name")).toList(),
                all(root, "property").stream().filter(p -> !"overrides".equals(((Element) p.getParentNode()).getLocalName())).toList(),
                children(root, "data-types", "data-type"));
    }

    /** {@code prefixed} (prefix:name) as {uri}name, or null if the prefix is not the model's. */
    String resolve(String prefixed) {
        int colon = prefixed.indexOf(':');
        String uri = colon < 0 ? null : prefixes.get(prefixed.substring(0, colon));
        return uri == null ? null : "{" + uri + "}" + prefixed.substring(colon + 1);
    }

    static String text(Element parent, String child) {
        NodeList list = parent.getElementsByTagNameNS("*", child);
        for (int i = 0; i < list.getLength(); i++) {
            if (list.item(i).getParentNode() == parent) {
                return list.item(i).getTextContent().strip();
            }
        }
        return null;
    }

    static List<Element> all(Node root, String localName) {
        NodeList list = ((root instanceof Document d) ? d.getDocumentElement() : (Element) root)
                .getElementsByTagNameNS("*", localName);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static List<Element> children(Element root, String container, String child) {
        List<Element> out = new ArrayList<>();
        for (Element c : all(root, container)) {
            if (c.getParentNode() == root) {
                for (Element e : all(c, child)) {
                    if (e.getParentNode() == c) {
                        out.add(e);
                    }
                }
            }
        }
        return out;
    }
}
