package it.ciclo.alfresco.model;

import static org.assertj.core.api.Assertions.assertThatCode;

import it.ciclo.alfresco.ModuleFiles;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Our models are valid Alfresco models: they satisfy Alfresco's own modelSchema.xsd. */
class ModelSchemaTest {

    @ParameterizedTest
    @ValueSource(strings = {ModuleFiles.CONTENT_MODEL, ModuleFiles.WORKFLOW_MODEL})
    void validatesAgainstAlfrescosModelSchema(String model) throws Exception {
        Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(AlfrescoReference.models().resolve("modelSchema.xsd").toFile());
        assertThatCode(() -> schema.newValidator().validate(new StreamSource(ModuleFiles.open(model))))
                .as(model).doesNotThrowAnyException();
    }
}
