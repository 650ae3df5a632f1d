package it.ciclo.directive;

import it.ciclo.i18n.Localizable;
import it.ciclo.i18n.Message;
import java.util.Locale;

/**
 * Which act of the cycle an act is, when the law says something about it. The checks use it for
 * statutory deadlines and the legal order of acts; {@link #OTHER} opts out of both.
 */
public enum ActKind implements Localizable {
    /** Documento Unico di Programmazione (TUEL art. 170 c.1). */
    DUP("dup"),
    /** Nota di aggiornamento al DUP (TUEL art. 170 c.1). */
    DUP_UPDATE("nota-aggiornamento-dup"),
    /** Bilancio di previsione (TUEL art. 151 c.1). */
    BUDGET("bilancio"),
    /** Piano Esecutivo di Gestione (TUEL art. 169). */
    PEG("peg"),
    /** Piano Integrato di Attività e Organizzazione (DL 80/2021 art. 6, DM 132/2022). */
    PIAO("piao"),
    /** Interim monitoring report on the PIAO. */
    PIAO_INTERIM_REPORT("report-intermedio-piao"),
    /** Final report on the PIAO, on which the Relazione sulla performance is built. */
    PIAO_FINAL_REPORT("report-finale-piao"),
    /** Relazione sulla performance (D.Lgs. 150/2009 art. 10 c.1 lett. b). */
    PERFORMANCE_REPORT("relazione-performance"),
    /** Rendiconto della gestione (TUEL art. 227 c.2). */
    FINAL_ACCOUNTS("rendiconto"),
    /** Salvaguardia degli equilibri e assestamento (TUEL art. 193, 175 c.8). */
    BUDGET_ADJUSTMENT("assestamento"),
    /** Any other act: no statutory rule is checked. */
    OTHER("altro");

    private final String jsonName;

    ActKind(String jsonName) {
        this.jsonName = jsonName;
    }

    /** {@return the name used in the directive format} */
    public String jsonName() {
        return jsonName;
    }

    /**
     * The kind named {@code name} in the directive format, or null.
     *
     * @param name the name
     * @return the kind named {@code name} in the directive format, or null
     */
    public static ActKind fromJsonName(String name) {
        for (ActKind k : values()) {
            if (k.jsonName.equals(name)) {
                return k;
            }
        }
        return null;
    }

    @Override
    public String describe(Locale locale) {
        return Message.of("act.kind." + jsonName).render(locale);
    }
}
