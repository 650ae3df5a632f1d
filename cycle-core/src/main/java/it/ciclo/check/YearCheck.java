package it.ciclo.check;

import it.ciclo.directive.Act;
import it.ciclo.directive.Cycle;
import it.ciclo.directive.ReportingPeriod;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code year-mismatch}: years and trienniums written in titles, texts, instructions and folder names
 * that do not fit the cycle (for a triennium) or, in a report, the period it reports on (for a single
 * year). Dates ({@code 31/05/2024}), act numbers ({@code n. 216/2023}) and "since" years
 * ({@code dal 2021}) are not years of the cycle and are skipped. A wrong folder is an error, since
 * files would go to the wrong place; a wrong text is a warning.
 */
final class YearCheck implements Check {

    private static final Pattern NOT_A_YEAR = Pattern.compile(
            "\\b\\d{1,2}[/.\\-]\\d{1,2}[/.\\-](?:19|20)\\d{2}\\b"          // a date
            + "|\\bn\\.\\s*\\d+\\s*/\\s*(?:19|20)\\d{2}\\b"               // an act number, n. 216/2023
            + "|\\b(?:dal|dall'anno|since)\\s+(?:19|20)\\d{2}\\b",        // since a year
            Pattern.CASE_INSENSITIVE);
    // Digits, not word boundaries, delimit years: folder names glue them to underscores (E_PEG 2024_2026).
    private static final Pattern RANGE = Pattern.compile("(?<![0-9])((?:19|20)\\d{2})\\s*[-_–/]\\s*((?:19|20)\\d{2})(?![0-9])");
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)\\d{2})(?![0-9])");

    @Override
    public void run(CheckSubject s, List<Finding> findings) {
        Cycle cycle = s.directive().cycle();
        int issued = s.directive().issued().on().getYear();
        scan(s, findings, null, "$.title", s.directive().title(), cycle, issued, null, false);
        for (Act act : s.directive().acts()) {
            String at = s.path(act);
            ReportingPeriod period = act.reports().orElse(null);
            scan(s, findings, act, at + ".title", act.title(), cycle, issued, period, false);
            scan(s, findings, act, at + ".text", act.text(), cycle, issued, period, false);
            act.submission().ifPresent(sub -> {
                scan(s, findings, act, at + ".submission.folder", sub.folder(), cycle, issued, period, true);
                scan(s, findings, act, at + ".submission.instructions", sub.instructions(), cycle, issued, period, false);
            });
        }
    }

    private void scan(CheckSubject s, List<Finding> findings, Act act, String path, String text, Cycle cycle,
            int issuedYear, ReportingPeriod period, boolean folder) {
        String rest = blank(NOT_A_YEAR.matcher(text));
        Severity severity = folder ? Severity.ERROR : Severity.WARNING;
        Set<String> reported = new LinkedHashSet<>();
        Matcher range = RANGE.matcher(rest);
        while (range.find()) {
            int from = Integer.parseInt(range.group(1));
            int to = Integer.parseInt(range.group(2));
            boolean isTriennium = to > from && to - from <= 5;
            if (isTriennium && (from != cycle.firstYear() || to != cycle.lastYear()) && reported.add(range.group())) {
                findings.add(s.finding(FindingCode.YEAR_MISMATCH, severity, act, path,
                        folder ? "check.year.range.folder" : "check.year.range", range.group(), cycle.label()));
            }
        }
        Matcher single = YEAR.matcher(blank(RANGE.matcher(rest)));
        while (single.find()) {
            int year = Integer.parseInt(single.group(1));
            String token = single.group(1);
            if (period != null) {
                if (!period.touchesYear(year) && reported.add(token)) {
                    findings.add(s.finding(FindingCode.YEAR_MISMATCH, severity, act, path, "check.year.period",
                            token, period.from(), period.to()));
                }
            } else if ((year < issuedYear || year > cycle.lastYear()) && reported.add(token)) {
                findings.add(s.finding(FindingCode.YEAR_MISMATCH, severity, act, path, "check.year.single",
                        token, cycle.label()));
            }
        }
    }

    /** The text with every match replaced by spaces, so that positions and word boundaries stay. */
    private static String blank(Matcher m) {
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, " ".repeat(m.group().length()));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
