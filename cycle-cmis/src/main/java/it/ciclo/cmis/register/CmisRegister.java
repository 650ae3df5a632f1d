package it.ciclo.cmis.register;

import it.ciclo.cmis.CmisDocumentStore;
import it.ciclo.format.InvalidRegisterException;
import it.ciclo.format.RegisterFormat;
import it.ciclo.i18n.Message;
import it.ciclo.layout.Layout;
import it.ciclo.register.EventRegister;
import it.ciclo.register.store.RegisterFile;
import it.ciclo.register.store.RegisterStore;
import it.ciclo.store.StoreException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * The events register as a document of the repository: {@code <directive id>.eventi.json}, the same
 * JSON as beside a directive on disk, in the cycle's folder (the deepest folder that holds every act
 * folder of the directive; {@code ATTIVITA' TRASVERSALI/11_Programmazione e controllo} for the
 * seed). Office people see it in Share next to the act folders; the board never counts it.
 *
 * <p>Written whole in one request (a new document, or its content replaced: on a versionable type,
 * as on Alfresco, every write is a new version, so the repository keeps the register's past as
 * well). A document of that name that is not a register is never overwritten. Found by listing the
 * folders on the way (no query, so no search index is needed).
 */
public final class CmisRegister implements RegisterStore {

    private final CycleFolderFile file;
    private final Layout layout;

    /**
     * The register of {@code layout}'s directive in {@code store}.
     *
     * @param store the store
     * @param layout the folders the directive implies
     */
    public CmisRegister(CmisDocumentStore store, Layout layout) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.file = new CycleFolderFile(store, layout, layout.directive().id() + RegisterFile.SUFFIX, "application/json");
    }

    @Override
    public String location() {
        return file.location();
    }

    @Override
    public EventRegister load(String directiveId) throws InvalidRegisterException, StoreException {
        Optional<byte[]> content = file.read();
        if (content.isEmpty()) {
            return EventRegister.empty(directiveId);
        }
        return new RegisterFormat().read(new StringReader(new String(content.get(), StandardCharsets.UTF_8)), location(),
                directiveId);
    }

    @Override
    public void save(EventRegister expected, EventRegister updated) throws InvalidRegisterException, StoreException {
        if (!file.folderExists()) {
            throw new StoreException(file.folder(), Message.of("register.noFolder", location()), null);
        }
        if (!load(expected.directiveId()).equals(expected)) {
            throw new StoreException(file.folder(), Message.of("register.conflict", location()), null);
        }
        StringWriter json = new StringWriter();
        try {
            new RegisterFormat().write(updated, layout.directive().calendar().zone(), json);
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string", e);
        }
        file.write(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "CmisRegister[" + location() + "]";
    }
}
