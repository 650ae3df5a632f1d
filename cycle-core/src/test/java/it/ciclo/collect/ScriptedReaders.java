package it.ciclo.collect;

import it.ciclo.i18n.Message;
import it.ciclo.reader.FileProblem;
import it.ciclo.reader.FileReaders;
import it.ciclo.reader.MarkedTextHandler;
import it.ciclo.reader.MarkedTextReader;
import it.ciclo.reader.ReadLimits;
import it.ciclo.reader.Revision;
import it.ciclo.reader.SheetHandler;
import it.ciclo.reader.SheetReader;
import it.ciclo.reader.TextRun;
import it.ciclo.reader.UnreadableFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stand-ins for the cycle-office readers, so that the collector is tested on its own: a ".docx"
 * here is lines of text, "# n title" a heading of level n, "{red:...}", "{ins:AUTHOR:...}" and
 * "{com:AUTHOR:...}" marked runs; a ".xlsx" is tab-separated rows. A file whose text is
 * "ENCRYPTED" is refused as a real reader refuses an encrypted file. The real readers are tested
 * in cycle-office, and the whole chain in cycle-cli.
 */
final class ScriptedReaders {

    private static final Pattern MARK = Pattern.compile("\\{(red|ins|com):(?:([^:}]+):)?([^}]*)}");

    private ScriptedReaders() {
    }

    static FileReaders all() {
        return FileReaders.of(List.of(new Text()), List.of(new Sheet()), ReadLimits.STANDARD.withMaxFileBytes(1000));
    }

    private static String text(InputStream in) throws UnreadableFileException {
        try {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (text.equals("ENCRYPTED")) {
                throw new UnreadableFileException(FileProblem.ENCRYPTED, Message.of("file.damaged", "test"));
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final class Text implements MarkedTextReader {
        @Override
        public Set<String> extensions() {
            return Set.of("docx");
        }

        @Override
        public void read(InputStream content, String fileName, ReadLimits limits, MarkedTextHandler handler)
                throws UnreadableFileException {
            for (String line : text(content).split("\n")) {
                if (line.startsWith("# ")) {
                    handler.paragraphStart(Integer.parseInt(line.substring(2, 3)));
                    handler.run(TextRun.plain(line.substring(4)));
                    handler.paragraphEnd();
                    continue;
                }
                handler.paragraphStart(0);
                Matcher m = MARK.matcher(line);
                int at = 0;
                while (m.find()) {
                    handler.run(TextRun.plain(line.substring(at, m.start())));
                    Optional<String> author = Optional.ofNullable(m.group(2));
                    handler.run(switch (m.group(1)) {
                        case "red" -> TextRun.coloured(m.group(3), "FF0000");
                        case "ins" -> new TextRun(m.group(3), Optional.empty(), Revision.inserted(author), List.of(), Optional.empty());
                        default -> new TextRun(m.group(3), Optional.of("FF0000"), Revision.NONE, List.of(author.orElseThrow()), Optional.empty());
                    });
                    at = m.end();
                }
                handler.run(TextRun.plain(line.substring(at)));
                handler.paragraphEnd();
            }
        }
    }

    static final class Sheet implements SheetReader {
        @Override
        public Set<String> extensions() {
            return Set.of("xlsx");
        }

        @Override
        public void read(InputStream content, String fileName, Optional<String> sheet, ReadLimits limits, SheetHandler handler)
                throws UnreadableFileException {
            handler.sheet(sheet.orElse("Foglio1"));
            String[] lines = text(content).split("\n");
            for (int i = 0; i < lines.length; i++) {
                handler.row(i + 1, Arrays.asList(lines[i].split("\t", -1)));
            }
        }
    }
}
