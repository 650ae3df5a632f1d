package it.ciclo.collect;

import it.ciclo.directive.Act;
import it.ciclo.directive.ActKind;
import it.ciclo.directive.Directive;
import it.ciclo.proposal.AuthorSectors;
import it.ciclo.proposal.RedRule;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code cycle raccogli} gathers and how: the directive's {@code collect} settings (see
 * {@code docs/directive-format.md}).
 *
 * @param red       which colours are red
 * @param authors   which Settore each author of a shared file belongs to
 * @param proposals where the red-text proposals are
 * @param schede    where the schede are and their template; empty if the directive describes none
 */
public record CollectSettings(RedRule red, AuthorSectors authors, ProposalSettings proposals,
        Optional<SchedaSettings> schede) {

    /**
     * Validates the components, each as described above.
     *
     * @param red which colours are red
     * @param authors which Settore each author of a shared file belongs to
     * @param proposals where the red-text proposals are
     * @param schede where the schede are and their template; empty if the directive describes none
     */
    public CollectSettings {
        Objects.requireNonNull(red, "red");
        Objects.requireNonNull(authors, "authors");
        Objects.requireNonNull(proposals, "proposals");
        Objects.requireNonNull(schede, "schede");
    }

    /**
     * The settings of a directive without {@code collect}: proposals from the files of the DUP and of
     * the Nota di aggiornamento (acts of kind {@code dup} and {@code nota-aggiornamento-dup} that ask
     * for files), the office reds, nobody mapped, no schede.
     *
     * @param directive the directive
     * @return the default settings for {@code directive}
     */
    public static CollectSettings defaults(Directive directive) {
        return new CollectSettings(RedRule.STANDARD, AuthorSectors.none(),
                new ProposalSettings(defaultProposalActs(directive.acts()), ProposalSettings.DUP_LEVELS, Optional.empty()),
                Optional.empty());
    }

    /**
     * Among {@code acts}, those of kind {@code dup} and {@code nota-aggiornamento-dup} that ask for files.
     *
     * @param acts the directive's acts
     * @return the ids of those acts, in {@code acts}' order
     */
    public static List<String> defaultProposalActs(List<Act> acts) {
        return acts.stream()
                .filter(a -> a.kind() == ActKind.DUP || a.kind() == ActKind.DUP_UPDATE)
                .filter(a -> a.submission().isPresent())
                .map(Act::id).toList();
    }
}
