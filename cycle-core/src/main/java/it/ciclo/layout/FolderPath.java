package it.ciclo.layout;

import it.ciclo.i18n.Message;
import it.ciclo.i18n.Quoted;
import it.ciclo.store.StorePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an act folder as a directive writes it into a path relative to the store's root. The office
 * copies paths from Windows Explorer, so:
 * <ul>
 *   <li>{@code \} and {@code /} both separate folder names, and repeated separators count once;</li>
 *   <li>a drive ({@code R:}), a share ({@code \\server\share}) or a leading separator stands for the
 *       store's root: the store is opened on what the drive or share points to;</li>
 *   <li>{@code .} names are dropped.</li>
 * </ul>
 * Refused, because they would lead outside the store's root or cannot name a folder on every share:
 * {@code ..}, a share without a share name, a path naming the root itself, and any name that
 * {@link FolderName} refuses (a {@code :} after the drive, which is another drive further on or a
 * Windows data stream; a tab or a line break that JSON made of a {@code \t} or {@code \n}; a name
 * Windows reserves or cannot end with).
 */
public final class FolderPath {

    private static final Pattern SEPARATORS = Pattern.compile("[\\\\/]+");
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:");

    private FolderPath() {
    }

    /**
     * The store path {@code written} names.
     *
     * @param written the path as the directive writes it
     * @return the store path {@code written} names
     * @throws InvalidFolderPathException if it leads outside the root or names the root
     */
    public static StorePath parse(String written) throws InvalidFolderPathException {
        Objects.requireNonNull(written, "written");
        String rest = written.strip();
        List<String> names = new ArrayList<>(List.of(SEPARATORS.split(rest, -1)));
        if (rest.startsWith("\\\\") || rest.startsWith("//")) {
            // \\server\share\folder: split gives "", "server", "share", "folder"...
            if (names.size() < 3 || names.get(1).isEmpty() || names.get(2).isEmpty()) {
                throw new InvalidFolderPathException(Message.of("layout.path.share", Quoted.of(written)));
            }
            names = names.subList(3, names.size());
        } else if (DRIVE.matcher(rest).find()) {
            names.set(0, names.get(0).substring(2));
        }
        List<String> kept = new ArrayList<>();
        for (String name : names) {
            String trimmed = name.strip();
            if (trimmed.isEmpty() || trimmed.equals(".")) {
                continue;
            }
            if (trimmed.equals("..")) {
                throw new InvalidFolderPathException(Message.of("layout.path.parent", Quoted.of(written)));
            }
            Optional<Message> wrong = FolderName.problem(name);
            if (wrong.isPresent()) {
                throw new InvalidFolderPathException(Message.of("layout.path.name", Quoted.of(written), wrong.get()));
            }
            kept.add(name);
        }
        if (kept.isEmpty()) {
            throw new InvalidFolderPathException(Message.of("layout.path.root", Quoted.of(written)));
        }
        return new StorePath(kept);
    }
}
