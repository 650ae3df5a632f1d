package it.ciclo.it.acs;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One real Share 23.8 for the whole test run (the Share kit beside the project, {@code ../shared/share}),
 * with the share-ui module installed, on its own home and port, talking to the run's {@link AcsServer}
 * (which starts ACS with Share's repository services). Started by the first test that asks, stopped
 * when the run ends.
 */
public final class ShareServer implements AutoCloseable {

    private final KitScript script;
    private final Map<String, String> env;
    private final int port;

    private ShareServer(KitScript script, Map<String, String> env, int port) {
        this.script = script;
        this.env = env;
        this.port = port;
    }

    static ShareServer startForTests(AcsServer acs) {
        int port = Integer.parseInt(AcsServer.property("ciclo.share.port"));
        KitScript script = new KitScript(Path.of(AcsServer.property("ciclo.share.kit")).resolve("share.sh"), "share",
                Path.of("target", "acs-logs"), "-Dciclo.share.kit=DIR");
        Map<String, String> env = Map.of("SHARE_HOME", AcsServer.property("ciclo.share.home"), "SHARE_PORT", Integer.toString(port),
                "ACS_URL", acs.url(), "SHARE_MVN", AcsServer.property("ciclo.maven"), "SHARE_START_TIMEOUT", "420");
        AcsKit.workAroundKitDefect();
        script.run(Duration.ofMinutes(10), env, "setup");
        List<String> start = List.of("start", "--module", AcsServer.property("ciclo.share.jar"));
        script.run(Duration.ofMinutes(8), env, start.toArray(String[]::new));
        return new ShareServer(script, env, port);
    }

    /** Share's address, e.g. {@code http://127.0.0.1:18081/share}. */
    public String url() {
        return "http://127.0.0.1:" + port + "/share";
    }

    @Override
    public void close() {
        script.run(Duration.ofMinutes(3), env, "stop");
    }
}
