/**
 * The office calendar of a Comune: national holidays (from jollyday's Italian list, including
 * 4 October from 2026), the patron saint's day, the office closures, working days and the
 * conventions that move a deadline off a day it may not fall on ({@link it.ciclo.calendar.Roll}).
 */
package it.ciclo.calendar;
