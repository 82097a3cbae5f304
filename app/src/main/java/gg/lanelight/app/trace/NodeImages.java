package gg.lanelight.app.trace;

import java.awt.image.BufferedImage;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** Pictures of nodes, made without javafx-swing so they work under Xvfb and Monocle alike. */
public final class NodeImages {

    private NodeImages() {}

    /** A picture of {@code node} with a transparent background. JavaFX thread only (the snapshot is made there). */
    public static BufferedImage of(Node node) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        WritableImage snapshot = node.snapshot(parameters, null);

        int width = (int) snapshot.getWidth();
        int height = (int) snapshot.getHeight();
        int[] argb = new int[width * height];
        snapshot.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);

        BufferedImage image = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        return image;
    }
}
