/**
 * The submission review workflow's logic: when the review is due ({@link
 * it.ciclo.alfresco.review.ReviewSettings}, on the Comune's office calendar), what a reviewer's
 * decision does ({@link it.ciclo.alfresco.review.ReviewDecision}) and what the author's does
 * ({@link it.ciclo.alfresco.review.RevisionDecision}). The beans are registered in ACS's
 * {@code activitiBeanRegistry} and called from {@code submission-review.bpmn20.xml} by
 * {@code delegateExpression}; they read and write the process variables named in {@link
 * it.ciclo.alfresco.review.ReviewVariables}.
 */
package it.ciclo.alfresco.review;
