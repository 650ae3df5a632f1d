/**
 * The objective tree of the cycle, as other systems can reuse it: the DUP's indirizzi strategici,
 * obiettivi strategici and obiettivi operativi ({@link it.ciclo.objective.Objective}), the PEG's
 * actions assigned to a Settore ({@link it.ciclo.objective.Action}) under them, and the PIAO's
 * indicators ({@link it.ciclo.objective.Indicator}) of each action. Immutable values; a
 * {@link it.ciclo.objective.ObjectiveTree.Builder} grows a tree from the headings of the DUP files
 * and the rows of the schede.
 */
package it.ciclo.objective;
