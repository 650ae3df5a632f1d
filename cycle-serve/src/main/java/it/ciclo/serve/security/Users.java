package it.ciclo.serve.security;

import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Who may log in to {@code cycle serve} to record events: a text file, one user a line, {@code
 * name:hash}, where the hash is Argon2id (Spring Security Crypto on Bouncy Castle, with OWASP's
 * parameters: 19 MiB, 2 iterations, 1 lane, 16-byte salt) in the PHC form {@code $argon2id$v=19$...}.
 * Lines starting with {@code #} and blank lines are comments. The file holds no password, only
 * hashes; it is written by {@code cycle utenti aggiungi}, whole and at once, readable by its owner only.
 */
public final class Users {

    private static final Argon2PasswordEncoder ARGON2 = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    /** Compared against when the name is unknown, so that an unknown name takes as long as a wrong password. */
    private static final String DECOY = ARGON2.encode("ciclo-decoy");

    private final Map<String, String> hashes;

    private Users(Map<String, String> hashes) {
        this.hashes = Map.copyOf(hashes);
    }

    /** Nobody: recording events is then impossible, and the pages say how to add a user. */
    public static Users none() {
        return new Users(Map.of());
    }

    /**
     * The users in {@code file}.
     *
     * @throws InvalidUsersFileException if a line is not {@code name:hash} (which line, and why)
     */
    public static Users read(Path file) throws IOException, InvalidUsersFileException {
        Map<String, String> hashes = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String name = colon < 0 ? line : line.substring(0, colon);
            String hash = colon < 0 ? "" : line.substring(colon + 1);
            if (!isName(name) || !hash.startsWith("$argon2id$")) {
                throw new InvalidUsersFileException(file, i + 1);
            }
            hashes.put(name, hash);
        }
        return new Users(hashes);
    }

    /** Whether anybody can log in. */
    public boolean isEmpty() {
        return hashes.isEmpty();
    }

    /** The user {@code name} if {@code password} is theirs; always as slow, whether the name exists or not. */
    public Optional<String> check(String name, CharSequence password) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(password, "password");
        String hash = hashes.get(name);
        boolean matches = ARGON2.matches(password, hash != null ? hash : DECOY);
        return hash != null && matches ? Optional.of(name) : Optional.empty();
    }

    /** Whether {@code name} can be a user's name: letters, digits, {@code . _ -}, 1 to 64 of them. */
    public static boolean isName(String name) {
        return name.matches("[A-Za-z0-9._-]{1,64}");
    }

    /**
     * Adds (or replaces) user {@code name} with {@code password} in {@code file}, which is written
     * whole: a temporary file in the same folder, readable by its owner only, renamed over it.
     */
    public static void put(Path file, String name, CharSequence password) throws IOException, InvalidUsersFileException {
        if (!isName(name)) {
            throw new IllegalArgumentException("not a user name: " + name);
        }
        Map<String, String> hashes = new LinkedHashMap<>(Files.exists(file) ? read(file).hashes : Map.of());
        hashes.put(name, ARGON2.encode(password));
        write(file, hashes);
    }

    /** Removes user {@code name} from {@code file}; whether there was one. */
    public static boolean remove(Path file, String name) throws IOException, InvalidUsersFileException {
        Map<String, String> hashes = new LinkedHashMap<>(read(file).hashes);
        boolean removed = hashes.remove(name) != null;
        if (removed) {
            write(file, hashes);
        }
        return removed;
    }

    private static void write(Path file, Map<String, String> hashes) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    Writer out = Channels.newWriter(channel, StandardCharsets.UTF_8)) {
                restrict(temporary);
                out.write("# Utenti di cycle serve: nome:hash Argon2id. Si modifica con «cycle utenti aggiungi|rimuovi».\n");
                for (Map.Entry<String, String> e : hashes.entrySet()) {
                    out.write(e.getKey() + ":" + e.getValue() + "\n");
                }
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Windows: the file takes its folder's access list; the guide says to keep it in a private folder.
        }
    }
}
