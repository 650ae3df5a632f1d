package it.ciclo.proposal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which font colours count as red. A colour is red when it is one of {@link #colours()}, or, with
 * {@link #similar()}, when it is a strong red: hue within 10° of pure red, saturation at least 70%,
 * brightness at least 45% (HSV). The similar rule takes the reds a person picks by eye from "more
 * colours" and leaves out pinks, oranges and browns.
 *
 * @param colours the colours that count, as six hexadecimal digits, upper case, without {@code #}
 * @param similar whether strong reds not in the list count too
 */
public record RedRule(List<String> colours, boolean similar) {

    // Before the constants below: their construction uses it.
    private static final Pattern RGB = Pattern.compile("[0-9A-F]{6}");

    /**
     * The reds Word and LibreOffice offer: Word's Red ({@code FF0000}) and Dark Red ({@code C00000});
     * LibreOffice's Red, Light Red 1, Dark Red 1, 2 (its default font colour) and 3 ({@code FF0000},
     * {@code FF3838}, {@code F10D0C}, {@code C9211E}, {@code 8D281E}) and the older palette's Dark Red
     * ({@code 800000}).
     */
    public static final List<String> OFFICE_REDS = List.of("FF0000", "C00000", "FF3838", "F10D0C", "C9211E", "8D281E", "800000");

    /** The office reds, and strong reds like them. */
    public static final RedRule STANDARD = new RedRule(OFFICE_REDS, true);

    /**
     * Validates the components, each as described above; the colours are taken in upper case.
     *
     * @param colours the colours that count, as six hexadecimal digits, without {@code #}
     * @param similar whether strong reds not in the list count too
     * @throws IllegalArgumentException if a colour is not six hexadecimal digits
     */
    public RedRule {
        colours = Objects.requireNonNull(colours, "colours").stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
        for (String c : colours) {
            if (!RGB.matcher(c).matches()) {
                throw new IllegalArgumentException("not a colour (six hexadecimal digits): " + c);
            }
        }
    }

    /**
     * Whether {@code colour} counts as red.
     *
     * @param colour a font colour, as six hexadecimal digits; empty for automatic
     * @return whether {@code colour} counts as red; never for automatic
     */
    public boolean isRed(Optional<String> colour) {
        return colour.isPresent() && isRed(colour.get());
    }

    /**
     * Whether {@code colour} counts as red.
     *
     * @param colour a font colour, as six hexadecimal digits, either case
     * @return whether {@code colour} counts as red
     */
    public boolean isRed(String colour) {
        String c = colour.toUpperCase(Locale.ROOT);
        return colours.contains(c) || similar && isStrongRed(Integer.parseInt(c, 16));
    }

    private static boolean isStrongRed(int rgb) {
        double r = (rgb >> 16 & 0xFF) / 255.0;
        double g = (rgb >> 8 & 0xFF) / 255.0;
        double b = (rgb & 0xFF) / 255.0;
        double max = Math.max(r, Math.max(g, b));
        double min = Math.min(r, Math.min(g, b));
        if (max != r || max == 0 || max == min) {
            return false;
        }
        double saturation = (max - min) / max;
        double hue = 60 * ((g - b) / (max - min));
        return Math.abs(hue) <= 10 && saturation >= 0.70 && max >= 0.45;
    }
}
