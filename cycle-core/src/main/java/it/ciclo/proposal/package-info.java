/**
 * The proposals the Settori write into the DUP files: text in red, tracked insertions and tracked
 * deletions ({@link it.ciclo.proposal.ProposalKind}), each with its context (heading path, table
 * cell, place in the objective tree) and its author. A {@link it.ciclo.proposal.ProposalExtractor}
 * hears one file through the {@link it.ciclo.reader.MarkedTextHandler} SPI and merges runs into
 * {@link it.ciclo.proposal.Passage}s; a {@link it.ciclo.proposal.TemplateText} drops what only
 * repeats the office's template; {@link it.ciclo.proposal.AuthorSectors} attributes a passage of a
 * shared file to its Settore.
 */
package it.ciclo.proposal;
