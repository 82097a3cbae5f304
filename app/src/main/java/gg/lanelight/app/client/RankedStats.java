package gg.lanelight.app.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Optional;

/** {@code GET /lol-ranked/v1/ranked-stats/{puuid}}: the queues part. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RankedStats(List<RankedQueue> queues) {

    public RankedStats {
        queues = queues == null ? List.of() : queues;
    }

    /** The entry for a queue type such as {@code RANKED_SOLO_5x5}, if listed. */
    public Optional<RankedQueue> queue(String queueType) {
        return queues.stream().filter(q -> queueType.equals(q.queueType())).findFirst();
    }

    /** One ranked queue; an unranked queue has an empty tier and division "NA". */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RankedQueue(
            String queueType,
            String tier,
            String division,
            int leaguePoints,
            int wins,
            int losses,
            boolean isProvisional) {

        public boolean isRanked() {
            return tier != null && !tier.isEmpty() && !"NONE".equals(tier);
        }
    }
}
