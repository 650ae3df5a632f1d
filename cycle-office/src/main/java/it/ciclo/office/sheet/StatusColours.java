package it.ciclo.office.sheet;

import it.ciclo.submission.SubmissionStatus;
import java.util.Objects;

/**
 * The board's colour for each submission status, as {@code RRGGBB}: the same in the workbook, on
 * the pages of {@code cycle serve} and on the HTML board, so that a colour means one thing wherever
 * the office meets it. Light enough to print and to read black text on.
 */
public final class StatusColours {

    private StatusColours() {
    }

    /** The colour of {@code status}, {@code RRGGBB} without {@code #}. */
    public static String of(SubmissionStatus status) {
        return switch (Objects.requireNonNull(status, "status")) {
            case MISSING -> "E8EEF5";
            case OVERDUE -> "F4B6B0";
            case SUBMITTED -> "BFE3BF";
            case SUBMITTED_LATE -> "F7D9A0";
            case IN_REVIEW -> "BCD6F2";
            case CHANGES_REQUESTED -> "DCC6EE";
            case APPROVED -> "8FCF8F";
            case WITHDRAWN -> "DDDDDD";
        };
    }
}
