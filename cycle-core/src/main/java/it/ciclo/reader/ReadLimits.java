package it.ciclo.reader;

/**
 * How much a reader may take from one file before it refuses it, so that a hostile or broken file
 * costs little time and bounded memory.
 *
 * @param maxFileBytes     the largest file read at all
 * @param maxPartBytes     the largest a compressed part (an XML file inside a .docx, .odt, .xlsx) may
 *                         expand to
 * @param minInflateRatio  the smallest compressed-to-expanded size ratio of a part; below it the part is
 *                         a zip bomb (0.01: a part may expand at most a hundredfold)
 * @param maxRows          the most non-empty rows read from one sheet
 */
public record ReadLimits(long maxFileBytes, long maxPartBytes, double minInflateRatio, int maxRows) {

    /** 50 MB a file, 200 MB a part, expansion up to a hundredfold, 10,000 rows a sheet. */
    public static final ReadLimits STANDARD = new ReadLimits(50L << 20, 200L << 20, 0.01, 10_000);

    /**
     * Validates the components, each as described above.
     *
     * @param maxFileBytes the largest file read at all
     * @param maxPartBytes the largest a compressed part (an XML file inside a .docx, .odt, .xlsx) may
     *                     expand to
     * @param minInflateRatio the smallest compressed-to-expanded size ratio of a part; below it the part is
     *                        a zip bomb (0.01: a part may expand at most a hundredfold)
     * @param maxRows the most non-empty rows read from one sheet
     * @throws IllegalArgumentException if a size or the rows are not positive, or the ratio is not strictly
     *                                  between 0 and 1
     */
    public ReadLimits {
        if (maxFileBytes <= 0 || maxPartBytes <= 0 || maxRows <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (!(minInflateRatio > 0 && minInflateRatio < 1)) {
            throw new IllegalArgumentException("minInflateRatio must be between 0 and 1: " + minInflateRatio);
        }
    }

    /**
     * These limits with {@code bytes} as the largest file.
     *
     * @param bytes the largest file read at all; positive
     * @return these limits with {@code bytes} as the largest file
     */
    public ReadLimits withMaxFileBytes(long bytes) {
        return new ReadLimits(bytes, maxPartBytes, minInflateRatio, maxRows);
    }
}
