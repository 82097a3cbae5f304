package gg.lanelight.backend.ingest;

import gg.lanelight.backend.rank.RankTiers;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the optional ranks input: one {@code puuid,tier} per line (e.g. {@code abc-123,GOLD} or {@code abc-123,gold
 * II}; only the tier word counts). Blank lines, {@code #} comments and a {@code puuid,tier} header are ignored; a line
 * with an unknown tier is skipped and counted. A puuid listed twice keeps its last tier.
 */
public final class RanksFile {
    private static final Logger LOG = LoggerFactory.getLogger(RanksFile.class);

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private RanksFile() {}

    public static List<PlayerRank> read(Path file) throws IOException {
        Map<String, String> tiers = new LinkedHashMap<>();
        long skipped = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                // Spreadsheets save CSV with a byte order mark, which would otherwise join the first puuid.
                line = lineNumber == 1 && line.startsWith(BYTE_ORDER_MARK) ? line.substring(1) : line;
                PlayerRank rank = parse(line);
                if (rank != null) {
                    tiers.put(rank.puuid(), rank.tier());
                } else if (!ignorable(line)) {
                    skipped++;
                    LOG.debug("Ranks file {} line {}: not 'puuid,tier' with a known tier", file, lineNumber);
                }
            }
        }
        if (skipped > 0) {
            LOG.warn("Skipped {} lines of {} that are not 'puuid,tier' with a known tier", skipped, file);
        }
        List<PlayerRank> ranks = new ArrayList<>(tiers.size());
        tiers.forEach((puuid, tier) -> ranks.add(new PlayerRank(puuid, tier)));
        return ranks;
    }

    private static boolean ignorable(String line) {
        String text = line.strip().toLowerCase(Locale.ROOT);
        return text.isEmpty() || text.startsWith("#") || text.replace(" ", "").equals("puuid,tier");
    }

    private static PlayerRank parse(String line) {
        int comma = line.indexOf(',');
        if (comma <= 0) {
            return null;
        }
        String puuid = line.substring(0, comma).strip();
        String[] words = line.substring(comma + 1).strip().split("\\s+");
        String tier = words[0].toUpperCase(Locale.ROOT);
        return puuid.isEmpty() || !RankTiers.isTier(tier) ? null : new PlayerRank(puuid, tier);
    }
}
