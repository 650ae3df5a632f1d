/**
 * Ciclo inside Alfresco: the Java half of the {@code ciclo-platform} module. The module is mostly
 * resources (content model, task model, BPMN, folder rule, Spring XML); the Java here is what the
 * review workflow runs, compiled against the Activiti 5.23 API and cycle-core only, so that it
 * runs the same inside ACS and on a plain Activiti engine in the tests.
 */
package it.ciclo.alfresco;
