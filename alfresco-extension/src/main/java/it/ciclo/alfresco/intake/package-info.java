/**
 * How a file becomes a submission in Alfresco: the folder rule's action ({@link
 * it.ciclo.alfresco.intake.SubmissionIntake}) marks a document that arrives below a Settore's folder of
 * an act, and {@link it.ciclo.alfresco.intake.ReviewLauncher} starts its review once the upload has
 * committed, so that a failing review never costs the staff member their file.
 */
package it.ciclo.alfresco.intake;
