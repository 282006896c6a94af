package org.factquery.deployment;

import java.util.List;

/**
 * One deployment, merged from every report of it: the same sending country, the same troop
 * count or an overlapping range, and destinations that agree (one may lie in the other).
 *
 * @param troops the agreed count (for a range, its lower bound); null when no report gives a number
 * @param troopsMax the range's upper bound, when reports give a range
 * @param purpose each distinct purpose the reports give, the most reported first
 * @param timeframe each distinct timeframe, the most reported first
 * @param reports the claim ids of every report, strongest first
 * @param role {@code increment}, {@code total} or {@code presence} (forces already there) when a
 *     report says so (a total and an increment never merge), else null
 * @param status the most reported status (announced, under way, done, standby, staged)
 * @param lastDay the latest day a report is dated by (event date, else publication), or null
 */
public record Deployment(String country, Integer troops, Integer troopsMax,
        List<String> units, String destination, List<String> purpose, List<String> timeframe, int documents,
        List<Long> reports, String role, String status, java.time.LocalDate lastDay) {
}
