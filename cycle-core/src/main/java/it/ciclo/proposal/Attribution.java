package it.ciclo.proposal;

import it.ciclo.i18n.Localizable;
import it.ciclo.i18n.Message;
import java.util.Locale;

/** How a proposal's Settore was found. The JSON name is stable. */
public enum Attribution implements Localizable {
    /** The file is in the Settore's own folder. */
    FOLDER("folder"),
    /** The author of the tracked change, mapped to a Settore by the directive. */
    REVISION_AUTHOR("revision-author"),
    /** The author of the comment over the text, mapped to a Settore by the directive. */
    COMMENT_AUTHOR("comment-author"),
    /** The author of the tracked formatting change that made the text red, mapped by the directive. */
    FORMAT_AUTHOR("format-author"),
    /** No Settore could be found: no author recorded, or one the directive does not map. */
    NONE("none");

    private final String jsonName;

    Attribution(String jsonName) {
        this.jsonName = jsonName;
    }

    /** {@return the stable name used in JSON output} */
    public String jsonName() {
        return jsonName;
    }

    @Override
    public String describe(Locale locale) {
        return Message.of("proposal.attribution." + jsonName).render(locale);
    }
}
