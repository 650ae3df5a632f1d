package it.ciclo.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.ciclo.reader.FileProblem;
import it.ciclo.reader.ReadLimits;
import it.ciclo.reader.UnreadableFileException;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The scheda written by LibreOffice as .xlsx and .ods from one source: rows as the cells display them. */
class LibreOfficeSheetsTest {

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "ods"})
    void readsTheNamedSheetAsDisplayedSkippingEmptyAndMergedCells(String format) throws Exception {
        Fixtures.Sheet sheet = Fixtures.sheet(Fixtures.LIBREOFFICE.resolve("schede-piao." + format), Optional.of("schede"));

        assertThat(sheet.name()).isEqualTo("Schede");
        assertThat(sheet.rows()).containsExactly(
                "1: PIAO 2024-2026 – Scheda degli obiettivi di performance",
                "2: Settore: Lavori Pubblici",
                "3: Obiettivo operativo | Azione | Soggetti interni | Soggetti esterni | Indicatore | Baseline | Fonte dei dati"
                        + " | Risultato atteso | Risultato raggiunto | Motivazione dello scostamento",
                "4: 1.1.1 Piste ciclabili | Completamento della pista ciclabile nord | Ufficio tecnico | Regione | Km realizzati | 4"
                        + " | Ufficio tecnico | 10",
                "5:  |  |  |  | Utenti al giorno |  | Contapersone | 200",
                "6: 1.2.1 | Efficientamento della palestra comunale | Ufficio patrimonio | ESCO | Riduzione dei consumi | 0%"
                        + " | Bollette | 20%",
                "7: 1.2.2 | Comunità energetica |  | Cittadini | Adesioni | 0 |  | Migliorare la partecipazione",
                "8: 4.1.1 Manutenzione delle strade | Riasfaltatura | Ufficio tecnico |  | Km riasfaltati | 12 | SIT comunale"
                        + " | 31/12/2025");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "ods"})
    void withoutASheetNameTheFirstSheetIsRead(String format) throws Exception {
        assertThat(Fixtures.sheet(Fixtures.LIBREOFFICE.resolve("schede-piao." + format), Optional.empty()).name())
                .isEqualTo("Istruzioni");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "ods"})
    void aMissingSheetIsRefusedNamingTheSheetsThere(String format) {
        UnreadableFileException e = catchThrowableOfType(UnreadableFileException.class,
                () -> Fixtures.sheet(Fixtures.LIBREOFFICE.resolve("schede-piao." + format), Optional.of("Foglio1")));

        assertThat(e.problem()).isEqualTo(FileProblem.SHEET_MISSING);
        assertThat(e.render(Locale.ITALIAN)).isEqualTo("manca il foglio: non c'è il foglio «Foglio1»; fogli presenti: «Istruzioni», «Schede»");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "ods"})
    void moreRowsThanTheLimitIsRefused(String format) {
        UnreadableFileException e = catchThrowableOfType(UnreadableFileException.class,
                () -> Fixtures.sheet(Fixtures.LIBREOFFICE.resolve("schede-piao." + format), Optional.of("Schede"),
                        new ReadLimits(1 << 20, 1 << 20, 0.01, 5)));

        assertThat(e.problem()).isEqualTo(FileProblem.TOO_LARGE);
        assertThat(e.render(Locale.ENGLISH)).isEqualTo("too large: more than 5 rows with content in the sheet");
    }
}
