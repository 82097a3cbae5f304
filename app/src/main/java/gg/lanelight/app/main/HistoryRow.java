package gg.lanelight.app.main;

import gg.lanelight.app.history.MatchRecord;
import gg.lanelight.app.overlay.Formats;
import gg.lanelight.app.staticdata.StaticData;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** One row of the history table, as displayed (strings, never null). */
public record HistoryRow(
        long gameId, String date, String champion, String role, String result, String kda, String cs, String duration) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /** Rows in the records' order (the store gives newest first), with dates in {@code zone}. */
    public static List<HistoryRow> of(List<MatchRecord> records, StaticData staticData, ZoneId zone) {
        return records.stream().map(r -> of(r, staticData, zone)).toList();
    }

    static HistoryRow of(MatchRecord match, StaticData staticData, ZoneId zone) {
        return new HistoryRow(
                match.gameId(),
                DATE.format(match.playedAt().atZone(zone)),
                staticData.championName(match.championId()),
                match.role().isEmpty() ? Formats.NONE : match.role(),
                result(match),
                Formats.kda(match.kills(), match.deaths(), match.assists()),
                String.valueOf(match.creepScore()),
                Formats.clock(match.durationSeconds()));
    }

    /** "Victory", "Defeat", or "Incomplete" when the client vanished before the game's end. */
    public static String result(MatchRecord match) {
        if (!match.complete()) {
            return "Incomplete";
        }
        return match.win() ? "Victory" : "Defeat";
    }
}
