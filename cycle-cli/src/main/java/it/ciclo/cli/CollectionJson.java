package it.ciclo.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import it.ciclo.collect.Collection;
import it.ciclo.collect.SkippedFile;
import it.ciclo.objective.Action;
import it.ciclo.objective.Indicator;
import it.ciclo.objective.Objective;
import it.ciclo.proposal.Proposal;
import it.ciclo.proposal.ProposalContext;
import it.ciclo.scheda.SchedaColumn;
import it.ciclo.scheda.SchedaFinding;
import it.ciclo.scheda.SchedaRow;
import it.ciclo.store.StorePath;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * What {@code raccogli} gathered, for other systems:
 * <pre>
 * {"directive", "store",
 *  "proposals": [{"act", "file", "link", "sector", "attribution", "kind", "text", "author", "authorSource",
 *                 "headings", "objective", "table": {"number", "row", "column", "columnHeader", "rowLabel"} | null, "inHeading"}],
 *  "objectives": [{"level", "code", "title", "objectives": [...], "actions": [{"title", "sector", "internalParties",
 *                  "externalParties", "indicators": [{"name", "baseline", "target", "source", "result", "gapExplanation"}]}]}],
 *  "unlinkedActions": [...],
 *  "schede": [{"file", "link", "sheet", "row", "acts", "sector", "values": {"action": ..., ...}}],
 *  "findings": [{"code", "severity", "file", "sheet", "cell", "message"}],
 *  "skipped": [{"file", "problem", "detail"}],
 *  "foldersMissing": [...]}
 * </pre>
 * Paths are relative to the store's root, with {@code /}; absent values are null; kinds, attributions,
 * levels, codes and problems are the stable JSON names; messages are in the chosen language.
 */
final class CollectionJson {

    private final Locale locale;
    private final Function<StorePath, Optional<String>> links;

    CollectionJson(Locale locale, Function<StorePath, Optional<String>> links) {
        this.locale = locale;
        this.links = links;
    }

    void write(Collection c, String directive, String store, Writer out) throws IOException {
        try (JsonGenerator g = Json.generator(out)) {
            g.writeStartObject();
            g.writeStringField("directive", directive);
            g.writeStringField("store", store);
            g.writeArrayFieldStart("proposals");
            for (Proposal p : c.proposals()) {
                proposal(g, p);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("objectives");
            for (Objective o : c.tree().directions()) {
                objective(g, o);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("unlinkedActions");
            for (Action a : c.tree().unlinked()) {
                action(g, a);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("schede");
            for (SchedaRow r : c.rows()) {
                row(g, r);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("findings");
            for (SchedaFinding f : c.findings()) {
                g.writeStartObject();
                g.writeStringField("code", f.issue().jsonName());
                g.writeStringField("severity", f.severity().jsonName());
                g.writeStringField("file", f.at().file().toString());
                g.writeStringField("sheet", f.at().sheet());
                g.writeStringField("cell", f.at().cell());
                g.writeStringField("message", f.message().render(locale));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("skipped");
            for (SkippedFile s : c.skipped()) {
                g.writeStartObject();
                g.writeStringField("file", s.path().toString());
                g.writeStringField("problem", s.problem().jsonName());
                g.writeStringField("detail", s.detail().render(locale));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("foldersMissing");
            for (StorePath folder : c.foldersMissing()) {
                g.writeString(folder.toString());
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private void proposal(JsonGenerator g, Proposal p) throws IOException {
        ProposalContext context = p.passage().context();
        g.writeStartObject();
        g.writeStringField("act", p.act());
        file(g, p.file());
        optional(g, "sector", p.sector());
        g.writeStringField("attribution", p.attribution().jsonName());
        g.writeStringField("kind", p.passage().kind().jsonName());
        g.writeStringField("text", p.passage().text());
        optional(g, "author", p.passage().author());
        g.writeStringField("authorSource", p.passage().authorSource().jsonName());
        strings(g, "headings", context.headings());
        strings(g, "objective", context.objective().titles());
        if (context.cell().isPresent()) {
            var cell = context.cell().get();
            g.writeObjectFieldStart("table");
            g.writeNumberField("number", cell.table());
            g.writeNumberField("row", cell.row());
            g.writeNumberField("column", cell.column());
            g.writeStringField("columnHeader", cell.columnHeader());
            g.writeStringField("rowLabel", cell.rowLabel());
            g.writeEndObject();
        } else {
            g.writeNullField("table");
        }
        g.writeBooleanField("inHeading", context.inHeading());
        g.writeEndObject();
    }

    private void objective(JsonGenerator g, Objective o) throws IOException {
        g.writeStartObject();
        g.writeStringField("level", o.level().jsonName());
        optional(g, "code", o.code());
        g.writeStringField("title", o.title());
        g.writeArrayFieldStart("objectives");
        for (Objective child : o.children()) {
            objective(g, child);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("actions");
        for (Action a : o.actions()) {
            action(g, a);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void action(JsonGenerator g, Action a) throws IOException {
        g.writeStartObject();
        g.writeStringField("title", a.title());
        optional(g, "sector", a.sector());
        g.writeStringField("internalParties", a.internalParties());
        g.writeStringField("externalParties", a.externalParties());
        g.writeArrayFieldStart("indicators");
        for (Indicator i : a.indicators()) {
            g.writeStartObject();
            g.writeStringField("name", i.name());
            g.writeStringField("baseline", i.baseline());
            g.writeStringField("target", i.target());
            g.writeStringField("source", i.source());
            g.writeStringField("result", i.result());
            g.writeStringField("gapExplanation", i.gapExplanation());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void row(JsonGenerator g, SchedaRow r) throws IOException {
        g.writeStartObject();
        file(g, r.file());
        g.writeStringField("sheet", r.sheet());
        g.writeNumberField("row", r.row());
        strings(g, "acts", r.acts());
        optional(g, "sector", r.sector());
        g.writeObjectFieldStart("values");
        for (SchedaColumn column : SchedaColumn.values()) {
            if (r.columns().containsKey(column)) {
                g.writeStringField(column.jsonName(), r.value(column));
            }
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private void file(JsonGenerator g, StorePath file) throws IOException {
        g.writeStringField("file", file.toString());
        optional(g, "link", links.apply(file));
    }

    private static void optional(JsonGenerator g, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(field, value.get());
        } else {
            g.writeNullField(field);
        }
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
