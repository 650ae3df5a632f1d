package it.ciclo.serve;

import it.ciclo.directive.Directive;
import it.ciclo.i18n.Bundles;
import it.ciclo.office.calendar.CalendarIcs;
import it.ciclo.office.calendar.Revisions;
import it.ciclo.office.sheet.BoardSheet;
import it.ciclo.office.sheet.FindingsSheet;
import it.ciclo.office.sheet.Sheet;
import it.ciclo.office.sheet.SheetCsv;
import it.ciclo.office.sheet.SheetXlsx;
import it.ciclo.office.sheet.StatusColours;
import it.ciclo.register.EventRecorded;
import it.ciclo.register.EventRegister;
import it.ciclo.register.RegisterEntry;
import it.ciclo.serve.pages.Head;
import it.ciclo.serve.pages.PageText;
import it.ciclo.serve.pages.Pages;
import it.ciclo.serve.pages.Views;
import it.ciclo.serve.security.Sessions;
import it.ciclo.serve.security.Throttle;
import it.ciclo.serve.security.Users;
import it.ciclo.serve.snapshot.Lookout;
import it.ciclo.serve.snapshot.Snapshot;
import it.ciclo.serve.web.Exchange;
import it.ciclo.serve.web.HttpError;
import it.ciclo.serve.web.Router;
import it.ciclo.store.StoreException;
import it.ciclo.submission.SubmissionStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.HttpHeader;

/**
 * The pages and files of {@code cycle serve}, and who may do what on them: anybody on the network
 * the server listens to reads the board, the acts, the Settori, the register's history, the check
 * and the calendar; recording or undoing an event needs a login, and every form carries the
 * session's CSRF token and must come from this site. What is the same for every reader (the pages
 * without a login, the calendar, the downloads) is made once per snapshot and language.
 */
public final class Site {

    /** The language cookie, set by {@code ?lang=}. */
    static final String LANG = "ciclo_lingua";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Lookout lookout;
    private final Pages pages;
    private final Users users;
    private final Sessions sessions;
    private final Throttle throttle;
    private final Clock clock;
    private final Duration every;
    private final int reminderDays;
    private final java.util.function.Consumer<String> log;
    private final Map<String, byte[]> made = new ConcurrentHashMap<>();
    private volatile long madeFor = -1;

    /**
     * @param every        how often the lookout looks, for the pages' words
     * @param reminderDays the calendar's default reminder, in days before each deadline
     * @param log          the server's log, told of every internal error
     */
    public Site(Lookout lookout, Pages pages, Users users, Sessions sessions, Throttle throttle, Clock clock, Duration every,
            int reminderDays, java.util.function.Consumer<String> log) {
        this.lookout = lookout;
        this.pages = pages;
        this.users = users;
        this.sessions = sessions;
        this.throttle = throttle;
        this.clock = clock;
        this.every = every;
        this.reminderDays = reminderDays;
        this.log = log;
    }

    /** The routes, for the server. */
    public Router router(boolean secure) {
        return new Router(secure).errors(this::error)
                .failures((where, e) -> {
                    StringWriter trace = new StringWriter();
                    e.printStackTrace(new java.io.PrintWriter(trace));
                    log.accept("errore interno su " + where + ": " + trace);
                })
                .get("/", this::board)
                .get("/atto/{id}", this::act)
                .get("/settore/{id}", this::sector)
                .get("/eventi", this::events)
                .post("/eventi", this::record)
                .post("/eventi/annulla", this::undo)
                .get("/accesso", this::loginForm)
                .post("/accesso", this::login)
                .post("/uscita", this::logout)
                .get("/calendario", this::calendarPage)
                .get("/calendario.ics", this::calendar)
                .get("/controllo", this::check)
                .get("/tabellone.csv", x -> sheet(x, "tabellone", true, false))
                .get("/tabellone.xlsx", x -> sheet(x, "tabellone", true, true))
                .get("/controllo.csv", x -> sheet(x, "controllo", false, false))
                .get("/controllo.xlsx", x -> sheet(x, "controllo", false, true))
                .get("/stato.json", this::state)
                .get("/static/ciclo.css", this::css)
                .get("/static/ciclo.js", x -> asset(x, "ciclo.js", "text/javascript; charset=utf-8"));
    }

    // ---- pages ------------------------------------------------------------------------------------

    private void board(Exchange x) throws HttpError {
        page(x, "board", "title.board", "board", (s, v) -> Map.of("view", v.board()));
    }

    private void act(Exchange x) throws HttpError {
        Snapshot s = snapshot();
        Locale locale = locale(x);
        Views.ActView view = new Views(s, locale, lookout.archive()).act(x.path("id")).orElseThrow(() -> new HttpError(404, "error.notFound"));
        page(x, "act", view.title(), "board", (snap, v) -> Map.of("view", view));
    }

    private void sector(Exchange x) throws HttpError {
        Snapshot s = snapshot();
        Views.SectorView view = new Views(s, locale(x), lookout.archive()).sector(x.path("id"))
                .orElseThrow(() -> new HttpError(404, "error.notFound"));
        page(x, "sector", view.name(), "board", (snap, v) -> Map.of("view", view));
    }

    private void check(Exchange x) throws HttpError {
        page(x, "check", "title.check", "check", (s, v) -> Map.of("findings", v.findings()));
    }

    private void calendarPage(Exchange x) throws HttpError {
        page(x, "calendar", "title.calendar", "calendar", (s, v) -> Map.of("feed", x.origin() + "/calendario.ics"));
    }

    private void events(Exchange x) throws HttpError {
        eventsPage(x, 200, null, Map.of("event", "", "date", "", "decree", "", "gazette", ""));
    }

    private void eventsPage(Exchange x, int status, String error, Map<String, String> form) throws HttpError {
        Snapshot s = snapshot();
        Locale locale = locale(x);
        PageText text = new PageText(locale);
        Map<String, Object> model = new HashMap<>();
        model.put("view", new Views(s, locale, lookout.archive()).events());
        model.put("form", form);
        model.put("noUsers", users.isEmpty());
        if (error != null) {
            model.put("error", error);
        }
        x.query("registrata").flatMap(n -> entry(s.register(), n)).ifPresent(e -> model.put("message",
                e instanceof EventRecorded r ? text.get("events.recorded", r.number(), label(s, r.eventId()),
                        it.ciclo.i18n.Message.date(r.date(), locale)) : text.get("events.undone", e.number())));
        Optional<Sessions.Session> session = session(x);
        x.html(status, pages.render("events", with(model, head(x, s, session, text.get("title.events"), "events")), locale));
    }

    private static Optional<RegisterEntry> entry(EventRegister register, String number) {
        try {
            int n = Integer.parseInt(number);
            return n >= 1 && n <= register.entries().size() ? Optional.of(register.entries().get(n - 1)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String label(Snapshot s, String eventId) {
        return Optional.ofNullable(s.document().directive().events().get(eventId)).map(e -> e.label()).orElse(eventId);
    }

    /** What a page adds to the model, from the snapshot and its views. */
    @FunctionalInterface
    private interface Model {
        Map<String, Object> of(Snapshot snapshot, Views views);
    }

    /**
     * Page {@code template}; for a reader who is not logged in, made once per snapshot and language.
     *
     * @param title a key of the pages' bundle, or the title itself
     */
    private void page(Exchange x, String template, String title, String active, Model model) throws HttpError {
        Snapshot s = snapshot();
        Locale locale = locale(x);
        Optional<Sessions.Session> session = session(x);
        if (session.isEmpty()) {
            String key = template + "|" + title + "|" + locale.getLanguage() + "|" + x.origin();
            byte[] page = made(s, key, () -> pages.render(template, with(model.of(s, new Views(s, locale, lookout.archive())),
                    head(x, s, session, titled(title, locale), active)), locale).getBytes(StandardCharsets.UTF_8));
            x.header("Cache-Control", "no-store");
            x.send(200, "text/html; charset=utf-8", page);
            return;
        }
        x.html(200, pages.render(template, with(model.of(s, new Views(s, locale, lookout.archive())),
                head(x, s, session, titled(title, locale), active)), locale));
    }

    private static String titled(String title, Locale locale) {
        PageText text = new PageText(locale);
        return title.startsWith("title.") ? text.get(title) : title;
    }

    private static Map<String, Object> with(Map<String, Object> model, Head head) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("head", head);
        return all;
    }

    private Head head(Exchange x, Snapshot s, Optional<Sessions.Session> session, String title, String active) {
        Locale locale = locale(x);
        PageText text = new PageText(locale);
        Directive d = s.document().directive();
        ZoneId zone = d.calendar().zone();
        LocalDate day = LocalDate.ofInstant(s.at(), zone);
        String looked = s.at().atZone(zone).format(DateTimeFormatter.ofPattern(
                day.equals(LocalDate.now(clock.withZone(zone))) ? "HH:mm" : Bundles.isEnglish(locale) ? "yyyy-MM-dd HH:mm" : "dd/MM/yyyy HH:mm"));
        String often = every.toSeconds() % 60 == 0 ? text.get("head.every.minutes", every.toMinutes())
                : text.get("head.every.seconds", every.toSeconds());
        boolean english = Bundles.isEnglish(locale);
        return new Head(english ? "en" : "it", title, active, session.flatMap(Sessions.Session::user).orElse(null),
                session.map(sessions::masked).orElse(null), looked, often,
                s.problem().map(p -> p.describe(locale)).orElse(null), s.number(), d.id(), lookout.archive().location(),
                english ? "it" : "en");
    }

    // ---- logging in and out -------------------------------------------------------------------------

    private void loginForm(Exchange x) throws HttpError {
        Sessions.Session session = session(x).orElseGet(() -> {
            Sessions.Session fresh = sessions.anonymous();
            x.setCookie(Sessions.COOKIE, fresh.id(), -1);
            return fresh;
        });
        loginPage(x, 200, session, null, "", x.query("dopo").orElse("/"));
    }

    private void loginPage(Exchange x, int status, Sessions.Session session, String error, String name, String after) throws HttpError {
        Snapshot s = snapshot();
        Locale locale = locale(x);
        Map<String, Object> model = new HashMap<>();
        model.put("csrf", sessions.masked(session));
        model.put("name", name);
        model.put("after", local(after));
        model.put("noUsers", users.isEmpty());
        if (error != null) {
            model.put("error", error);
        }
        x.html(status, pages.render("login", with(model, head(x, s, Optional.of(session).filter(z -> z.user().isPresent()),
                new PageText(locale).get("title.login"), "")), locale));
    }

    private void login(Exchange x) throws HttpError {
        Sessions.Session session = guarded(x);
        String name = x.form("name").strip();
        String password = x.form("password");
        String after = local(x.form("dopo"));
        PageText text = new PageText(locale(x));
        Duration wait = throttle.wait(name, x.remoteAddress());
        if (!wait.isZero()) {
            loginPage(x, 429, session, text.get("login.throttled", Math.max(1, (wait.toSeconds() + 59) / 60)), name, after);
            return;
        }
        Optional<String> user = name.length() <= 64 && password.length() <= 200 ? users.check(name, password) : Optional.empty();
        if (user.isEmpty()) {
            throttle.failed(name, x.remoteAddress());
            loginPage(x, 401, session, text.get("login.wrong"), name, after);
            return;
        }
        throttle.succeeded(name);
        Sessions.Session logged = sessions.login(user.get(), Optional.of(session.id()));
        x.setCookie(Sessions.COOKIE, logged.id(), -1);
        x.redirect(after);
    }

    private void logout(Exchange x) throws HttpError {
        Sessions.Session session = guarded(x);
        sessions.logout(session.id());
        x.setCookie(Sessions.COOKIE, "", 0);
        x.redirect("/");
    }

    /** {@code path} if it is a path on this site, else the board: a login never sends anyone elsewhere. */
    private static String local(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\") ? path : "/";
    }

    // ---- the events register --------------------------------------------------------------------------

    private void record(Exchange x) throws Exception {
        Sessions.Session session = loggedIn(x);
        Snapshot s = snapshot();
        PageText text = new PageText(locale(x));
        String event = x.form("event");
        Map<String, String> form = Map.of("event", event, "date", x.form("date"), "decree", cut(x.form("decree")),
                "gazette", cut(x.form("gazette")));
        if (!s.document().directive().events().containsKey(event)) {
            eventsPage(x, 400, text.get("events.error.event"), form);
            return;
        }
        Optional<LocalDate> date = date(x.form("date"));
        if (date.isEmpty()) {
            eventsPage(x, 400, text.get("events.error.date"), form);
            return;
        }
        String user = session.user().orElseThrow();
        changeRegister(x, form, register -> register.record(event, date.get(), user, clock.instant(), form.get("decree"),
                form.get("gazette")));
    }

    private void undo(Exchange x) throws Exception {
        Sessions.Session session = loggedIn(x);
        String event = x.form("event");
        String reason = cut(x.form("reason"));
        if (snapshot().register().inForce(event).isEmpty()) {
            eventsPage(x, 400, new PageText(locale(x)).get("events.error.nothingToUndo"), Map.of("event", "", "date", "", "decree", "",
                    "gazette", ""));
            return;
        }
        changeRegister(x, Map.of("event", "", "date", "", "decree", "", "gazette", ""),
                register -> register.undo(event, session.user().orElseThrow(), clock.instant(), reason));
    }

    /** How a form changes the register. */
    @FunctionalInterface
    private interface RegisterChange {
        EventRegister apply(EventRegister register);
    }

    private void changeRegister(Exchange x, Map<String, String> form, RegisterChange change) throws Exception {
        EventRegister updated;
        try {
            updated = lookout.withRegister((store, register) -> {
                EventRegister next = change.apply(register);
                store.save(register, next);
                return next;
            });
        } catch (StoreException e) {
            eventsPage(x, 409, new PageText(locale(x)).get("events.error.store", e.render(locale(x))), form);
            return;
        } catch (IllegalStateException e) {
            eventsPage(x, 400, new PageText(locale(x)).get("events.error.nothingToUndo"), form);
            return;
        }
        x.redirect("/eventi?registrata=" + updated.entries().size());
    }

    private static String cut(String text) {
        String stripped = text.strip().replaceAll("\\p{Cntrl}", " ");
        return stripped.length() > 300 ? stripped.substring(0, 300) : stripped;
    }

    /** A date as the browser's date field sends it (yyyy-mm-dd), or as an Italian writes it (dd/mm/yyyy). */
    static Optional<LocalDate> date(String text) {
        for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("dd/MM/uuuu"))) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), f.withResolverStyle(java.time.format.ResolverStyle.STRICT)));
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        return Optional.empty();
    }

    // ---- files ------------------------------------------------------------------------------------------

    private void calendar(Exchange x) throws HttpError {
        Snapshot s = snapshot();
        // ?lang= chooses the calendar's language only: a calendar program's request is not a reader choosing the pages'.
        Locale locale = x.query("lang").map(l -> l.startsWith("en") ? Locale.ENGLISH : Locale.ITALIAN).orElseGet(() -> locale(x));
        int days = x.query("promemoria").map(Site::days).orElse(reminderDays);
        byte[] ics = made(s, "ics|" + locale.getLanguage() + "|" + days, () -> {
            StringWriter out = new StringWriter();
            try {
                new CalendarIcs(locale, days).write(s.schedule(), Revisions.of(s.document().directive(), s.register()), s.changed(), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString().getBytes(StandardCharsets.UTF_8);
        });
        String etag = "\"" + digest(ics) + "\"";
        if (x.header(HttpHeader.IF_NONE_MATCH).filter(etag::equals).isPresent()) {
            x.notModified(etag);
            return;
        }
        x.header("ETag", etag);
        x.header("Cache-Control", "no-cache");
        x.header("Content-Disposition", "inline; filename=\"ciclo.ics\"");
        x.send(200, "text/calendar; charset=utf-8", ics);
    }

    private static int days(String text) {
        try {
            int n = Integer.parseInt(text);
            return n < 0 || n > 60 ? 3 : n;
        } catch (NumberFormatException e) {
            return 3;
        }
    }

    private void sheet(Exchange x, String name, boolean board, boolean xlsx) throws HttpError {
        Snapshot s = snapshot();
        Locale locale = locale(x);
        byte[] bytes = made(s, name + "|" + xlsx + "|" + locale.getLanguage(), () -> {
            Sheet sheet = board ? BoardSheet.of(s.board(), locale) : FindingsSheet.of(s.document(), s.findings(), locale);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                if (xlsx) {
                    new SheetXlsx(locale).write(sheet, out);
                } else {
                    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    new SheetCsv(locale).write(sheet, w);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        });
        String file = name + "-" + s.board().asOf() + (xlsx ? ".xlsx" : ".csv");
        x.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        x.header("Cache-Control", "no-cache");
        x.send(200, xlsx ? XLSX : "text/csv; charset=utf-8", bytes);
    }

    private void state(Exchange x) throws HttpError {
        Snapshot s = snapshot();
        String json = "{\"scan\":" + s.number() + ",\"at\":\"" + s.at() + "\",\"scans\":" + lookout.scans()
                + ",\"tookMillis\":" + s.took().toMillis() + ",\"problem\":" + s.problem().isPresent() + "}";
        x.header("Cache-Control", "no-store");
        x.send(200, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private void css(Exchange x) {
        StringBuilder css = new StringBuilder(new String(resource("ciclo.css"), StandardCharsets.UTF_8));
        for (SubmissionStatus status : SubmissionStatus.values()) {
            css.append(".s-").append(status.jsonName()).append("{background:#").append(StatusColours.of(status)).append("}\n");
        }
        x.header("Cache-Control", "max-age=300");
        x.send(200, "text/css; charset=utf-8", css.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void asset(Exchange x, String name, String type) {
        x.header("Cache-Control", "max-age=300");
        x.send(200, type, resource(name));
    }

    private static byte[] resource(String name) {
        try (InputStream in = Site.class.getResourceAsStream("/it/ciclo/serve/static/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- sessions, languages, errors ----------------------------------------------------------------

    private Optional<Sessions.Session> session(Exchange x) {
        return x.cookie(Sessions.COOKIE).flatMap(sessions::find);
    }

    /**
     * The session a form was posted in, if the form is this site's: it comes from this site's own
     * origin (when the browser says where from) and carries the session's CSRF token.
     */
    private Sessions.Session guarded(Exchange x) throws HttpError {
        String origin = x.header(HttpHeader.ORIGIN).orElse(null);
        if (origin == null) {
            origin = x.header(HttpHeader.REFERER).map(Site::originOf).orElse(null);
        }
        if (origin != null && !origin.equals(x.origin())) {
            throw new HttpError(403, "error.csrf");
        }
        Sessions.Session session = session(x).orElseThrow(() -> new HttpError(403, "error.csrf"));
        if (!Sessions.carries(session, x.form("_csrf"))) {
            throw new HttpError(403, "error.csrf");
        }
        return session;
    }

    private Sessions.Session loggedIn(Exchange x) throws HttpError {
        Sessions.Session session = guarded(x);
        if (session.user().isEmpty()) {
            throw new HttpError(403, "error.forbidden");
        }
        return session;
    }

    private static String originOf(String url) {
        try {
            URI u = new URI(url);
            return u.getScheme() + "://" + u.getRawAuthority();
        } catch (java.net.URISyntaxException e) {
            return "invalid";
        }
    }

    /** {@code ?lang=} (remembered in a cookie), else the cookie, else the browser's languages, else Italian. */
    Locale locale(Exchange x) {
        Optional<String> asked = x.query("lang").filter(l -> l.equals("it") || l.equals("en"));
        if (asked.isPresent()) {
            x.setCookie(LANG, asked.get(), 365L * 24 * 3600);
            return asked.get().equals("en") ? Locale.ENGLISH : Locale.ITALIAN;
        }
        Optional<String> kept = x.cookie(LANG).filter(l -> l.equals("it") || l.equals("en"));
        if (kept.isPresent()) {
            return kept.get().equals("en") ? Locale.ENGLISH : Locale.ITALIAN;
        }
        // The browser's languages, best first; without the header, Italian (not this machine's language).
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(x.header(HttpHeader.ACCEPT_LANGUAGE).orElse("it"));
        } catch (IllegalArgumentException e) {
            return Locale.ITALIAN;
        }
        for (Locale.LanguageRange r : ranges) {
            if (r.getWeight() > 0 && r.getRange().startsWith("it")) {
                return Locale.ITALIAN;
            }
            if (r.getWeight() > 0 && r.getRange().startsWith("en")) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ITALIAN;
    }

    private void error(Exchange x, HttpError e) {
        Snapshot s = lookout.current();
        Locale locale = locale(x);
        PageText text = new PageText(locale);
        if (s == null) {
            x.send(e.status(), "text/plain; charset=utf-8", text.get(e.key()).getBytes(StandardCharsets.UTF_8));
            return;
        }
        Map<String, Object> model = Map.of("status", e.status(), "message", text.get(e.key()));
        x.html(e.status(), pages.render("error", with(model, head(x, s, session(x), text.get("title.error"), "")), locale));
    }

    private Snapshot snapshot() throws HttpError {
        Snapshot s = lookout.current();
        if (s == null) {
            throw new HttpError(503, "error.notReady");
        }
        return s;
    }

    /** What {@code make} makes for {@code key}, made once per snapshot. */
    private byte[] made(Snapshot s, String key, java.util.function.Supplier<byte[]> make) {
        if (madeFor != s.number()) {
            synchronized (made) {
                if (madeFor != s.number()) {
                    made.clear();
                    madeFor = s.number();
                }
            }
        }
        return made.computeIfAbsent(key, k -> make.get());
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
