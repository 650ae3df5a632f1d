/**
 * The directive format: JSON read strictly (unknown keys, duplicate keys, bad dates and dangling
 * references are refused), every problem reported with file, line, column, JSON path and what was
 * expected. See {@code docs/directive-format.md}.
 */
package it.ciclo.format;
