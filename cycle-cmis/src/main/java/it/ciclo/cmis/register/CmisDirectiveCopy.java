package it.ciclo.cmis.register;

import it.ciclo.cmis.CmisDocumentStore;
import it.ciclo.format.DirectiveReader;
import it.ciclo.format.InvalidDirectiveException;
import it.ciclo.layout.Layout;
import it.ciclo.store.StoreException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The directive itself, kept in the repository beside the act folders it describes, as {@code <directive
 * id>.direttiva.json} in the cycle's folder: the same text as the office's file. With it the platform
 * module's board (the Share dashlets) evaluates the same deadlines as {@code cycle status}, and
 * anybody who opens the cycle's folder in Share finds the directive the folders come from.
 *
 * <p>Written by {@code cycle init --cmis}. A document of that name whose content is not a directive
 * with the same id is never overwritten; the same text is not written again (no new version).
 */
public final class CmisDirectiveCopy {

    /** What follows the directive's id in the document's name. */
    public static final String SUFFIX = ".direttiva.json";

    /** What {@link #save} did. */
    public enum Outcome {
        /** The document was created. */
        CREATED,
        /** The document held another version of the directive and now holds this one. */
        UPDATED,
        /** The document already held this text. */
        UNCHANGED,
        /** The cycle's folder does not exist yet (a dry run, or folders refused). */
        NO_FOLDER,
        /** A document of that name holds something else, and was left alone. */
        NOT_OURS
    }

    private final CycleFolderFile file;
    private final String directiveId;

    /**
     * The copy of {@code layout}'s directive in {@code store}, in the cycle's folder
     * ({@link Layout#cycleFolder()}).
     *
     * @param store the repository
     * @param layout the directive's folders
     */
    public CmisDirectiveCopy(CmisDocumentStore store, Layout layout) {
        this.directiveId = Objects.requireNonNull(layout, "layout").directive().id();
        this.file = new CycleFolderFile(store, layout, directiveId + SUFFIX, "application/json");
    }

    /** {@return where the copy is, as the user would name it: the repository's address and the document's path} */
    public String location() {
        return file.location();
    }

    /**
     * Stores {@code text}, the directive's file as the office wrote it: creates the document, or
     * replaces the content of the one holding another version of the same directive.
     *
     * @param text the directive's file, byte for byte
     * @return what was done; {@link Outcome#NOT_OURS} leaves a document that is not this directive alone
     * @throws StoreException if the repository fails
     */
    public Outcome save(byte[] text) throws StoreException {
        Objects.requireNonNull(text, "text");
        if (!file.folderExists()) {
            return Outcome.NO_FOLDER;
        }
        Optional<byte[]> existing = file.read();
        if (existing.isPresent()) {
            if (Arrays.equals(existing.get(), text)) {
                return Outcome.UNCHANGED;
            }
            if (!isThisDirective(existing.get())) {
                return Outcome.NOT_OURS;
            }
        }
        file.write(text);
        return existing.isPresent() ? Outcome.UPDATED : Outcome.CREATED;
    }

    private boolean isThisDirective(byte[] content) {
        try {
            return new DirectiveReader().read(new StringReader(new String(content, StandardCharsets.UTF_8)), location())
                    .directive().id().equals(directiveId);
        } catch (InvalidDirectiveException e) {
            return false;
        }
    }
}
