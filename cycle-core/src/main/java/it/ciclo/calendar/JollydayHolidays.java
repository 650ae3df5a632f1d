package it.ciclo.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import it.ciclo.i18n.Message;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * National holidays from jollyday's Italian configuration (top level only: the regional capitals'
 * patron days it also lists are not national, and each Comune declares its own). jollyday computes
 * a year at a time; the result is cached because deadline arithmetic asks about the same few
 * years thousands of times.
 */
final class JollydayHolidays implements NationalHolidays {

    static final JollydayHolidays ITALY = new JollydayHolidays(HolidayCalendar.ITALY);

    private final HolidayCalendar country;
    private final Map<Integer, Map<LocalDate, Holiday>> byYear = new ConcurrentHashMap<>();
    private volatile HolidayManager manager;

    private JollydayHolidays(HolidayCalendar country) {
        this.country = country;
    }

    @Override
    public boolean isHoliday(LocalDate date) {
        return year(date).containsKey(date);
    }

    @Override
    public Optional<String> name(LocalDate date, Locale locale) {
        return Optional.ofNullable(year(date).get(date)).map(h -> {
            // jollyday has no Italian names: ours come from the bundle, jollyday's are the fallback.
            String key = "holiday." + h.getPropertiesKey();
            return Message.exists(key, locale) ? Message.of(key).render(locale) : h.getDescription(locale);
        });
    }

    @Override
    public java.util.Set<LocalDate> inYear(int year) {
        return byYear.computeIfAbsent(year, this::load).keySet();
    }

    private Map<LocalDate, Holiday> year(LocalDate date) {
        return byYear.computeIfAbsent(date.getYear(), this::load);
    }

    private Map<LocalDate, Holiday> load(int year) {
        Map<LocalDate, Holiday> holidays = new HashMap<>();
        for (Holiday holiday : manager().getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY)) {
            holidays.put(holiday.getDate(), holiday);
        }
        return Map.copyOf(holidays);
    }

    private HolidayManager manager() {
        HolidayManager m = manager;
        if (m == null) {
            synchronized (this) {
                m = manager;
                if (m == null) {
                    m = HolidayManager.getInstance(ManagerParameters.create(country));
                    manager = m;
                }
            }
        }
        return m;
    }
}
