package gg.lanelight.backend.snapshot;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder of published snapshots. A snapshot is published when its folder (named by its sortable id) holds a
 * manifest.json; folders being built start with a dot and are ignored. Thread-safe.
 */
public final class SnapshotStore {
    static final String MANIFEST = "manifest.json";
    private static final Pattern PUBLISHED_NAME = Pattern.compile("snap-\\d{8}T\\d{9}Z(-\\d+)?");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path directory;

    public SnapshotStore(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    /** The newest published snapshot, or empty when none exists yet (or the folder does not exist). */
    public Optional<PublishedSnapshot> newest() throws IOException {
        List<Path> published = published();
        if (published.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(open(published.get(published.size() - 1)));
    }

    /**
     * The published snapshots before the newest, newest first; one whose manifest cannot be read is left out (a
     * server falls back to these only while it serves nothing).
     */
    public List<PublishedSnapshot> olderNewestFirst() {
        List<PublishedSnapshot> older = new ArrayList<>();
        try {
            List<Path> published = published();
            for (int index = published.size() - 2; index >= 0; index--) {
                try {
                    older.add(open(published.get(index)));
                } catch (IOException e) {
                    // Unreadable: not a candidate; the newest one's rejection already says why serving is late.
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return older;
    }

    /** Published snapshot folders, oldest first. */
    List<Path> published() throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(directory)) {
            return children.filter(child -> PUBLISHED_NAME
                            .matcher(child.getFileName().toString())
                            .matches())
                    .filter(child -> Files.isRegularFile(child.resolve(MANIFEST)))
                    .sorted(Comparator.comparing(child -> child.getFileName().toString(), SnapshotStore::compareIds))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Ids sort by their timestamp, then by the numeric suffix of ids minted in the same millisecond. */
    static int compareIds(String left, String right) {
        int byTime = left.substring(0, 24).compareTo(right.substring(0, 24));
        return byTime != 0 ? byTime : Integer.compare(suffix(left), suffix(right));
    }

    private static int suffix(String id) {
        return id.length() > 24 ? Integer.parseInt(id.substring(25)) : 0;
    }

    private static PublishedSnapshot open(Path folder) throws IOException {
        Manifest manifest = MAPPER.readValue(folder.resolve(MANIFEST).toFile(), Manifest.class);
        return new PublishedSnapshot(folder, manifest);
    }

    /** A published snapshot folder and its manifest. */
    public record PublishedSnapshot(Path folder, Manifest manifest) {
        public String snapshotId() {
            return manifest.snapshotId();
        }

        public Path file(SnapshotTable table) {
            return folder.resolve(table.fileName());
        }
    }
}
