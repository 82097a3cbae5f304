package gg.lanelight.backend.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts of what an ingest run read, kept and skipped. Not thread-safe: one ingest thread owns it. */
public final class IngestReport {
    /** How many skipped records are kept with their file and position; the rest only count. */
    static final int KEPT_EXAMPLES = 200;

    private final Map<SkipReason, Long> skipsByReason = new EnumMap<>(SkipReason.class);
    private final List<SkippedRecord> examples = new ArrayList<>();
    private long files;
    private long records;
    private long matches;
    private long remakes;
    private long timelines;
    private long alreadyIngestedFiles;
    private long writerBusyMillis;
    private long writerCpuMillis;
    private long writerWaitingMillis;

    void fileOpened() {
        files++;
    }

    void recordsRead(long count) {
        records += count;
    }

    void fileAlreadyIngested() {
        alreadyIngestedFiles++;
    }

    /** Input files left out because an earlier run ingested them (same path, size and modification time). */
    public long alreadyIngestedFiles() {
        return alreadyIngestedFiles;
    }

    void matchAccepted(boolean remake) {
        matches++;
        if (remake) {
            remakes++;
        }
    }

    void timelineAccepted() {
        timelines++;
    }

    void skipped(SkippedRecord skip) {
        skipsByReason.merge(skip.reason(), 1L, Long::sum);
        if (examples.size() < KEPT_EXAMPLES) {
            examples.add(skip);
        }
    }

    public long files() {
        return files;
    }

    /** Top-level JSON values read, accepted or not. */
    public long records() {
        return records;
    }

    /** Distinct matches accepted, remakes included. */
    public long matches() {
        return matches;
    }

    /** Accepted matches that were remakes (kept, but excluded from every rate). */
    public long remakes() {
        return remakes;
    }

    public long timelines() {
        return timelines;
    }

    public long skipped() {
        return skipsByReason.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Skip counts keyed by {@link SkipReason#code()}, in enum order. */
    public Map<String, Long> skipsByReason() {
        Map<String, Long> byCode = new LinkedHashMap<>();
        skipsByReason.forEach((reason, count) -> byCode.put(reason.code(), count));
        return byCode;
    }

    /** The first {@value #KEPT_EXAMPLES} skipped records with file, position and reason. */
    public List<SkippedRecord> examples() {
        return List.copyOf(examples);
    }

    void writerTimes(long busyMillis, long cpuMillis, long waitingMillis) {
        writerBusyMillis += busyMillis;
        writerCpuMillis += cpuMillis;
        writerWaitingMillis += waitingMillis;
    }

    /** How the one appending thread spent the file ingest: busy (and of that on CPU) or waiting for parsers. */
    public String writerSummary() {
        return String.format(
                "%,d ms appending (%,d ms on CPU), %,d ms waiting for parsed records",
                writerBusyMillis, writerCpuMillis, writerWaitingMillis);
    }

    /** The counts as the manifest's {@code input} object lists them. */
    public Map<String, Object> asManifestInput() {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("files", files);
        input.put("alreadyIngestedFiles", alreadyIngestedFiles);
        input.put("records", records);
        input.put("matches", matches);
        input.put("remakes", remakes);
        input.put("timelines", timelines);
        input.put("skipped", skipped());
        input.put("skipsByReason", skipsByReason());
        return input;
    }

    /** One line for the log, e.g. "3 files, 5,002 records: 5,000 matches (12 remakes), 1 timeline, 1 skipped". */
    public String summary() {
        return String.format(
                "%,d files (%,d already ingested before), %,d records: %,d matches (%,d remakes), %,d timelines,"
                        + " %,d skipped %s",
                files, alreadyIngestedFiles, records, matches, remakes, timelines, skipped(), skipsByReason());
    }
}
