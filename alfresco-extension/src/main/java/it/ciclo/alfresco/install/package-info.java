/**
 * What the module sets up in the repository: once at installation ({@link
 * it.ciclo.alfresco.install.ModuleInstall}: groups, programming root, rule) and at every start when it
 * changed ({@link it.ciclo.alfresco.install.ReviewWorkflowDeployment}: the review process).
 */
package it.ciclo.alfresco.install;
