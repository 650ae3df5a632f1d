package it.ciclo.layout;

import it.ciclo.i18n.Message;
import it.ciclo.i18n.Quoted;
import it.ciclo.i18n.Visible;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for a folder name Ciclo creates or looks for (each name of an act folder's path, a
 * sector folder, the templates folder): the rule of the Comune's share, an SMB share on a Windows
 * or NTFS file system, which is the strictest of the stores Ciclo works on. A name is refused when
 * it
 * <ul>
 *   <li>holds a control character (a tab or a line break, usually a {@code \t} or {@code \n} that
 *       JSON read out of a path pasted from Explorer);</li>
 *   <li>holds one of {@code < > : " / \ | ? *};</li>
 *   <li>ends with a space or a dot, which Windows drops (the folder would not be found again);</li>
 *   <li>is a device name Windows reserves ({@code CON}, {@code PRN}, {@code AUX}, {@code NUL},
 *       {@code COM1}-{@code COM9}, {@code LPT1}-{@code LPT9}), with or without an extension;</li>
 *   <li>is longer than 255 characters.</li>
 * </ul>
 */
public final class FolderName {

    /** The longest name an NTFS folder may have, in UTF-16 units. */
    public static final int MAX_LENGTH = 255;

    private static final String FORBIDDEN = "<>:\"/\\|?*";
    private static final Pattern RESERVED = Pattern.compile("(CON|PRN|AUX|NUL|COM[1-9\u00B9\u00B2\u00B3]|LPT[1-9\u00B9\u00B2\u00B3])(\\..*)?");

    private FolderName() {
    }

    /**
     * Why {@code name} cannot name a folder on the Comune's share.
     *
     * @param name one folder name, as written
     * @return the reason, naming the name; empty if it can
     */
    public static Optional<Message> problem(String name) {
        Objects.requireNonNull(name, "name");
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.getType(c) == Character.CONTROL) {
                return Optional.of(c == '\t' || c == '\n' || c == '\r' || c == '\b' || c == '\f'
                        ? Message.of("layout.name.escape", Quoted.of(name), Message.of("layout.char." + (int) c))
                        : Message.of("layout.name.control", Quoted.of(name), Visible.of(String.valueOf(c))));
            }
        }
        for (int i = 0; i < name.length(); i++) {
            if (FORBIDDEN.indexOf(name.charAt(i)) >= 0) {
                return Optional.of(Message.of("layout.name.char", Quoted.of(name), String.valueOf(name.charAt(i))));
            }
        }
        if (name.endsWith(" ") || name.endsWith(".")) {
            return Optional.of(Message.of(name.endsWith(" ") ? "layout.name.space" : "layout.name.dot", Quoted.of(name)));
        }
        if (RESERVED.matcher(name.toUpperCase(Locale.ROOT)).matches()) {
            return Optional.of(Message.of("layout.name.reserved", Quoted.of(name)));
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of(Message.of("layout.name.long", Quoted.of(name), MAX_LENGTH));
        }
        return Optional.empty();
    }
}
