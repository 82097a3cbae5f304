package gg.lanelight.app.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The client's error body, e.g. {@code {"errorCode":"RPC_ERROR","httpStatus":404,"message":"No active delegate"}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LcuError(String errorCode, int httpStatus, String message) {}
