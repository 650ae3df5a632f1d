package it.ciclo.alfresco.board;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.ciclo.directive.Directive;
import java.io.IOException;
import java.util.Optional;
import org.alfresco.service.cmr.repository.NodeRef;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code GET /ciclo/cycles}: the cycles whose directive the repository holds, newest first —
 * {@code {"cycles": [{"id", "firstYear", "lastYear", "directive", "title"}]}}; empty when there is
 * none yet or the programming root is not there.
 */
public final class CyclesGet extends BoardWebScripts {

    @Override
    public void execute(WebScriptRequest request, WebScriptResponse response) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode cycles = body.putArray("cycles");
        Optional<NodeRef> root = programmingRoot();
        if (root.isPresent()) {
            for (CycleDirective found : directives().below(root.get())) {
                Directive d = found.document().directive();
                if (cycles.findValuesAsText("id").contains(found.cycle())) {
                    continue;
                }
                ObjectNode cycle = cycles.addObject();
                cycle.put("id", found.cycle());
                cycle.put("firstYear", d.cycle().firstYear());
                cycle.put("lastYear", d.cycle().lastYear());
                cycle.put("directive", d.id());
                cycle.put("title", d.title());
            }
        }
        answer(response, 200, body);
    }
}
