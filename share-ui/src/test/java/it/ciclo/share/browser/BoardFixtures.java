package it.ciclo.share.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.ciclo.board.Board;
import it.ciclo.board.Scan;
import it.ciclo.board.ScanListener;
import it.ciclo.cli.CommandWriters;
import it.ciclo.deadline.EventDates;
import it.ciclo.deadline.Schedule;
import it.ciclo.directive.Directive;
import it.ciclo.directive.Sector;
import it.ciclo.format.DirectiveReader;
import it.ciclo.layout.Layout;
import it.ciclo.share.support.Workspace;
import it.ciclo.store.DocumentStore;
import it.ciclo.store.StoreEntry;
import it.ciclo.store.StoreException;
import it.ciclo.store.StorePath;
import it.ciclo.store.local.LocalFolderStore;
import it.ciclo.submission.SubmissionStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one place the dashlet tests get their boards from: cycle-core's {@link Scan} run on a real
 * folder tree of the example directive, with review states a repository would keep, written by the
 * {@code cycle status} command's own JSON writer, then put in the shape the repository's
 * {@code GET ciclo/board} sends (board-api.md) without recomputing anything.
 *
 * <p>To switch to the JSON writer cycle-core will have, replace {@link #statusJson}'s body.
 */
public final class BoardFixtures {

    /** The day the fixtures are weighed on: the DUP and PEG deadlines have passed, the PIAO's is 5 days away. */
    public static final LocalDate AS_OF = LocalDate.of(2024, 1, 10);
    public static final ZoneId ZONE = ZoneId.of("Europe/Rome");
    public static final String CYCLE = "2024-2026";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "ATTIVITA' TRASVERSALI/11_Programmazione e controllo/";

    private final Path root;
    private final Map<String, SubmissionStatus> reviews = new LinkedHashMap<>();
    private final Directive directive;
    private final Board board;

    private BoardFixtures(Path root) {
        this.root = root;
        try {
            directive = new DirectiveReader().read(Workspace.directive()).directive();
            // DUP (due 2023-10-05): approved, in review, handed in late, nothing.
            file("D_DUP 2024_2026/Affari Generali/DUP AG.docx", "2023-10-01", SubmissionStatus.APPROVED);
            file("D_DUP 2024_2026/Servizi Finanziari/DUP SF.docx", "2023-10-03", SubmissionStatus.IN_REVIEW);
            file("D_DUP 2024_2026/Lavori Pubblici/DUP LP.docx", "2023-10-09", null);
            // PEG (due 2023-10-05): changes requested, handed in, late and in review, withdrawn only.
            file("E_PEG 2024_2026/Affari Generali/PEG AG.xlsx", "2023-10-04", SubmissionStatus.CHANGES_REQUESTED);
            file("E_PEG 2024_2026/Servizi Finanziari/PEG SF.xlsx", "2023-10-02", null);
            file("E_PEG 2024_2026/Lavori Pubblici/PEG LP.docx", "2023-10-06", SubmissionStatus.IN_REVIEW);
            file("E_PEG 2024_2026/Servizi alla Persona/PEG SP.docx", "2023-10-04", SubmissionStatus.WITHDRAWN);
            // PIAO (due 2024-01-15, 5 days ahead): handed in, in review, two still to come.
            file("F_PIAO 2024_2026/Affari Generali/PIAO AG.docx", "2024-01-08", null);
            file("F_PIAO 2024_2026/Lavori Pubblici/PIAO LP.docx", "2024-01-09", SubmissionStatus.IN_REVIEW);
            Files.createDirectories(root.resolve(BASE + "C_Aggiornamento PEG 2022-2024"));
            Schedule schedule = Schedule.of(directive, EventDates.none());
            board = new Scan(schedule, Layout.of(directive)).run(new ReviewedStore(), AS_OF, ScanListener.NONE);
        } catch (Exception e) {
            throw new IllegalStateException("cannot build the board fixture: " + e.getMessage(), e);
        }
    }

    /** The standard fixture, built in {@code dir} (a temporary folder). */
    public static BoardFixtures standard(Path dir) {
        return new BoardFixtures(dir);
    }

    public Board board() {
        return board;
    }

    public Directive directive() {
        return directive;
    }

    /** What {@code cycle status --format json} prints for this fixture. */
    public JsonNode statusJson(Locale locale) {
        try {
            return JSON.readTree(CommandWriters.statusJson(board, locale));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The colour {@code cycle status --format html} gives each status (class s-&lt;status&gt;). */
    public Map<String, String> htmlColours(Locale locale) {
        String html = CommandWriters.statusHtml(board, locale);
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("\\.s-([a-z-]+)\\{background:(#[0-9a-fA-F]{3,6})").matcher(html);
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }

    /**
     * The board as the repository's {@code GET ciclo/board} sends it (board-api.md): the command's
     * JSON with the sectors' names, the statuses' labels in {@code locale} and node references added;
     * with {@code mine}, only the user's sectors.
     */
    public ObjectNode boardApi(Locale locale, boolean mine, List<String> userSectors) {
        JsonNode status = statusJson(locale);
        ObjectNode out = JSON.createObjectNode();
        out.put("asOf", status.get("asOf").asText());
        out.put("cycle", CYCLE);
        out.put("mine", mine);
        ArrayNode user = out.putArray("userSectors");
        userSectors.forEach(user::add);
        ArrayNode acts = out.putArray("acts");
        for (JsonNode act : status.get("acts")) {
            ObjectNode a = acts.addObject();
            a.put("id", act.get("id").asText());
            a.put("kind", directive.acts().stream().filter(x -> x.id().equals(act.get("id").asText())).findFirst()
                    .map(x -> x.kind().jsonName()).orElse(act.get("id").asText()));
            a.put("title", act.get("title").asText());
            a.set("due", act.get("due"));
            a.set("approvalDue", approvalDue(act.get("id").asText()));
            a.put("folder", act.get("folder").asText());
            a.put("folderNodeRef", "workspace://SpacesStore/" + act.get("id").asText());
            a.put("shared", act.get("shared").asBoolean());
            ArrayNode sectors = a.putArray("sectors");
            for (JsonNode s : act.get("sectors")) {
                if (mine && !userSectors.contains(s.get("id").asText())) {
                    continue;
                }
                ObjectNode cell = sectors.addObject();
                cell.put("id", s.get("id").asText());
                cell.put("name", sector(s.get("id").asText()).name());
                standing(cell, s, locale);
            }
            if (act.get("shared").asBoolean()) {
                standing(a, act, locale);
            }
        }
        return out;
    }

    /** Fails unless {@code board} has every field board-api.md promises, with a status cycle-core knows. */
    public static void checkShape(JsonNode board) {
        for (String field : List.of("asOf", "cycle", "mine", "userSectors", "acts")) {
            require(board, field, "$");
        }
        int i = 0;
        for (JsonNode act : board.get("acts")) {
            String at = "$.acts[" + i++ + "]";
            for (String field : List.of("id", "kind", "title", "due", "approvalDue", "folder", "folderNodeRef", "shared", "sectors")) {
                require(act, field, at);
            }
            List<JsonNode> standings = new java.util.ArrayList<>();
            act.get("sectors").forEach(standings::add);
            if (act.get("shared").asBoolean()) {
                standings.add(act);
            }
            for (JsonNode s : standings) {
                for (String field : List.of("status", "label", "daysLeft", "daysLate", "files")) {
                    require(s, field, at);
                }
                if (SubmissionStatus.fromJsonName(s.get("status").asText()) == null) {
                    throw new AssertionError(at + ".status: not one of cycle-core's statuses: " + s.get("status"));
                }
            }
        }
    }

    private static void require(JsonNode node, String field, String at) {
        if (!node.has(field)) {
            throw new AssertionError(at + "." + field + ": missing (board-api.md)");
        }
    }

    private void standing(ObjectNode target, JsonNode from, Locale locale) {
        String status = from.get("status").asText();
        target.put("status", status);
        target.put("label", SubmissionStatus.fromJsonName(status).describe(locale));
        target.set("daysLeft", from.get("daysLeft"));
        target.set("daysLate", from.get("daysLate"));
        ArrayNode files = target.putArray("files");
        for (JsonNode f : from.get("files")) {
            String path = f.get("path").asText();
            SubmissionStatus review = reviews.get(path);
            ObjectNode file = files.addObject();
            file.put("name", path.substring(path.lastIndexOf('/') + 1));
            file.put("path", path);
            file.put("nodeRef", "workspace://SpacesStore/" + Integer.toHexString(path.hashCode()));
            file.put("modified", f.get("modified").asText());
            file.put("status", review == null ? "submitted" : review.jsonName());
            file.put("late", false);
            file.put("escalated", false);
        }
    }

    private JsonNode approvalDue(String actId) {
        return board.schedule().approval(actId).effective()
                .map(d -> (JsonNode) JSON.getNodeFactory().textNode(d.toString()))
                .orElse(JSON.getNodeFactory().nullNode());
    }

    private Sector sector(String id) {
        return directive.sectors().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private void file(String relative, String day, SubmissionStatus review) throws IOException {
        Path file = root.resolve(BASE + relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "contenuto di " + relative);
        Files.setLastModifiedTime(file, FileTime.from(LocalDate.parse(day).atTime(10, 0).atZone(ZONE).toInstant()));
        if (review != null) {
            reviews.put(BASE + relative, review);
        }
    }

    /** The folder tree as a repository with the review workflow would list it: with each file's review state. */
    private final class ReviewedStore implements DocumentStore {
        private final LocalFolderStore files;

        ReviewedStore() throws StoreException {
            files = LocalFolderStore.open(root);
        }

        @Override
        public String location() {
            return files.location();
        }

        @Override
        public Optional<StoreEntry> entry(StorePath path) throws StoreException {
            return files.entry(path).map(this::reviewed);
        }

        @Override
        public Stream<StoreEntry> children(StorePath folder) throws StoreException {
            return files.children(folder).map(this::reviewed);
        }

        @Override
        public java.io.InputStream open(StorePath path) throws StoreException {
            return files.open(path);
        }

        @Override
        public StoreEntry createFolder(StorePath path) throws StoreException {
            throw new UnsupportedOperationException("the fixture is read only");
        }

        private StoreEntry reviewed(StoreEntry e) {
            SubmissionStatus review = reviews.get(e.path().toString());
            return review == null ? e : new StoreEntry(e.path(), e.kind(), e.size(), e.modified(), e.creator(), Optional.of(review));
        }
    }
}
