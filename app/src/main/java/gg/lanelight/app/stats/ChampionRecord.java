package gg.lanelight.app.stats;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One champion in a player's history: totals over all their games on it (not averages). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChampionRecord(int championId, int games, int wins, double winRate, int kills, int deaths, int assists) {}
