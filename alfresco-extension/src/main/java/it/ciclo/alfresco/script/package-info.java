/**
 * JavaScript shipped on the module's classpath and handed to Alfresco's script-running beans as
 * text: the only Alfresco-specific code of the workflow (writing {@code cyc:} properties on the
 * document) lives in those scripts, not in Java.
 */
package it.ciclo.alfresco.script;
