/**
 * The qualified names of the module's content model ({@code cyc:}) and task model ({@code cycwf:}),
 * as Alfresco's Java API needs them.
 */
package it.ciclo.alfresco.model;
