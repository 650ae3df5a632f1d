package it.ciclo.cmis;

import it.ciclo.directive.Act;
import it.ciclo.directive.Directive;
import it.ciclo.directive.SubmissionTerms;
import it.ciclo.format.DirectiveReader;
import it.ciclo.format.InvalidDirectiveException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Directives for the tests: the seed, and made-up ones with as many sectors and acts as wanted. */
public final class Directives {

    private Directives() {
    }

    /** The seed directive, docs/examples/direttiva-4-2023.json. */
    public static Directive seed() {
        try {
            String basedir = System.getProperty("basedir", ".");
            return new DirectiveReader().read(Path.of(basedir, "..", "docs", "examples", "direttiva-4-2023.json").normalize())
                    .directive();
        } catch (InvalidDirectiveException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code directive} with act {@code actId} owed by the sectors {@code sectorIds} only. */
    public static Directive withSectors(Directive directive, String actId, String... sectorIds) {
        List<Act> acts = directive.acts().stream().map(a -> {
            if (!a.id().equals(actId)) {
                return a;
            }
            SubmissionTerms t = a.submission().orElseThrow();
            return new Act(a.id(), a.kind(), a.title(), a.text(), a.approval(), Optional.of(new SubmissionTerms(t.due(),
                    t.folder(), t.instructions(), t.shared(), t.opens(), List.of(sectorIds))), a.reports());
        }).toList();
        Directive d = directive;
        return new Directive(d.id(), d.title(), d.issued(), d.cycle(), d.calendar(), d.events(), d.sectors(), acts, d.files());
    }

    /**
     * A directive with {@code sectors} sectors ({@code settore-1}, folder {@code Settore 1}, ...) and
     * {@code acts} acts, each in its own folder {@code Programmazione/Atto N}, due 2024-01-15.
     */
    public static Directive synthetic(int sectors, int acts) {
        StringBuilder json = new StringBuilder();
        json.append("{\"id\":\"prova\",\"title\":\"Ciclo di prova 2024-2026\",")
                .append("\"issued\":{\"on\":\"2023-09-20\",\"by\":\"Il Segretario Generale\"},")
                .append("\"cycle\":{\"firstYear\":2024,\"lastYear\":2026},\"sectors\":[");
        for (int s = 1; s <= sectors; s++) {
            json.append(s > 1 ? "," : "").append("{\"id\":\"settore-").append(s).append("\",\"name\":\"Settore ")
                    .append(s).append("\",\"folder\":\"Settore ").append(s).append("\"}");
        }
        json.append("],\"acts\":[");
        for (int a = 1; a <= acts; a++) {
            json.append(a > 1 ? "," : "").append("{\"id\":\"atto-").append(a).append("\",\"kind\":\"altro\",\"title\":\"Atto ")
                    .append(a).append("\",\"approval\":{\"on\":\"2024-03-29\"},\"submission\":{\"due\":{\"on\":\"2024-01-15\"},")
                    .append("\"folder\":\"Programmazione\\\\Atto ").append(a).append("\"}}");
        }
        json.append("]}");
        try {
            return new DirectiveReader().read(new StringReader(json.toString()), "synthetic").directive();
        } catch (InvalidDirectiveException e) {
            throw new IllegalStateException(e);
        }
    }
}
