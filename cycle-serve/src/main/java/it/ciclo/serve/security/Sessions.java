package it.ciclo.serve.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sessions of the people using the pages: an id of 256 random bits in a cookie ({@code HttpOnly},
 * {@code SameSite=Strict}, {@code Secure} over HTTPS) and, on the server, who logged in and the
 * session's CSRF token, which every form carries back. A session ends after {@link #IDLE} without
 * use, or {@link #LONGEST} after it began, or at logout; logging in always starts a new one (no
 * session fixation). Kept in memory: a restart logs everybody out.
 */
public final class Sessions {

    public static final String COOKIE = "ciclo_sessione";
    static final Duration IDLE = Duration.ofMinutes(30);
    static final Duration LONGEST = Duration.ofHours(10);

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    public Sessions(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * One session.
     *
     * @param id    what the cookie carries
     * @param csrf  the token forms carry back
     * @param user  who logged in; empty before the login
     * @param began when it began
     * @param used  when it was last used
     */
    public record Session(String id, String csrf, Optional<String> user, Instant began, Instant used) {
    }

    /** The session {@code id} names, if it is still alive; marks it used. */
    public Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Session s = sessions.get(id);
        if (s == null) {
            return Optional.empty();
        }
        if (!s.used().plus(IDLE).isAfter(now) || !s.began().plus(LONGEST).isAfter(now)) {
            sessions.remove(id);
            return Optional.empty();
        }
        Session touched = new Session(s.id(), s.csrf(), s.user(), s.began(), now);
        sessions.put(id, touched);
        return Optional.of(touched);
    }

    /** A new session nobody is logged in to (for the login form's CSRF token). */
    public Session anonymous() {
        return start(Optional.empty());
    }

    /** A new session for {@code user}; the one it replaces, if any, ends. */
    public Session login(String user, Optional<String> replacing) {
        replacing.ifPresent(sessions::remove);
        return start(Optional.of(user));
    }

    /** Ends session {@code id}. */
    public void logout(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    private Session start(Optional<String> user) {
        sweep();
        Instant now = clock.instant();
        Session s = new Session(token(), token(), user, now, now);
        sessions.put(s.id(), s);
        return s;
    }

    /** Forgets the sessions that have ended, so that the map does not grow. */
    private void sweep() {
        Instant now = clock.instant();
        sessions.values().removeIf(s -> !s.used().plus(IDLE).isAfter(now) || !s.began().plus(LONGEST).isAfter(now));
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * The session's CSRF token as a page carries it: different in every page (a random pad, then the
     * token XORed with the pad), so that a compressed page never reveals it to someone who can see its
     * size and put words into it (BREACH).
     */
    public String masked(Session session) {
        byte[] token = Base64.getUrlDecoder().decode(session.csrf());
        byte[] pad = new byte[token.length];
        random.nextBytes(pad);
        byte[] out = new byte[token.length * 2];
        for (int i = 0; i < token.length; i++) {
            out[i] = pad[i];
            out[token.length + i] = (byte) (pad[i] ^ token[i]);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    }

    /** Whether {@code given}, as a page carried it back, is {@code session}'s token; in a time that does not depend on where they differ. */
    public static boolean carries(Session session, String given) {
        byte[] token = Base64.getUrlDecoder().decode(session.csrf());
        byte[] masked;
        try {
            masked = Base64.getUrlDecoder().decode(given == null ? "" : given);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (masked.length != token.length * 2) {
            return false;
        }
        byte[] unmasked = new byte[token.length];
        for (int i = 0; i < token.length; i++) {
            unmasked[i] = (byte) (masked[i] ^ masked[token.length + i]);
        }
        return java.security.MessageDigest.isEqual(token, unmasked);
    }
}
