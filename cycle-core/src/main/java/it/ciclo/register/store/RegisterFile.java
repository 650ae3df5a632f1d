package it.ciclo.register.store;

import it.ciclo.format.DirectiveFiles;
import it.ciclo.format.InvalidRegisterException;
import it.ciclo.format.Problem;
import it.ciclo.format.RegisterFormat;
import it.ciclo.format.TextFile;
import it.ciclo.i18n.Causes;
import it.ciclo.i18n.Message;
import it.ciclo.register.EventRegister;
import it.ciclo.store.StorePath;
import it.ciclo.store.StoreException;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The events register as a file beside the directive: for {@code direttiva-4-2023.json},
 * {@code direttiva-4-2023.eventi.json} in the same folder (a name the office sees next to the
 * directive, and that the board never counts as a submission).
 *
 * <p>Written whole and at once: the new register goes to a hidden temporary file in the same folder,
 * is forced to disk, and then takes the register's name in one rename, so that nobody ever reads
 * half a register, even if the machine stops midway. Before writing, the file is read again: if it
 * is not a register of Ciclo it is left alone; if somebody recorded an event in the meantime, the
 * write is refused and the command asks to be run again.
 */
public final class RegisterFile implements RegisterStore {

    /** What ends the name of every register file. */
    public static final String SUFFIX = ".eventi.json";

    private final Path file;
    private final ZoneId zone;

    private RegisterFile(Path file, ZoneId zone) {
        this.file = file;
        this.zone = zone;
    }

    /**
     * The register beside {@code directive}, with instants written in {@code zone} (the Comune's).
     *
     * @param directive the directive
     * @param zone the Comune's time zone
     * @return the register beside {@code directive}, with instants written in {@code zone} (the Comune's)
     */
    public static RegisterFile beside(Path directive, ZoneId zone) {
        return new RegisterFile(DirectiveFiles.beside(directive, "", SUFFIX), Objects.requireNonNull(zone, "zone"));
    }

    /** {@return the register's file} */
    public Path file() {
        return file;
    }

    @Override
    public String location() {
        return file.toString();
    }

    @Override
    public EventRegister load(String directiveId) throws InvalidRegisterException, StoreException {
        if (!Files.exists(file)) {
            return EventRegister.empty(directiveId);
        }
        String text;
        try {
            text = TextFile.read(file, location());
        } catch (TextFile.Unreadable e) {
            // Not a regular UTF-8 file of a sensible size: not a register of Ciclo, and left alone.
            throw new InvalidRegisterException(List.of(e.problem().message().key().startsWith("format.encoding")
                    ? new Problem(e.problem().location(), Message.of("register.notOurs", RegisterFormat.FORMAT))
                    : e.problem()));
        }
        return new RegisterFormat().read(new StringReader(text), location(), directiveId);
    }

    @Override
    public void save(EventRegister expected, EventRegister updated) throws InvalidRegisterException, StoreException {
        if (!load(expected.directiveId()).equals(expected)) {
            throw new StoreException(StorePath.ROOT, Message.of("register.conflict", location()), null);
        }
        Path temporary = file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    Writer out = Channels.newWriter(channel, StandardCharsets.UTF_8)) {
                new RegisterFormat().write(updated, zone, out);
                channel.force(true);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // A file system without atomic renames (rare on shares): the replacement is still whole.
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new StoreException(StorePath.ROOT, Message.of("register.writeFailed", location(), Causes.of(e)), e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // Only our own temporary file; a leftover is hidden and never counted.
            }
        }
    }

    @Override
    public String toString() {
        return "RegisterFile[" + file + "]";
    }
}
