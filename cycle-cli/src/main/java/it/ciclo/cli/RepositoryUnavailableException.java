package it.ciclo.cli;

/**
 * The repository (or the mail server) could not be reached (connection refused, timeouts, 503 after
 * the retries), or another run is busy with the same work: the input may be fine, so this exits with
 * its own code ({@link CycleCommand#REPOSITORY_UNAVAILABLE}) for a scheduler to retry later. The
 * message is already in the user's language.
 */
final class RepositoryUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    RepositoryUnavailableException(String message) {
        super(message, null, false, false);
    }
}
