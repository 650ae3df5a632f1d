/**
 * Reminders by e-mail to the Settori that have not handed in: which are due on a day
 * ({@link it.ciclo.remind.Planner}), and a run that sends each once
 * ({@link it.ciclo.remind.ReminderRun}); the messages and the SMTP server in
 * {@link it.ciclo.remind.mail}, what was sent in {@link it.ciclo.remind.ledger}.
 */
package it.ciclo.remind;
