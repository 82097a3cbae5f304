package gg.lanelight.demo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/** Checks on the overlay PNGs the app writes with --snapshots. */
final class Snapshots {

    /** Text on a panel gives many shades (anti-aliasing); a blank or single-colour image has one or two. */
    private static final int MINIMUM_COLOURS = 16;

    private Snapshots() {}

    /** The PNGs of one overlay ({@code champ-select}, {@code in-game}, {@code main}), at least one of them. */
    static List<Path> of(Path folder, String overlay) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> pngs = files.filter(f -> f.getFileName().toString().startsWith(overlay + "-"))
                    .filter(f -> f.getFileName().toString().endsWith(".png"))
                    .sorted()
                    .toList();
            assertFalse(pngs.isEmpty(), "no " + overlay + "-*.png in " + folder);
            return pngs;
        }
    }

    /** The file decodes as an image of some size and shows more than a flat fill. */
    static void assertShowsSomething(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, png + " is not a readable image");
        assertTrue(
                image.getWidth() > 10 && image.getHeight() > 10,
                png + " is only " + image.getWidth() + "x" + image.getHeight());

        int colours = distinctColours(image);
        assertTrue(colours >= MINIMUM_COLOURS, png + " has only " + colours + " colours: it looks blank");
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
