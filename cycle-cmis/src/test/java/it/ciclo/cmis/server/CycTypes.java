package it.ciclo.cmis.server;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.chemistry.opencmis.commons.definitions.MutablePropertyDefinition;
import org.apache.chemistry.opencmis.commons.definitions.MutableSecondaryTypeDefinition;
import org.apache.chemistry.opencmis.commons.definitions.TypeDefinition;
import org.apache.chemistry.opencmis.commons.enums.Cardinality;
import org.apache.chemistry.opencmis.commons.enums.CmisVersion;
import org.apache.chemistry.opencmis.commons.enums.PropertyType;
import org.apache.chemistry.opencmis.commons.enums.Updatability;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.AbstractPropertyDefinition;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.ChoiceImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyStringDefinitionImpl;
import org.apache.chemistry.opencmis.inmemory.TypeCreator;
import org.apache.chemistry.opencmis.server.support.TypeDefinitionFactory;

/**
 * The InMemory server's {@code cyc:} types, made at start-up from the alfresco-extension content
 * model ({@link ContentModel}) the way Alfresco presents a model over CMIS 1.1: each aspect a
 * secondary type with id {@code P:<prefix>:<name>} and query name {@code <prefix>:<name>}, each
 * property under its prefixed name, LIST constraints as closed choices. The InMemory server
 * instantiates this class by name ({@code InMemoryServer.TypesCreatorClass}).
 */
public final class CycTypes implements TypeCreator {

    @Override
    public List<TypeDefinition> createTypesList() {
        TypeDefinitionFactory factory = TypeDefinitionFactory.newInstance();
        List<TypeDefinition> types = new ArrayList<>();
        for (ContentModel.Aspect aspect : ContentModel.load().aspects()) {
            MutableSecondaryTypeDefinition type = factory.createSecondaryTypeDefinition(CmisVersion.CMIS_1_1, "cmis:secondary");
            type.setId("P:" + aspect.name());
            type.setLocalName(aspect.name().substring(aspect.name().indexOf(':') + 1));
            type.setLocalNamespace("http://www.ciclo.it/model/cycle/1.0");
            type.setQueryName(aspect.name());
            type.setDisplayName(aspect.title());
            type.setDescription(aspect.title());
            type.setIsQueryable(true);
            type.setIsIncludedInSupertypeQuery(true);
            for (ContentModel.Property p : aspect.properties()) {
                MutablePropertyDefinition<?> def = factory.createPropertyDefinition(p.name(), p.name(), p.name(),
                        type(p.type()), Cardinality.SINGLE, Updatability.READWRITE, false, p.mandatory(), true, true);
                def.setQueryName(p.name());
                def.setLocalName(p.name().substring(p.name().indexOf(':') + 1));
                def.setLocalNamespace(type.getLocalNamespace());
                if (def instanceof PropertyStringDefinitionImpl s) {
                    p.defaultValue().ifPresent(v -> s.setDefaultValue(List.of(v)));
                    if (!p.allowedValues().isEmpty()) {
                        List<org.apache.chemistry.opencmis.commons.definitions.Choice<String>> choices = new ArrayList<>();
                        for (String v : p.allowedValues()) {
                            ChoiceImpl<String> c = new ChoiceImpl<>();
                            c.setDisplayName(v);
                            c.setValue(List.of(v));
                            choices.add(c);
                        }
                        s.setChoices(choices);
                        s.setIsOpenChoice(false);
                        s.setMaxLength(BigInteger.valueOf(100));
                    }
                }
                if (def instanceof AbstractPropertyDefinition<?> a) {
                    a.setIsInherited(false);
                }
                type.addPropertyDefinition(def);
            }
            types.add(type);
        }
        return types;
    }

    private static PropertyType type(String dataType) {
        return switch (dataType) {
            case "d:text", "d:mltext" -> PropertyType.STRING;
            case "d:int", "d:long" -> PropertyType.INTEGER;
            case "d:float", "d:double" -> PropertyType.DECIMAL;
            case "d:date", "d:datetime" -> PropertyType.DATETIME;
            case "d:boolean" -> PropertyType.BOOLEAN;
            default -> throw new IllegalArgumentException("no CMIS type for " + dataType);
        };
    }
}
