package it.ciclo.remind;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay between the reminders and a real SMTP server, which can stop the conversation at an
 * exact point so that a test can kill the sending process there: before the n-th message begins
 * (between two sends), or after the n-th message was handed to the server but before the server's
 * "accepted" reaches the sender (the one window in which a crash leaves a message delivered but not
 * recorded). Bytes pass unchanged; only their timing is held.
 */
final class SmtpRelay implements AutoCloseable {

    private final int target;
    private final ServerSocket listener;
    private final AtomicInteger begun = new AtomicInteger();
    private final AtomicInteger handedOver = new AtomicInteger();
    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile int holdBefore = -1;
    private volatile int holdReplyAfter = -1;
    private volatile boolean holdingReplies;

    SmtpRelay(int target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::accept, "smtp-relay");
        accept.setDaemon(true);
        accept.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Holds the sender when it begins its {@code n}-th message (MAIL FROM), until {@link #release()}. */
    SmtpRelay holdBeforeMessage(int n) {
        holdBefore = n;
        return this;
    }

    /** Holds the server's answer to the end of the {@code n}-th message (its "250 OK"), until {@link #release()}. */
    SmtpRelay holdReplyAfterMessage(int n) {
        holdReplyAfter = n;
        return this;
    }

    boolean awaitHeld(Duration timeout) throws InterruptedException {
        return held.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    void release() {
        released.countDown();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                daemon(() -> fromClient(client, server));
                daemon(() -> fromServer(server, client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void fromClient(Socket client, Socket server) {
        try (InputStream in = client.getInputStream(); OutputStream out = server.getOutputStream()) {
            boolean data = false;
            for (byte[] line = line(in); line != null; line = line(in)) {
                String text = new String(line, StandardCharsets.ISO_8859_1);
                if (!data && text.toUpperCase(Locale.ROOT).startsWith("MAIL FROM") && begun.incrementAndGet() == holdBefore) {
                    hold();
                }
                out.write(line);
                out.flush();
                if (!data && text.toUpperCase(Locale.ROOT).startsWith("DATA")) {
                    data = true;
                } else if (data && text.equals(".\r\n")) {
                    data = false;
                    if (handedOver.incrementAndGet() == holdReplyAfter) {
                        holdingReplies = true;
                    }
                }
            }
        } catch (IOException e) {
            closeQuietly(server);
        }
    }

    private void fromServer(Socket server, Socket client) {
        try (InputStream in = server.getInputStream(); OutputStream out = client.getOutputStream()) {
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (holdingReplies) {
                    hold();
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            closeQuietly(client);
        }
    }

    private void hold() {
        held.countDown();
        try {
            released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        holdingReplies = false;
    }

    private static byte[] line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            line.write(b);
            if (b == '\n') {
                return line.toByteArray();
            }
        }
        return line.size() == 0 ? null : line.toByteArray();
    }

    private static void daemon(Runnable r) {
        Thread t = new Thread(r, "smtp-relay-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // Already closed by the other side.
        }
    }

    @Override
    public void close() throws IOException {
        released.countDown();
        listener.close();
    }
}
