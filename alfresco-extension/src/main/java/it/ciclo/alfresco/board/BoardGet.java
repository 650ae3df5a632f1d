package it.ciclo.alfresco.board;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.ciclo.board.Board;
import it.ciclo.board.BoardJson;
import it.ciclo.board.Scan;
import it.ciclo.board.ScanListener;
import it.ciclo.deadline.Schedule;
import it.ciclo.directive.Directive;
import it.ciclo.directive.Sector;
import it.ciclo.layout.Layout;
import it.ciclo.layout.LayoutException;
import it.ciclo.store.StorePath;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.alfresco.service.cmr.repository.NodeRef;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code GET /ciclo/board?cycle=&mine=&lang=}: the board of a cycle, computed in the repository by
 * cycle-core itself — the directive's copy and events register the repository holds, evaluated into
 * a schedule, and cycle-core's {@link Scan} over the repository ({@link RepositoryStore}) — written
 * by cycle-core's {@link BoardJson}: the same JSON, the same statuses and labels as {@code cycle
 * status --cmis --format json}. Added for Share: {@code "mine"}, {@code "userSectors"} (the sectors
 * whose group the user is in), each act's {@code "folderNodeRef"} and each file's {@code "nodeRef"};
 * with {@code mine=true} only the user's sectors are kept. The contract is in docs/admin.
 */
public final class BoardGet extends BoardWebScripts {

    @Override
    public void execute(WebScriptRequest request, WebScriptResponse response) throws IOException {
        BoardRequest asked = BoardRequest.of(request);
        Optional<NodeRef> programmingRoot = programmingRoot();
        if (programmingRoot.isEmpty()) {
            fail(response, 400, asked.text("noRoot", root()));
            return;
        }
        List<CycleDirective> all = directives().below(programmingRoot.get());
        if (all.isEmpty()) {
            fail(response, 400, asked.text("noCycles"));
            return;
        }
        Optional<CycleDirective> chosen = asked.cycle() == null ? Optional.of(all.get(0))
                : all.stream().filter(d -> d.cycle().equals(asked.cycle())).findFirst();
        if (chosen.isEmpty()) {
            fail(response, 400, asked.text("unknownCycle", asked.cycle(),
                    all.stream().map(CycleDirective::cycle).distinct().collect(Collectors.joining(", "))));
            return;
        }
        try {
            answer(response, 200, board(chosen.get(), asked));
        } catch (LayoutException e) {
            fail(response, 400, e.getMessage());
        }
    }

    private JsonNode board(CycleDirective found, BoardRequest asked) throws IOException, LayoutException {
        Directive directive = found.document().directive();
        Schedule schedule = Schedule.of(directive, found.register().inForce());
        RepositoryStore store = new RepositoryStore(files(), found.storeRoot(), found.where());
        Board board = new Scan(schedule, Layout.of(directive))
                .run(store, LocalDate.now(directive.calendar().zone()), ScanListener.NONE);
        StringWriter json = new StringWriter();
        new BoardJson(asked.locale()).write(board, json);
        ObjectNode tree = (ObjectNode) JSON.readTree(json.toString());

        // The caller's own groups: getAuthoritiesForUser is for administrators only (ACS's
        // public-services-security-context.xml), getAuthorities is for anyone, about themselves.
        Set<String> groups = authorities().getAuthorities();
        List<String> userSectors = new ArrayList<>();
        for (Sector sector : directive.sectors()) {
            if (groups.contains(sectorGroups().groupOf(sector.id()))) {
                userSectors.add(sector.id());
            }
        }
        tree.put("mine", asked.mine());
        ArrayNode mine = tree.putArray("userSectors");
        userSectors.forEach(mine::add);
        for (JsonNode act : tree.path("acts")) {
            ObjectNode a = (ObjectNode) act;
            folderOf(found.storeRoot(), a.path("folder").asText())
                    .ifPresentOrElse(n -> a.put("folderNodeRef", n.toString()), () -> a.putNull("folderNodeRef"));
            linkFiles(a, store);
            ArrayNode sectors = (ArrayNode) a.path("sectors");
            for (Iterator<JsonNode> it = sectors.elements(); it.hasNext(); ) {
                JsonNode sector = it.next();
                if (asked.mine() && !userSectors.contains(sector.path("id").asText())) {
                    it.remove();
                } else {
                    linkFiles((ObjectNode) sector, store);
                }
            }
        }
        return tree;
    }

    /** Adds {@code "nodeRef"} to each file of a cell, from the node the scan listed it as. */
    private static void linkFiles(ObjectNode cell, RepositoryStore store) {
        for (String field : List.of("files", "oldFiles")) {
            for (JsonNode file : cell.path(field)) {
                Optional<NodeRef> node = store.nodeOf(new StorePath(List.of(file.path("path").asText().split("/"))));
                node.ifPresentOrElse(n -> ((ObjectNode) file).put("nodeRef", n.toString()),
                        () -> ((ObjectNode) file).putNull("nodeRef"));
            }
        }
    }

    /** The act's folder, found as Alfresco finds names (without regard to case). */
    private Optional<NodeRef> folderOf(NodeRef storeRoot, String path) {
        NodeRef folder = storeRoot;
        for (String name : path.split("/")) {
            folder = files().searchSimple(folder, name);
            if (folder == null) {
                return Optional.empty();
            }
        }
        return Optional.of(folder);
    }
}
