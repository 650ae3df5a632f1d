package it.ciclo.serve;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.component.VTodo;
import it.ciclo.testing.SeedBoard;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cycle serve} over real HTTP on the seed directive: what each page shows, in which language,
 * what it escapes, the downloads and the calendar feed, and who may record an event.
 */
class SiteTest {

    @TempDir
    Path dir;

    private Served served;
    private Http http;

    @BeforeEach
    void start() throws Exception {
        served = Served.with(dir, Files.readString(SeedBoard.SEED, StandardCharsets.UTF_8)
                .replace("\"title\": \"Ciclo di programmazione 2024 - 2026\"", "\"title\": \"Ciclo <script>alert('x')</script> 2024 - 2026\""));
        http = new Http(served);
    }

    @AfterEach
    void stop() throws Exception {
        served.close();
    }

    @Test
    void theBoardShowsEachActAndSectorAndEscapesWhatItShows() throws Exception {
        HttpResponse<String> page = http.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(p -> assertThat(p)
                .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("Server")).isEmpty();
        String html = page.body();
        assertThat(html).contains("<html lang=\"it\">", "Tabellone", "Consegne per atto e settore",
                "href=\"/atto/peg\"", "href=\"/settore/lavori-pubblici\"", "Azioni PEG.docx", "in ritardo, non consegnato",
                "Chi sollecitare", "Scadenze in attesa di un evento", "Errori nella direttiva", "/tabellone.xlsx", "/tabellone.csv");
        assertThat(html).as("a title with markup is shown, not run")
                .contains("Ciclo &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; 2024 - 2026").doesNotContain("<script>alert");
        assertThat(html).contains("Azioni PEG &lt;bozza&gt;.xlsx").doesNotContain("<bozza>");
        assertThat(html).doesNotContain("style=\"", "onclick", "<script>");
    }

    @Test
    void italianFirstEnglishByTheBrowsersLanguage() throws Exception {
        assertThat(http.get("/").body()).contains("Tabellone delle consegne");
        String english = http.get("/", "Accept-Language", "en-GB,en;q=0.9").body();
        assertThat(english).contains("<html lang=\"en\">", "Submissions board", "overdue, not handed in");
        assertThat(http.get("/", "Accept-Language", "de-DE,it;q=0.5").body()).contains("<html lang=\"it\">");
        assertThat(http.get("/?lang=en").body()).contains("Submissions board");
        assertThat(http.get("/").body()).as("?lang= is remembered").contains("Submissions board");
    }

    @Test
    void aPagePerActAndPerSectorWithFileNamesAndFolderLinks() throws Exception {
        String peg = http.get("/atto/peg").body();
        assertThat(peg).contains("PEG - Piano Esecutivo di Gestione 2024-2026", "Consegna interna", "05/10/2023",
                "Approvazione in Giunta", "in attesa", "Settore Affari Generali", "Azioni PEG.docx", "03/10/2023",
                "ATTIVITA&#39; TRASVERSALI\\11_Programmazione e controllo\\E_PEG 2024_2026\\Lavori Pubblici",
                "href=\"file://///server/dati/ATTIVITA%27%20TRASVERSALI/11_Programmazione%20e%20controllo/E_PEG%202024_2026/Affari%20Generali\"",
                "Aggiornare l&#39;elenco delle azioni");
        String sector = http.get("/settore/servizi-finanziari").body();
        assertThat(sector).contains("Settore Servizi Finanziari", "href=\"/atto/nota-dup\"", "in ritardo",
                "nessuno: la direttiva non indica i contatti del settore");
        assertThat(http.get("/atto/nessuno").statusCode()).isEqualTo(404);
        assertThat(http.get("/settore/nessuno").body()).contains("Questa pagina non esiste.");
    }

    @Test
    void aCellNamesItsFirstFilesAndTheActsPageThemAll() throws Exception {
        for (int i = 1; i <= 7; i++) {
            SeedBoard.file(served.store, SeedBoard.PEG + "/Servizi alla Persona/Scheda " + i + ".docx", Served.DAY.minusDays(3));
        }
        served.lookout.refresh();
        String board = http.get("/").body();
        assertThat(board).contains("Scheda 5.docx", "e altri 2 file").doesNotContain("Scheda 6.docx");
        assertThat(http.get("/atto/peg").body()).contains("Scheda 6.docx", "Scheda 7.docx");
    }

    @Test
    void pagesAreCompressedAndTheirTokensMaskedAnewEachTime() throws Exception {
        HttpResponse<byte[]> zipped = http.bytes("/", "Accept-Encoding", "gzip");
        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
        String page = new String(new java.util.zip.GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(page).contains("Consegne per atto e settore");
        String first = Http.csrf(http.get("/accesso").body());
        String second = Http.csrf(http.get("/accesso").body());
        assertThat(first).as("the same session, a different mask").isNotEqualTo(second);
        assertThat(http.post("/accesso", Http.form("_csrf", first, "name", Served.USER, "password", Served.PASSWORD)).statusCode())
                .isEqualTo(303);
    }

    @Test
    void nothingOutsideTheStoreIsEverServed() throws Exception {
        for (String path : List.of("/static/../../../../../etc/passwd", "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                "/static/..%2f..%2f..%2fetc%2fpasswd", "/etc/passwd", "/direttiva.json", "/utenti.txt", "/archivio",
                "/atto/..%2F..%2Fdirettiva.json", "/static/ciclo.css/../../utenti.txt", "/static/Site.class")) {
            HttpResponse<String> r = http.get(path);
            assertThat(r.statusCode()).as(path).isIn(400, 404);
            assertThat(r.body()).as(path).doesNotContain("root:", "argon2", "\"acts\"");
        }
    }

    @Test
    void theDownloadsAreTheOfficeFormats() throws Exception {
        HttpResponse<byte[]> csv = http.bytes("/tabellone.csv");
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .startsWith("attachment;").contains("tabellone-2023-10-10.csv"));
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFCodice atto;Atto;Consegna entro;");
        HttpResponse<byte[]> xlsx = http.bytes("/tabellone.xlsx");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            try (Stream<Row> rows = wb.getFirstSheet().openStream()) {
                assertThat(rows.skip(5).findFirst().orElseThrow().getCell(14).asString()).isEqualTo("Azioni PEG.docx");
            }
        }
        assertThat(new String(http.bytes("/controllo.csv").body(), StandardCharsets.UTF_8)).startsWith("\uFEFFGravità;Codice;")
                .contains("year-mismatch");
        assertThat(http.get("/controllo").body()).contains("Controllo della direttiva", "year-mismatch", "/controllo.xlsx");
    }

    @Test
    void theCalendarFeedIsTheOfficeIcsWithAnEtag() throws Exception {
        HttpResponse<String> feed = http.get("/calendario.ics");
        assertThat(feed.headers().firstValue("Content-Type")).contains("text/calendar; charset=utf-8");
        ICalendar calendar = Biweekly.parse(feed.body()).first();
        assertThat(calendar.getEvents()).extracting(e -> e.getUid().getValue()).contains("direttiva-4-2023.piao.approval@ciclo");
        String etag = feed.headers().firstValue("ETag").orElseThrow();
        assertThat(http.get("/calendario.ics", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(http.get("/calendario.ics?lang=en").body()).contains("Internal deadline: ");
        assertThat(http.get("/calendario").body()).contains(http.origin() + "/calendario.ics", "Da Internet");
    }

    @Test
    void theBoundAddressIsThisMachineOnlyByDefault() throws Exception {
        assertThat(served.server.bound().getAddress().isLoopbackAddress()).isTrue();
        assertThat(ServeSettings.LOOPBACK).isEqualTo("127.0.0.1");
    }

    @Test
    void recordingAnEventNeedsALoginAndThisSitesForm() throws Exception {
        assertThat(http.post("/eventi", Http.form("event", "bilancio-differito", "date", "2024-03-15")).statusCode())
                .as("no session").isEqualTo(403);
        String anonymous = Http.csrf(http.get("/accesso").body());
        HttpResponse<String> notLoggedIn = http.post("/eventi", Http.form("_csrf", anonymous, "event", "bilancio-differito",
                "date", "2024-03-15"));
        assertThat(notLoggedIn.statusCode()).isEqualTo(403);
        assertThat(notLoggedIn.body()).contains("Serve accedere per fare questo.");
        String token = http.login();
        assertThat(http.post("/eventi", Http.form("_csrf", "altro", "event", "bilancio-differito", "date", "2024-03-15"))
                .statusCode()).as("a wrong token").isEqualTo(403);
        assertThat(http.post("/eventi", Http.form("_csrf", token, "event", "bilancio-differito", "date", "2024-03-15"),
                "http://evil.example").statusCode()).as("a form from elsewhere").isEqualTo(403);
        assertThat(Files.exists(served.directive.resolveSibling("direttiva.eventi.json"))).isFalse();
    }

    @Test
    void loggingInStartsANewSessionInAStrictHttpOnlyCookie() throws Exception {
        HttpResponse<String> form = http.get("/accesso");
        assertThat(form.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("ciclo_sessione=")
                .contains("HttpOnly", "SameSite=Strict", "Path=/"));
        String before = http.session().orElseThrow();
        HttpResponse<String> wrong = http.post("/accesso", Http.form("_csrf", Http.csrf(form.body()), "name", Served.USER,
                "password", "sbagliata"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("Utente o password non validi.").doesNotContain("sbagliata");
        http.login();
        assertThat(http.session()).isPresent().get().isNotEqualTo(before);
        String events = http.get("/eventi").body();
        assertThat(events).contains("Accesso: mario.rossi", "id=\"record\"");
        assertThat(http.post("/uscita", Http.form("_csrf", Http.csrf(events))).statusCode()).isEqualTo(303);
        assertThat(http.get("/eventi").body()).doesNotContain("id=\"record\"").contains("Accedere per registrare un evento");
    }

    @Test
    void loginsAreThrottled() throws Exception {
        String token = Http.csrf(http.get("/accesso").body());
        for (int i = 0; i < 5; i++) {
            assertThat(http.post("/accesso", Http.form("_csrf", token, "name", Served.USER, "password", "tentativo" + i)).statusCode())
                    .isEqualTo(401);
        }
        HttpResponse<String> blocked = http.post("/accesso", Http.form("_csrf", token, "name", Served.USER, "password", Served.PASSWORD));
        assertThat(blocked.statusCode()).as("even the right password, for a while").isEqualTo(429);
        assertThat(blocked.body()).contains("Troppi tentativi non riusciti: riprovare tra 15 minuti.");
    }

    @Test
    void aDeferralRecordedOnThePageMovesThePiaoOnTheBoardAndInTheCalendar() throws Exception {
        String token = http.login();
        HttpResponse<String> done = http.post("/eventi", Http.form("_csrf", token, "event", "bilancio-differito", "date", "2024-03-15",
                "decree", "DM Interno 22/12/2023", "gazette", "GU Serie Generale n. 303 del 30/12/2023"));
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(done.headers().firstValue("Location")).contains("/eventi?registrata=1");
        String events = http.get("/eventi?registrata=1").body();
        assertThat(events).contains("Registrato (voce n. 1): il differimento del termine per il bilancio di previsione il 15/03/2024.",
                "DM Interno 22/12/2023", "GU Serie Generale n. 303 del 30/12/2023", "mario.rossi",
                "PIAO – Piano Integrato Attività e Organizzazione 2024-2026 (Giunta): 31/01/2024 → in attesa");
        assertThat(Files.readString(served.directive.resolveSibling("direttiva.eventi.json"))).contains("DM Interno 22/12/2023");
        assertThat(http.get("/atto/piao").body()).contains("id=\"act-approval\"><b>in attesa</b>");
        ICalendar waiting = Biweekly.parse(http.get("/calendario.ics").body()).first();
        assertThat(waiting.getEvents()).extracting(e -> e.getUid().getValue()).doesNotContain("direttiva-4-2023.piao.approval@ciclo");
        VTodo todo = waiting.getTodos().stream().filter(t -> t.getUid().getValue().equals("direttiva-4-2023.piao.approval.pending@ciclo"))
                .findFirst().orElseThrow();
        assertThat(todo.getSequence().getValue()).isEqualTo(1);

        token = Http.csrf(http.get("/eventi").body());
        http.post("/eventi", Http.form("_csrf", token, "event", "bilancio-approvato", "date", "12/03/2024", "decree", "Delibera CC n. 12"));
        assertThat(http.get("/").body()).contains("11/04/2024");
        VEvent piao = Biweekly.parse(http.get("/calendario.ics").body()).first().getEvents().stream()
                .filter(e -> e.getUid().getValue().equals("direttiva-4-2023.piao.approval@ciclo")).findFirst().orElseThrow();
        assertThat(piao.getSequence().getValue()).isEqualTo(2);
        assertThat(piao.getDateStart().getValue().getRawComponents().getMonth()).isEqualTo(4);

        String history = http.get("/eventi").body();
        token = Http.csrf(history);
        assertThat(http.post("/eventi/annulla", Http.form("_csrf", token, "event", "bilancio-approvato", "reason", "per prova"))
                .statusCode()).isEqualTo(303);
        assertThat(http.get("/eventi").body()).contains("annulla la voce n. 2", "per prova");
    }

    @Test
    void theStateSaysWhichLookIsShown() throws Exception {
        String state = http.get("/stato.json").body();
        assertThat(state).startsWith("{\"scan\":1,").contains("\"scans\":1", "\"problem\":false");
    }
}
