package org.factquery.extraction.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ready-made gazetteer the build stores: what it reads back, and when it is not used. */
class GazetteerSnapshotTest {

    @Test
    void aSnapshotReadsBackTheGazetteerItWasBuiltFromAndIsIgnoredForOtherFiles(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("world.snapshot");
        GazetteerSnapshot.main(new String[] {file.toString()});
        Gazetteer built = Gazetteer.build();
        Gazetteer read;
        try (InputStream in = Files.newInputStream(file)) {
            read = GazetteerSnapshot.read(in, GazetteerSnapshot.checksum()).orElseThrow();
        }
        for (String name : List.of("Tripoli", "Sirte", "Kiev", "Mazar-e-Sharif", "Libyan", "Kremlin", "Sharan")) {
            String key = Gazetteer.key(name);
            assertThat(read.lookup(key)).as(name).isEqualTo(built.lookup(key));
        }
        assertThat(read.nationalCapital("LY")).isEqualTo(built.nationalCapital("LY"));
        assertThat(read.closeTo(Gazetteer.key("Kandahr"), 1)).isEqualTo(built.closeTo(Gazetteer.key("Kandahr"), 1));
        try (InputStream in = Files.newInputStream(file)) {
            assertThat(GazetteerSnapshot.read(in, GazetteerSnapshot.checksum() + 1)).as("of other data files").isEmpty();
        }
    }
}
