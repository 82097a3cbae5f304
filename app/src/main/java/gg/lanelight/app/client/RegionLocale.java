package gg.lanelight.app.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code GET /riotclient/region-locale}, e.g. region "EUW", locale "en_GB". */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegionLocale(String region, String locale, String webRegion, String webLanguage) {}
