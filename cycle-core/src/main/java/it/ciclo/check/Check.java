package it.ciclo.check;

import java.util.List;

/** One kind of check. Implementations are stateless. */
interface Check {

    /** Adds what this check finds in {@code subject} to {@code findings}. */
    void run(CheckSubject subject, List<Finding> findings);
}
