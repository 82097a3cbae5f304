package gg.lanelight.backend.serve;

/** The key of a build lookup: patch ("14.7"), queue id, championId and role (TOP … UTILITY). */
record BuildCell(String patch, int queue, int championId, String role) {}
