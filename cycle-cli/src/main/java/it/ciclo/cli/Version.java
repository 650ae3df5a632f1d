package it.ciclo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version the build wrote ({@code version.properties}, filtered by Maven with the project's
 * version), and the Java it runs on: what to quote when asking for help.
 */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"cycle " + number(), "Java " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vendor") + ")"};
    }

    /** The version of this build, e.g. {@code 0.1.0}. */
    static String number() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing: the build writes it");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }
}
