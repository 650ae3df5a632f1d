package it.ciclo.alfresco;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/** The module's resources as the tests read them: from the classpath, where Alfresco finds them too. */
public final class ModuleFiles {

    /** The folder of the module's resources, as Alfresco's module loader expects it. */
    public static final String MODULE = "alfresco/module/ciclo-platform/";
    public static final String CONTENT_MODEL = MODULE + "model/content-model.xml";
    public static final String WORKFLOW_MODEL = MODULE + "model/workflow-model.xml";
    public static final String REVIEW_BPMN = MODULE + "workflow/submission-review.bpmn20.xml";
    public static final String GLOBAL_PROPERTIES = MODULE + "alfresco-global.properties";

    private ModuleFiles() {
    }

    public static InputStream open(String location) {
        InputStream in = ModuleFiles.class.getClassLoader().getResourceAsStream(location);
        if (in == null) {
            throw new IllegalArgumentException("not on the classpath: " + location);
        }
        return in;
    }

    public static String text(String location) {
        try (InputStream in = open(location)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A namespace-aware DOM of the XML file at {@code location}. */
    public static Document xml(String location) {
        try (InputStream in = open(location)) {
            return builder().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException(location + " is not well-formed XML", e);
        }
    }

    public static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A properties file read as UTF-8 (how Java 9+ reads resource bundles). */
    public static Properties properties(String location) {
        Properties properties = new Properties();
        try (var reader = new java.io.InputStreamReader(open(location), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
