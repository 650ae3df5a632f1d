package it.ciclo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import it.ciclo.cmis.server.CmisTestServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cycle serve} as the office starts it: the command in a process of its own, on a shared
 * folder and on a CMIS repository, the password of the repository from the environment; and the
 * options it refuses before listening.
 */
class ServeCommandTest {

    private static final String PASSWORD = "una-password-lunga";

    @TempDir
    Path dir;

    private Process child;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws Exception {
        if (child != null) {
            child.destroy();
            child.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void servesASharedFolderAndSeesNewFilesAtTheNextLook() throws Exception {
        Path store = Files.createDirectories(dir.resolve("archivio"));
        assertThat(Run.of("init", Run.SEED.toString(), "--store", store.toString()).code()).isZero();
        Path users = dir.resolve("utenti.txt");
        Path password = Files.writeString(dir.resolve("password"), PASSWORD + "\n");
        Run added = Run.of("utenti", "aggiungi", users.toString(), "mario.rossi", "--password-file", password.toString());
        assertThat(added.out()).contains("Utente mario.rossi aggiunto");
        assertThat(Files.readString(users)).contains("mario.rossi:$argon2id$").doesNotContain(PASSWORD);

        URI site = serve(Map.of(), "serve", Run.SEED.toString(), "--store", store.toString(), "--port", "0", "--rescan", "5s",
                "--users", users.toString());
        assertThat(site.getHost()).isEqualTo("127.0.0.1");
        assertThat(lines).noneMatch(l -> l.contains("Nessun utente"));
        HttpClient http = HttpClient.newHttpClient();
        assertThat(get(http, site.resolve("/")).body()).contains("Consegne per atto e settore", "Settore Lavori Pubblici");
        Run.file(store, Run.PEG + "/Lavori Pubblici/Azioni nuove.docx", LocalDate.now());
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!get(http, site.resolve("/atto/peg")).body().contains("Azioni nuove.docx")) {
            assertThat(System.nanoTime()).as("the new file shows within a few looks").isLessThan(end);
            Thread.sleep(500);
        }
    }

    @Test
    void servesACmisRepositoryAndKeepsTheRegisterThere() throws Exception {
        try (CmisTestServer cmis = CmisTestServer.start()) {
            String root = "/serve-" + System.nanoTime();
            var session = it.ciclo.cmis.CmisDocumentStore.open(it.ciclo.cmis.CmisSettings.of(cmis.url(), "admin",
                    PASSWORD.toCharArray())).session();
            session.getRootFolder().createFolder(Map.of("cmis:objectTypeId", "cmis:folder", "cmis:name", root.substring(1)));
            Path password = Files.writeString(dir.resolve("password"), PASSWORD + "\n");
            String[] repository = {"--cmis", cmis.url().toString(), "--user", "admin", "--cmis-root", root};
            assertThat(Run.of(concat(new String[] {"init", Run.SEED.toString(), "--password-file", password.toString()}, repository)).code())
                    .isZero();
            Path users = dir.resolve("utenti.txt");
            Run.of("users", "add", users.toString(), "mario.rossi", "--password-file", password.toString());

            URI site = serve(Map.of("CICLO_CMIS_PASSWORD", PASSWORD),
                    concat(new String[] {"serve", Run.SEED.toString(), "--port", "0", "--users", users.toString()}, repository));
            assertThat(lines.stream().collect(Collectors.joining("\n"))).doesNotContain(PASSWORD);
            CookieManager cookies = new CookieManager();
            HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
            assertThat(get(http, site.resolve("/")).body()).contains("Consegne per atto e settore", "PEG - Piano Esecutivo di Gestione");
            String csrf = csrf(get(http, site.resolve("/accesso")).body());
            assertThat(post(http, site, "/accesso", "_csrf", csrf, "name", "mario.rossi", "password", PASSWORD).statusCode()).isEqualTo(303);
            csrf = csrf(get(http, site.resolve("/eventi")).body());
            assertThat(post(http, site, "/eventi", "_csrf", csrf, "event", "bilancio-differito", "date", "2024-03-15",
                    "decree", "DM Interno 22/12/2023").statusCode()).isEqualTo(303);
            assertThat(get(http, site.resolve("/eventi")).body()).contains("DM Interno 22/12/2023", "31/01/2024 → in attesa");

            Run list = Run.of(concat(new String[] {"evento", "elenca", Run.SEED.toString(), "--password-file", password.toString()},
                    repository));
            assertThat(list.out()).as("the register is the repository's, for every command").contains("DM Interno 22/12/2023", "mario.rossi");
            assertThat(Files.exists(Run.SEED.resolveSibling("direttiva-4-2023.eventi.json"))).isFalse();
        }
    }

    @Test
    void refusesWhatItCannotUseBeforeListening() throws Exception {
        Path store = Files.createDirectories(dir.resolve("archivio"));
        Run tooOften = Run.of("serve", Run.SEED.toString(), "--store", store.toString(), "--rescan", "1s");
        assertThat(tooOften.code()).isEqualTo(2);
        assertThat(tooOften.err()).contains("--rescan \"1s\": atteso un intervallo come 30s, 5m o 1h, di almeno 5 secondi");
        Run nowhere = Run.of("serve", Run.SEED.toString(), "--store", store.toString(), "--bind", "non.esiste.invalid");
        assertThat(nowhere.code()).isEqualTo(2);
        assertThat(nowhere.err()).contains("--bind \"non.esiste.invalid\"");
        Path users = Files.writeString(dir.resolve("utenti.txt"), "mario.rossi:password-in-chiaro\n");
        Run badUsers = Run.of("serve", Run.SEED.toString(), "--store", store.toString(), "--users", users.toString());
        assertThat(badUsers.code()).isEqualTo(2);
        assertThat(badUsers.err()).contains(users + ":1: riga non valida");
        Run noStore = Run.of("serve", Run.SEED.toString(), "--store", dir.resolve("manca").toString());
        assertThat(noStore.code()).isEqualTo(2);
        Run shortPassword = Run.of("users", "add", users.toString(), "anna", "--password-file",
                Files.writeString(dir.resolve("corta"), "breve\n").toString());
        assertThat(shortPassword.code()).isEqualTo(2);
        assertThat(shortPassword.err()).contains("almeno 10 caratteri");
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Run busy = Run.of("serve", Run.SEED.toString(), "--store", store.toString(), "--port", Integer.toString(taken.getLocalPort()));
            assertThat(busy.code()).isEqualTo(3);
            assertThat(busy.err()).contains("impossibile mettersi in ascolto su 127.0.0.1:" + taken.getLocalPort());
        }
    }

    /** Starts {@code cycle args} in a process of its own; returns the address it says it serves on. */
    private URI serve(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CycleCommand.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().put("LC_ALL", "C.UTF-8");
        child = builder.start();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (java.io.IOException e) {
                // The process ended.
            }
        });
        reader.setDaemon(true);
        reader.start();
        Pattern started = Pattern.compile("sono su (http://\\S+/) ");
        long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < end) {
            for (String line : lines) {
                Matcher m = started.matcher(line);
                if (m.find()) {
                    return URI.create(m.group(1));
                }
            }
            assertThat(child.isAlive()).as("cycle serve stopped: " + lines).isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError("cycle serve did not start: " + lines);
    }

    private static HttpResponse<String> get(HttpClient http, URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> post(HttpClient http, URI site, String path, String... form) throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < form.length; i += 2) {
            body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(form[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(form[i + 1], StandardCharsets.UTF_8));
        }
        return http.send(HttpRequest.newBuilder(site.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", site.getScheme() + "://" + site.getAuthority())
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("a CSRF token").isTrue();
        return m.group(1);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
