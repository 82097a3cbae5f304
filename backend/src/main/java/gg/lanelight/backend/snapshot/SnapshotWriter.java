package gg.lanelight.backend.snapshot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports the aggregate tables as a snapshot: parquet files and a manifest, written in a hidden folder beside the
 * published ones and published by one atomic rename, so a reader sees a whole snapshot or none. Then only the newest
 * {@code keep} snapshots are kept. Not thread-safe: run one writer per snapshots folder at a time.
 */
public final class SnapshotWriter {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotWriter.class);
    private static final DateTimeFormatter ID_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final SnapshotStore store;
    private final Clock clock;

    public SnapshotWriter(SnapshotStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Writes and publishes a snapshot of the aggregate tables in {@code connection}; returns its manifest.
     *
     * @param input the manifest's input counts
     */
    public Manifest publish(Connection connection, Map<String, Object> input, int keep)
            throws IOException, SQLException {
        Files.createDirectories(store.directory());
        Instant now = clock.instant();
        String snapshotId = newId(now);
        Path building = store.directory().resolve(".building-" + snapshotId);
        Files.createDirectory(building);
        try {
            List<Manifest.TableFile> tables = exportTables(connection, building);
            Manifest manifest = new Manifest(Manifest.FORMAT_VERSION, snapshotId, now.toString(), input, tables);
            MAPPER.writeValue(building.resolve(SnapshotStore.MANIFEST).toFile(), manifest);
            moveAtomically(building, store.directory().resolve(snapshotId));
            LOG.info("Published snapshot {} in {}", snapshotId, store.directory());
            pruneAllBut(keep);
            return manifest;
        } finally {
            deleteTree(building);
        }
    }

    private String newId(Instant now) {
        String base = "snap-" + ID_TIME.format(now);
        String id = base;
        for (int suffix = 2; Files.exists(store.directory().resolve(id)); suffix++) {
            id = base + "-" + suffix;
        }
        return id;
    }

    private static List<Manifest.TableFile> exportTables(Connection connection, Path folder)
            throws SQLException, IOException {
        List<Manifest.TableFile> files = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (SnapshotTable table : SnapshotTable.values()) {
                Path file = folder.resolve(table.fileName());
                statement.execute("COPY (SELECT * FROM " + table.tableName() + " ORDER BY " + table.sortOrder()
                        + ") TO " + SqlPaths.literal(file) + " (FORMAT PARQUET)");
                files.add(new Manifest.TableFile(
                        table.tableName(),
                        table.fileName(),
                        rowCount(statement, table),
                        Files.size(file),
                        sha256(file)));
            }
        }
        return files;
    }

    private static long rowCount(Statement statement, SnapshotTable table) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table.tableName())) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The sha256 of a file in lower-case hex. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM has no SHA-256", e);
        }
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException(
                    "The snapshots folder " + to.getParent()
                            + " does not support atomic renames; put it on a local file system",
                    e);
        }
    }

    private void pruneAllBut(int keep) throws IOException {
        List<Path> published = store.published();
        for (Path old : published.subList(0, Math.max(0, published.size() - keep))) {
            LOG.info("Removing old snapshot {}", old.getFileName());
            deleteTree(old);
        }
    }

    /** Deletes a file tree; nothing happens when it does not exist. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
