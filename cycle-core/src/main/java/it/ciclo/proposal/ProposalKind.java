package it.ciclo.proposal;

import it.ciclo.i18n.Localizable;
import it.ciclo.i18n.Message;
import java.util.Locale;

/** How a Settore marked a proposal. The JSON name is stable. */
public enum ProposalKind implements Localizable {
    /** Text written in red, as the directive asks. */
    RED_TEXT("red-text"),
    /** Text added with revision marks on (a tracked insertion). */
    INSERTION("insertion"),
    /** Text deleted with revision marks on (a tracked deletion): a proposal to remove it. */
    DELETION("deletion");

    private final String jsonName;

    ProposalKind(String jsonName) {
        this.jsonName = jsonName;
    }

    /** {@return the stable name used in JSON output} */
    public String jsonName() {
        return jsonName;
    }

    @Override
    public String describe(Locale locale) {
        return Message.of("proposal.kind." + jsonName).render(locale);
    }
}
