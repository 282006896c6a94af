package org.factquery.extraction.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.ObjIntConsumer;
import java.util.zip.GZIPInputStream;

import org.factquery.extraction.DataFiles;

/**
 * The populated places of the world gazetteer (GeoNames {@code cities500}: every place of 500
 * inhabitants or more), held column by column in primitive arrays: two hundred thousand places
 * as objects would take tens of megabytes more. A place is known by its index here; its names go
 * to the {@link KeyIndex} as they are read.
 */
final class WorldPlaces implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** A place's role among its country's places, from its GeoNames feature code. */
    enum Role {
        NONE, DIVISION_SEAT, NATIONAL_CAPITAL,
        /** A section of a larger place (PPLX): a neighbourhood. */
        SECTION,
        /** A place of the past: historical, abandoned or destroyed (PPLH, PPLQ, PPLW, PPLCH). */
        GONE;

        static Role of(String featureCode) {
            return switch (featureCode) {
                case "PPLC" -> NATIONAL_CAPITAL;
                case "PPLA" -> DIVISION_SEAT;
                case "PPLX" -> SECTION;
                case "PPLH", "PPLQ", "PPLW", "PPLCH" -> GONE;
                default -> NONE;
            };
        }

        /** A town or city of today, not a neighbourhood or a ruin. */
        boolean isSettlement() {
            return this != SECTION && this != GONE;
        }
    }

    private int size;
    private int[] geonameIds = new int[1 << 18];
    private float[] latitudes = new float[1 << 18];
    private float[] longitudes = new float[1 << 18];
    private int[] populations = new int[1 << 18];
    private short[] countries = new short[1 << 18];
    private String[] admin1 = new String[1 << 18];
    private byte[] roles = new byte[1 << 18];
    private byte[] nameBytes = new byte[1 << 22];
    private int[] nameStarts = new int[(1 << 18) + 1];
    private int nameLength;

    /**
     * Reads the places file; for each place calls {@code names} with each of its names (the name
     * first, then its aliases) and the place's index.
     *
     * @param countryIndex the index of an ISO 3166 alpha-2 code among the countries, or -1
     */
    static WorldPlaces read(String resource, java.util.function.ToIntFunction<String> countryIndex,
            ObjIntConsumer<String> names) {
        WorldPlaces places = new WorldPlaces();
        try (InputStream raw = DataFiles.open(resource);
                BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16),
                        StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            String[] cells = new String[9];
            while ((line = in.readLine()) != null) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                split(line, cells);
                int index = places.add(Integer.parseInt(cells[0]), cells[1], (short) countryIndex.applyAsInt(cells[2]),
                        cells[3], Float.parseFloat(cells[4]), Float.parseFloat(cells[5]),
                        cells[6].isEmpty() ? 0 : Integer.parseInt(cells[6]), Role.of(cells[7]));
                names.accept(cells[1], index);
                if (!cells[8].isEmpty()) {
                    int from = 0;
                    String aliases = cells[8];
                    while (from <= aliases.length()) {
                        int bar = aliases.indexOf('|', from);
                        int to = bar < 0 ? aliases.length() : bar;
                        if (to > from) {
                            names.accept(aliases.substring(from, to), index);
                        }
                        from = to + 1;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        places.trim();
        return places;
    }

    /** Splits a tab-separated line into the cells (missing trailing cells are empty). */
    private static void split(String line, String[] cells) {
        int from = 0;
        for (int i = 0; i < cells.length; i++) {
            int tab = line.indexOf('\t', from);
            if (tab < 0) {
                cells[i] = from <= line.length() ? line.substring(Math.min(from, line.length())) : "";
                Arrays.fill(cells, i + 1, cells.length, "");
                return;
            }
            cells[i] = line.substring(from, tab);
            from = tab + 1;
        }
    }

    private int add(int geonameId, String name, short country, String division, float latitude, float longitude,
            int population, Role role) {
        if (size == geonameIds.length) {
            resize(size * 2);
        }
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (nameLength + bytes.length > nameBytes.length) {
            nameBytes = Arrays.copyOf(nameBytes, Math.max(nameBytes.length * 2, nameLength + bytes.length));
        }
        System.arraycopy(bytes, 0, nameBytes, nameLength, bytes.length);
        nameStarts[size] = nameLength;
        nameLength += bytes.length;
        nameStarts[size + 1] = nameLength;
        geonameIds[size] = geonameId;
        latitudes[size] = latitude;
        longitudes[size] = longitude;
        populations[size] = population;
        countries[size] = country;
        admin1[size] = division.isEmpty() ? null : division.intern();
        roles[size] = (byte) role.ordinal();
        return size++;
    }

    private void trim() {
        resize(size);
        nameBytes = Arrays.copyOf(nameBytes, nameLength);
    }

    /** Every column at this many places (the name offsets one more). */
    private void resize(int capacity) {
        geonameIds = Arrays.copyOf(geonameIds, capacity);
        latitudes = Arrays.copyOf(latitudes, capacity);
        longitudes = Arrays.copyOf(longitudes, capacity);
        populations = Arrays.copyOf(populations, capacity);
        countries = Arrays.copyOf(countries, capacity);
        admin1 = Arrays.copyOf(admin1, capacity);
        roles = Arrays.copyOf(roles, capacity);
        nameStarts = Arrays.copyOf(nameStarts, capacity + 1);
    }

    int size() {
        return size;
    }

    int geonameId(int i) {
        return geonameIds[i];
    }

    String name(int i) {
        return new String(nameBytes, nameStarts[i], nameStarts[i + 1] - nameStarts[i], StandardCharsets.UTF_8);
    }

    /** The country's index among the countries, or -1. */
    int country(int i) {
        return countries[i];
    }

    /** The first-level division code (GeoNames admin1), or null. */
    String admin1(int i) {
        return admin1[i];
    }

    double latitude(int i) {
        return latitudes[i];
    }

    double longitude(int i) {
        return longitudes[i];
    }

    int population(int i) {
        return populations[i];
    }

    Role role(int i) {
        return Role.values()[roles[i]];
    }

    /** The index of the place with this GeoNames id, or -1 (the file is sorted by id). */
    int indexOf(int geonameId) {
        int at = Arrays.binarySearch(geonameIds, geonameId);
        return at < 0 ? -1 : at;
    }
}
