package org.factquery.extraction.gazetteer;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The world gazetteer built once, when the project is built, and stored ready-made beside the
 * data files ({@value #RESOURCE}): a service then reads it in about 1.3 s instead of building its
 * name index from 200,000 places in about 3 s at every start, while the framework starts. The
 * snapshot names by a checksum the data files it was built from and the compiled classes that
 * built it and that it holds; of other files or other classes, it is ignored and the gazetteer is
 * built from the files.
 *
 * <p>Written by {@link #main} in the build's {@code process-classes} phase (pom.xml). Read with an
 * object filter that admits the gazetteer's own classes and the JDK's collections only.
 */
public final class GazetteerSnapshot {

    static final String RESOURCE = "/gazetteer/world.snapshot";
    private static final ObjectInputFilter ONLY_GAZETTEER = ObjectInputFilter.Config.createFilter(
            "org.factquery.extraction.gazetteer.*;java.lang.*;java.util.*;!*");

    private GazetteerSnapshot() {
    }

    /** Builds the gazetteer from the data files and writes its snapshot to the path given. */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        Files.createDirectories(target.getParent());
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16);
                ObjectOutputStream out = new ObjectOutputStream(file)) {
            out.writeLong(checksum());
            out.writeObject(Gazetteer.build());
        }
    }

    /** The gazetteer of the snapshot on the classpath, when there is one of the current data files. */
    static Optional<Gazetteer> read() {
        InputStream in = GazetteerSnapshot.class.getResourceAsStream(RESOURCE);
        return in == null ? Optional.empty() : read(in, checksum());
    }

    static Optional<Gazetteer> read(InputStream stream, long checksum) {
        try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(stream, 1 << 16))) {
            in.setObjectInputFilter(ONLY_GAZETTEER);
            if (in.readLong() != checksum) {
                return Optional.empty(); // of other data files
            }
            return Optional.of((Gazetteer) in.readObject());
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            return Optional.empty(); // of other classes, or damaged: build from the files
        }
    }

    /** The classes that build a snapshot and that it holds. */
    private static final List<Class<?>> HELD = List.of(Gazetteer.class, WorldPlaces.class, KeyIndex.class,
            CountryEntry.class, CountryEntry.Via.class, PlaceEntry.class, PlaceKind.class);

    /**
     * A CRC-32 over the bytes of every data file the gazetteer is built from and of the compiled
     * classes that build it and that a snapshot holds: a change to either makes a snapshot stale.
     */
    static long checksum() {
        List<String> files = new ArrayList<>();
        List<Class<?>> classes = new ArrayList<>(HELD);
        classes.addAll(List.of(Gazetteer.class.getDeclaredClasses()));
        for (Class<?> type : classes) {
            files.add("/" + type.getName().replace('.', '/') + ".class");
        }
        files.addAll(Gazetteer.sourceFiles());
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[1 << 16];
        for (String file : files) {
            try (InputStream in = GazetteerSnapshot.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + file);
                }
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    crc.update(buffer, 0, n);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return crc.getValue();
    }
}
