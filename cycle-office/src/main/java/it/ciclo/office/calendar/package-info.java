/**
 * The deadlines as RFC 5545 iCalendar for Outlook and Thunderbird ({@link it.ciclo.office.calendar.CalendarIcs}),
 * folded by octets ({@link it.ciclo.office.calendar.Folding}), with revisions taken from the events
 * register ({@link it.ciclo.office.calendar.Revisions}) so that a moved deadline is an update.
 */
package it.ciclo.office.calendar;
