/**
 * The layout: which folders of a store a directive implies, and how names written in the directive
 * are matched against names found in the store.
 *
 * <p>Each act with a submission has its act folder ({@code submission.folder}, relative to the
 * store's root; written the Windows way or not, see {@link it.ciclo.layout.FolderPath}). Inside it,
 * each sector of the directive has its sector folder (the sector's {@code folder}); the files in a
 * sector folder are that sector's submission for the act, and the files directly in the act folder
 * are the office's templates. A <em>shared</em> act ({@code "shared": true}) has no sector folders:
 * its files, directly in the act folder, are edited by everybody. Acts whose folders are the same
 * folder share it: the files in it count for each of them. Names match when they are equal after
 * Unicode NFC normalisation, and optionally when they differ only in case ({@link NameMatch}).
 * {@link it.ciclo.layout.Provisioner} creates the folders a directive implies.
 */
package it.ciclo.layout;
