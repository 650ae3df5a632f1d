package it.ciclo.format;

import it.ciclo.collect.CollectSettings;
import it.ciclo.collect.ProposalSettings;
import it.ciclo.collect.SchedaSettings;
import it.ciclo.directive.Act;
import it.ciclo.directive.Sector;
import it.ciclo.i18n.Message;
import it.ciclo.objective.ObjectiveKey;
import it.ciclo.proposal.AuthorSectors;
import it.ciclo.proposal.RedRule;
import it.ciclo.scheda.SchedaColumn;
import it.ciclo.scheda.SchedaTemplate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the directive's {@code collect} object: what {@code cycle raccogli} gathers (see
 * {@code docs/directive-format.md}). Kept apart from the rest of the reader, on the same
 * {@link DirectiveReader.Walk}, so that every problem is located the same way.
 */
final class CollectReading {

    private static final Pattern COLOUR = Pattern.compile("#?[0-9A-Fa-f]{6}");

    private final DirectiveReader.Walk walk;

    CollectReading(DirectiveReader.Walk walk) {
        this.walk = walk;
    }

    /**
     * The settings written in {@code n}, checked against the acts and sectors read (either may be
     * null when they had problems of their own; references to them are then not checked).
     *
     * @return the settings, or null if {@code n} has problems (recorded on the walk)
     */
    CollectSettings read(JsonNode n, List<Act> acts, List<Sector> sectors) {
        JsonWalk.Fields f = walk.fields(n, "red", "authors", "proposals", "schede");
        if (f == null) {
            return null;
        }
        int before = walk.problemCount();
        RedRule red = f.optional("red", this::red).orElse(RedRule.STANDARD);
        AuthorSectors authors = f.optional("authors", v -> authors(v, sectors)).orElse(AuthorSectors.none());
        List<String> defaultActs = acts == null ? List.of() : CollectSettings.defaultProposalActs(acts);
        ProposalSettings proposals = f.optional("proposals", v -> proposals(v, acts, defaultActs))
                .orElse(new ProposalSettings(defaultActs, ProposalSettings.DUP_LEVELS, Optional.empty()));
        Optional<SchedaSettings> schede = f.optional("schede", v -> schede(v, acts));
        if (walk.problemCount() > before) {
            return null;
        }
        return new CollectSettings(red, authors, proposals, schede);
    }

    private RedRule red(JsonNode n) {
        JsonWalk.Fields f = walk.fields(n, "colours", "similar");
        if (f == null) {
            return null;
        }
        List<String> colours = f.optional("colours", v -> walk.list(v, this::colour)).orElse(RedRule.OFFICE_REDS);
        boolean similar = f.optional("similar", walk::bool).orElse(true);
        return colours == null ? null : new RedRule(colours, similar);
    }

    private String colour(JsonNode n) {
        String s = walk.string(n);
        if (s != null && !COLOUR.matcher(s).matches()) {
            walk.problem(n.location(), "format.collect.colour", s);
            return null;
        }
        return s == null ? null : s.replace("#", "").toUpperCase(Locale.ROOT);
    }

    private AuthorSectors authors(JsonNode n, List<Sector> sectors) {
        if (!(n instanceof JsonNode.Obj o)) {
            walk.problem(n.location(), "format.type", Message.of("type.object"));
            return null;
        }
        Map<String, String> mapped = new LinkedHashMap<>();
        Map<String, String> firstByKey = new HashMap<>();
        o.members().forEach((author, value) -> {
            if (author.isBlank()) {
                walk.problem(o.keys().get(author), "format.collect.author.blank");
                return;
            }
            String sector = walk.id(value);
            if (sector == null) {
                return;
            }
            if (sectors != null && sectors.stream().noneMatch(s -> s.id().equals(sector))) {
                walk.problem(value.location(), "format.collect.unknownSector", sector,
                        sectors.isEmpty() ? "—" : String.join(", ", sectors.stream().map(Sector::id).toList()));
                return;
            }
            String key = author.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
            String first = firstByKey.putIfAbsent(key, author);
            if (first != null && !mapped.get(first).equals(sector)) {
                walk.problem(o.keys().get(author), "format.collect.author.twice", author, first, mapped.get(first));
                return;
            }
            mapped.put(author, sector);
        });
        return AuthorSectors.of(mapped);
    }

    private ProposalSettings proposals(JsonNode n, List<Act> acts, List<String> defaultActs) {
        JsonWalk.Fields f = walk.fields(n, "acts", "levels", "templates");
        if (f == null) {
            return null;
        }
        List<String> ids = f.optional("acts", v -> actIds(v, acts)).orElse(defaultActs);
        List<String> levels = f.optional("levels", this::levels).orElse(ProposalSettings.DUP_LEVELS);
        Optional<String> templates = f.optional("templates", walk::folderPath);
        return ids == null || levels == null ? null : new ProposalSettings(ids, levels, templates);
    }

    private List<String> levels(JsonNode n) {
        List<String> levels = walk.list(n, this::nonBlank);
        if (levels != null && (levels.isEmpty() || levels.size() > ProposalSettings.DUP_LEVELS.size())) {
            walk.problem(n.location(), "format.collect.levels", ProposalSettings.DUP_LEVELS.size());
            return null;
        }
        return levels;
    }

    private SchedaSettings schede(JsonNode n, List<Act> acts) {
        JsonWalk.Fields f = walk.fields(n, "acts", "sheet", "headerRow", "columns");
        if (f == null) {
            return null;
        }
        List<String> ids = f.required("acts", v -> actIds(v, acts));
        Optional<String> sheet = f.optional("sheet", this::nonBlank);
        int headerRow = f.optional("headerRow", v -> walk.integer(v, 1, 1000)).orElse(1);
        Map<SchedaColumn, String> columns = f.required("columns", this::columns);
        return ids == null || columns == null ? null : new SchedaSettings(ids, new SchedaTemplate(sheet, headerRow, columns));
    }

    private Map<SchedaColumn, String> columns(JsonNode n) {
        List<String> names = Arrays.stream(SchedaColumn.values()).map(SchedaColumn::jsonName).toList();
        JsonWalk.Fields f = walk.fields(n, names.toArray(String[]::new));
        if (f == null) {
            return null;
        }
        int before = walk.problemCount();
        Map<SchedaColumn, String> columns = new EnumMap<>(SchedaColumn.class);
        Map<String, String> byHeader = new HashMap<>();
        for (SchedaColumn column : SchedaColumn.values()) {
            Optional<String> header = column.required()
                    ? Optional.ofNullable(f.required(column.jsonName(), this::nonBlank))
                    : f.optional(column.jsonName(), this::nonBlank);
            header.ifPresent(h -> {
                String other = byHeader.putIfAbsent(ObjectiveKey.reduce(h), column.jsonName());
                if (other != null) {
                    walk.problem(f.obj.members().get(column.jsonName()).location(), "format.collect.headerRepeated", h, other);
                } else {
                    columns.put(column, h);
                }
            });
        }
        return walk.problemCount() > before ? null : columns;
    }

    /** A list of act ids, each declared and asking for files (so that it has a folder). */
    private List<String> actIds(JsonNode n, List<Act> acts) {
        return walk.list(n, v -> {
            String id = walk.id(v);
            if (id == null || acts == null) {
                return id;
            }
            Optional<Act> act = acts.stream().filter(a -> a.id().equals(id)).findFirst();
            if (act.isEmpty()) {
                walk.problem(v.location(), "format.ref.unknownAct", id,
                        acts.isEmpty() ? "—" : String.join(", ", acts.stream().map(Act::id).toList()));
                return null;
            }
            if (act.get().submission().isEmpty()) {
                walk.problem(v.location(), "format.collect.noFolder", id);
                return null;
            }
            return id;
        });
    }

    private String nonBlank(JsonNode n) {
        String s = walk.string(n);
        if (s != null && s.isBlank()) {
            walk.problem(n.location(), "format.collect.blank");
            return null;
        }
        return s;
    }
}
