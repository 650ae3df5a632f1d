/**
 * Deadline rules and their evaluation. A {@link it.ciclo.deadline.DeadlineRule} says how a date is
 * found (a fixed date, N days or working days from an event or another deadline, the latest or
 * earliest of several, a choice on whether an event happened) and how it rolls off days it may
 * not fall on; a {@link it.ciclo.deadline.Schedule} evaluates every rule of a directive against
 * the {@link it.ciclo.deadline.EventDates} known so far, giving each deadline its nominal and
 * effective date, or saying which events it waits for, with an explanation a person can follow.
 */
package it.ciclo.deadline;
