package it.ciclo.layout;

import it.ciclo.i18n.Message;
import java.util.Objects;

/**
 * Why a directive's folders cannot be laid out in a store.
 *
 * @param jsonPath where in the directive the offending folder is written ({@code $.acts[2].submission.folder})
 * @param message  what is wrong
 */
public record LayoutProblem(String jsonPath, Message message) {

    /**
     * Validates the components, each as described above.
     *
     * @param jsonPath where in the directive the offending folder is written ({@code $.acts[2].submission.folder})
     * @param message what is wrong
     */
    public LayoutProblem {
        Objects.requireNonNull(jsonPath, "jsonPath");
        Objects.requireNonNull(message, "message");
    }
}
