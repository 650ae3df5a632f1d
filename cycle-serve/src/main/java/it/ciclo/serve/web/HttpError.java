package it.ciclo.serve.web;

/** An answer other than the page asked for: not found, forbidden, too many attempts, ... with the page's key of text. */
public final class HttpError extends Exception {

    private final int status;
    private final String key;

    /**
     * @param status the HTTP status
     * @param key    the key of the text that explains it, in the pages' bundle
     */
    public HttpError(int status, String key) {
        super(status + " " + key, null, false, false);
        this.status = status;
        this.key = key;
    }

    public int status() {
        return status;
    }

    public String key() {
        return key;
    }
}
