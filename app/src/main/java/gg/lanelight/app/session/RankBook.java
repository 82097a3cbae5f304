package gg.lanelight.app.session;

import gg.lanelight.app.client.RankedStats;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Solo/duo ranks asked from the client once per puuid and kept for the app's run (ranks change between games at
 * most). State thread only; the requests themselves run on the lookup pool.
 */
final class RankBook {

    private static final Logger LOG = LoggerFactory.getLogger(RankBook.class);

    private final SessionThreads threads;
    private final Supplier<ClientQueries> client;
    private final Map<String, RankedStats> ranks = new HashMap<>();
    private final Set<String> failed = new HashSet<>();
    private final Set<String> asked = new HashSet<>();

    RankBook(SessionThreads threads, Supplier<ClientQueries> client) {
        this.threads = threads;
        this.client = client;
    }

    /** Asks for every puuid not asked yet; {@code onAnswer} runs on the state thread after each answer. */
    void request(Collection<String> puuids, Runnable onAnswer) {
        for (String puuid : puuids) {
            if (puuid != null && !puuid.isEmpty() && asked.add(puuid)) {
                ClientQueries queries = client.get();
                threads.lookup(() -> fetch(queries, puuid, onAnswer));
            }
        }
    }

    /** Lets failed lookups be asked again, e.g. at the next champion select. */
    void forgetFailures() {
        asked.removeAll(failed);
        failed.clear();
    }

    Map<String, RankedStats> ranks() {
        return ranks;
    }

    Set<String> failed() {
        return failed;
    }

    private void fetch(ClientQueries queries, String puuid, Runnable onAnswer) {
        try {
            RankedStats stats = queries.rankedStats(puuid);
            threads.onState(() -> {
                ranks.put(puuid, stats);
                onAnswer.run();
            });
        } catch (IOException | RuntimeException e) {
            LOG.warn("Rank lookup failed, shown as unavailable: {}", e.getMessage());
            threads.onState(() -> {
                failed.add(puuid);
                onAnswer.run();
            });
        }
    }
}
