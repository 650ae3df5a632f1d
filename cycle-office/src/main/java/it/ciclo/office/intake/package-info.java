/**
 * What every file goes through before a parser sees it: a bounded copy to a private temporary file
 * ({@link it.ciclo.office.intake.Spool}), a look at what it really is
 * ({@link it.ciclo.office.intake.Intake}), an inspection of a zip package's parts
 * ({@link it.ciclo.office.intake.ZipInspection}: sizes, expansion ratio, document type declarations,
 * macros) and a hardened XML parser ({@link it.ciclo.office.intake.SafeXml}).
 */
package it.ciclo.office.intake;
