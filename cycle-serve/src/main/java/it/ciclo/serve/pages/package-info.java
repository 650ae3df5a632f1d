/**
 * The pages of {@code cycle serve}: what each shows ({@link it.ciclo.serve.pages.Views}, plain records
 * in one language) and the FreeMarker templates that place it, escaping everything
 * ({@link it.ciclo.serve.pages.Pages}).
 */
package it.ciclo.serve.pages;
