/**
 * User-facing text: {@link it.ciclo.i18n.Message} is a message key with its arguments, rendered in
 * Italian (the default) or English from the {@code messages} resource bundles.
 */
package it.ciclo.i18n;
