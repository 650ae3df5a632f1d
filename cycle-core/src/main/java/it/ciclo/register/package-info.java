/**
 * The events register: the events that move deadlines (the budget's approval, a deferral decree),
 * recorded once, with who recorded them, when, and the decree and Gazzetta Ufficiale it comes
 * from, kept with the directive so that every command reads them. The register is a history, never
 * rewritten: a later decree is recorded after the earlier one, and the latest record of an event is
 * the one in force; a record made by mistake is undone by a further entry. Its file format is
 * {@link it.ciclo.format.RegisterFormat}; where it is kept, {@link it.ciclo.register.store}.
 */
package it.ciclo.register;
