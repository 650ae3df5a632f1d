/**
 * The {@code cycle} command: reads a directive and prints its calendar or its findings, in text,
 * JSON or iCalendar. Exit codes: 0 fine, 1 findings of severity error, 2 unusable input.
 */
package it.ciclo.cli;
