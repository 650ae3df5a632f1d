package it.ciclo.alfresco.review;

import it.ciclo.calendar.CalendarSpec;
import it.ciclo.calendar.OfficeCalendar;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the review runs in this Comune: who reviews, who is escalated to, how many office working
 * days a review round may take, and on which calendar they are counted. Immutable; built once
 * from the module's properties ({@code ciclo.review.*}, {@code ciclo.calendar.*}) and shared by the
 * workflow's delegates.
 *
 * <p>The BPMN reads the groups through JUEL, which needs JavaBean getters: hence
 * {@link #getReviewerGroup()} and {@link #getEscalationGroup()} rather than record-style names.
 */
public final class ReviewSettings {

    private static final String GROUP_PREFIX = "GROUP_";

    private final String reviewerGroup;
    private final String escalationGroup;
    private final int reviewWorkingDays;
    private final OfficeCalendar calendar;
    private final ZoneId zone;

    private ReviewSettings(String reviewerGroup, String escalationGroup, int reviewWorkingDays,
                           OfficeCalendar calendar, ZoneId zone) {
        this.reviewerGroup = reviewerGroup;
        this.escalationGroup = escalationGroup;
        this.reviewWorkingDays = reviewWorkingDays;
        this.calendar = calendar;
        this.zone = zone;
    }

    /**
     * Settings from typed values.
     *
     * @param reviewerGroup     the reviewers' authority name, e.g. {@code GROUP_CicloProgrammazione}
     * @param escalationGroup   the escalation group's authority name, e.g. {@code GROUP_CicloSegreteria}
     * @param reviewWorkingDays how many working days after a (re)submission the reviewers have, at least 1
     * @param calendar          the office calendar the days are counted on
     * @param zone              the Comune's time zone, where a day starts and ends
     * @throws IllegalArgumentException if a group is not a group authority name, if both are the
     *                                  same group, or if {@code reviewWorkingDays < 1}
     */
    public static ReviewSettings of(String reviewerGroup, String escalationGroup, int reviewWorkingDays,
                                    OfficeCalendar calendar, ZoneId zone) {
        requireGroup(reviewerGroup, "reviewerGroup");
        requireGroup(escalationGroup, "escalationGroup");
        if (reviewerGroup.equals(escalationGroup)) {
            throw new IllegalArgumentException("the escalation group must differ from the reviewers' group, both are "
                    + reviewerGroup);
        }
        if (reviewWorkingDays < 1) {
            throw new IllegalArgumentException("reviewWorkingDays must be at least 1, was " + reviewWorkingDays);
        }
        return new ReviewSettings(reviewerGroup, escalationGroup, reviewWorkingDays,
                Objects.requireNonNull(calendar, "calendar"), Objects.requireNonNull(zone, "zone"));
    }

    /**
     * Settings from the text of the module's properties, as Spring passes them.
     *
     * @param patronSaint the patron saint's day as {@code MM-DD} (e.g. {@code 12-07}), or blank for none
     * @param closures    office closures as ISO dates separated by commas, or blank for none
     * @param zone        a time zone id, e.g. {@code Europe/Rome}
     * @throws IllegalArgumentException if a value cannot be read; the message names the value
     * @see #of(String, String, int, OfficeCalendar, ZoneId)
     */
    public static ReviewSettings fromProperties(String reviewerGroup, String escalationGroup, int reviewWorkingDays,
                                                String patronSaint, String closures, String zone) {
        Objects.requireNonNull(patronSaint, "patronSaint");
        Objects.requireNonNull(closures, "closures");
        Objects.requireNonNull(zone, "zone");
        CalendarSpec spec = new CalendarSpec(CalendarSpec.ITALY, parsePatronSaint(patronSaint.strip()),
                parseClosures(closures));
        try {
            return of(reviewerGroup, escalationGroup, reviewWorkingDays, OfficeCalendar.of(spec), ZoneId.of(zone.strip()));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("ciclo.calendar.zone: not a time zone id: \"" + zone + "\"", e);
        }
    }

    /** The reviewers' group authority name. */
    public String getReviewerGroup() {
        return reviewerGroup;
    }

    /** The group a review goes to when its deadline passes. */
    public String getEscalationGroup() {
        return escalationGroup;
    }

    /** How many working days a review round may take. */
    public int reviewWorkingDays() {
        return reviewWorkingDays;
    }

    /** The office calendar the review's days are counted on. */
    public OfficeCalendar calendar() {
        return calendar;
    }

    /** The Comune's time zone. */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The last day of a review round that starts on {@code startedOn}: {@link #reviewWorkingDays()}
     * working days later, but no later than the working day before the act's approval (the Giunta
     * needs the file by then), and never earlier than the first working day after {@code startedOn}.
     *
     * @param approvalDueDate when the act must be approved, or null if not known
     */
    public LocalDate reviewDueDate(LocalDate startedOn, LocalDate approvalDueDate) {
        Objects.requireNonNull(startedOn, "startedOn");
        LocalDate due = calendar.plusWorkingDays(startedOn, reviewWorkingDays);
        if (approvalDueDate == null) {
            return due;
        }
        LocalDate cap = calendar.minusWorkingDays(approvalDueDate, 1);
        LocalDate earliest = calendar.plusWorkingDays(startedOn, 1);
        if (cap.isBefore(earliest)) {
            return earliest;
        }
        return cap.isBefore(due) ? cap : due;
    }

    /**
     * When a review due on {@code reviewDueDate} escalates: at the start of the next day in the
     * Comune's zone, so that the whole due day belongs to the reviewers. The BPMN's boundary timer
     * calls this with the {@code cycwf_reviewDueDate} variable.
     */
    public Date escalationTime(Date reviewDueDate) {
        Objects.requireNonNull(reviewDueDate, "reviewDueDate");
        return Date.from(localDate(reviewDueDate).plusDays(1).atStartOfDay(zone).toInstant());
    }

    /**
     * Whether a file handed in at {@code submittedOn} is late for {@code submissionDue}: it arrived on a
     * later day, in the Comune's zone. Never late when there is no deadline.
     *
     * @param submissionDue the internal deadline, or null
     */
    public boolean isLate(Date submittedOn, Date submissionDue) {
        Objects.requireNonNull(submittedOn, "submittedOn");
        return submissionDue != null && localDate(submittedOn).isAfter(localDate(submissionDue));
    }

    /** The day {@code date} falls on in the Comune's zone. */
    public LocalDate localDate(Date date) {
        return LocalDate.ofInstant(Objects.requireNonNull(date, "date").toInstant(), zone);
    }

    /** The day {@code instant} falls on in the Comune's zone. */
    public LocalDate localDate(Instant instant) {
        return LocalDate.ofInstant(Objects.requireNonNull(instant, "instant"), zone);
    }

    /** {@code day} as Alfresco stores a {@code d:date}: its start in the Comune's zone. */
    public Date date(LocalDate day) {
        return Date.from(Objects.requireNonNull(day, "day").atStartOfDay(zone).toInstant());
    }

    private static void requireGroup(String group, String name) {
        Objects.requireNonNull(group, name);
        if (!group.startsWith(GROUP_PREFIX) || group.length() == GROUP_PREFIX.length()) {
            throw new IllegalArgumentException(name + ": a group authority name starts with " + GROUP_PREFIX
                    + ", was \"" + group + "\"");
        }
    }

    private static Optional<MonthDay> parsePatronSaint(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(MonthDay.parse("--" + text));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("ciclo.calendar.patronSaint: expected MM-DD, e.g. 12-07, was \""
                    + text + "\"", e);
        }
    }

    private static List<LocalDate> parseClosures(String text) {
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(ReviewSettings::parseClosure)
                .toList();
    }

    private static LocalDate parseClosure(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("ciclo.calendar.closures: expected ISO dates (2026-08-14), was \""
                    + text + "\"", e);
        }
    }

    @Override
    public String toString() {
        return "ReviewSettings[reviewers=" + reviewerGroup + ", escalation=" + escalationGroup + ", days="
                + reviewWorkingDays + ", " + calendar + ", " + zone + "]";
    }
}
