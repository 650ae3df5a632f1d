/**
 * The messages ({@link it.ciclo.remind.mail.Letters}) and where they go: an SMTP server with
 * STARTTLS or SMTPS and a login ({@link it.ciclo.remind.mail.SmtpOutbox}), or {@code .eml} files for a
 * dry run ({@link it.ciclo.remind.mail.EmlOutbox}).
 */
package it.ciclo.remind.mail;
