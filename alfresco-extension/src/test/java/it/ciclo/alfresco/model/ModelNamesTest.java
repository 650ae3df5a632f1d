package it.ciclo.alfresco.model;

import static org.assertj.core.api.Assertions.assertThat;

import it.ciclo.alfresco.ModuleFiles;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Every name the module's Java code uses ({@link CycModel}, {@link CycwfModel}) is an aspect, type or
 * property of the model file it belongs to, in that model's namespace: a property renamed in the XML
 * cannot leave the code writing a name Alfresco does not know.
 */
class ModelNamesTest {

    @Test
    void cycNamesAreInTheContentModel() throws Exception {
        assertThat(namesOf(CycModel.class)).isNotEmpty().allSatisfy(name -> {
            assertThat(name.getNamespaceURI()).isEqualTo(CycModel.URI);
            assertThat(declared(ModuleFiles.CONTENT_MODEL, "cyc")).contains("cyc:" + name.getLocalName());
        });
    }

    @Test
    void cycwfNamesAreInTheWorkflowModel() throws Exception {
        assertThat(namesOf(CycwfModel.class)).isNotEmpty().allSatisfy(name -> {
            assertThat(name.getNamespaceURI()).isEqualTo(CycwfModel.URI);
            assertThat(declared(ModuleFiles.WORKFLOW_MODEL, "cycwf")).contains("cycwf:" + name.getLocalName());
        });
    }

    @Test
    void theNamespaceUrisAreTheModelsOwn() {
        assertThat(ModuleFiles.text(ModuleFiles.CONTENT_MODEL)).contains("uri=\"" + CycModel.URI + "\" prefix=\"cyc\"");
        assertThat(ModuleFiles.text(ModuleFiles.WORKFLOW_MODEL)).contains("uri=\"" + CycwfModel.URI + "\" prefix=\"cycwf\"");
    }

    private static List<QName> namesOf(Class<?> constants) throws IllegalAccessException {
        List<QName> names = new ArrayList<>();
        for (Field field : constants.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == QName.class) {
                names.add((QName) field.get(null));
            }
        }
        return names;
    }

    /** The names of every aspect, type and property the model declares. */
    private static Set<String> declared(String model, String prefix) {
        Document xml = ModuleFiles.xml(model);
        Set<String> names = new HashSet<>();
        for (String tag : List.of("aspect", "type", "property")) {
            for (Element e : DictionaryModel.all(xml, tag)) {
                if (e.getAttribute("name").startsWith(prefix + ":")) {
                    names.add(e.getAttribute("name"));
                }
            }
        }
        return names;
    }
}
