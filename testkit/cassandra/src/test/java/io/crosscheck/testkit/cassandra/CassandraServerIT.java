package io.crosscheck.testkit.cassandra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(CassandraExtension.class)
class CassandraServerIT {

    @Test
    void nodeAnswersTheCqlNativeProtocolOnLoopback(CassandraNode node) throws IOException {
        assertThat(node.host()).isEqualTo("127.0.0.1");
        assertThat(node.localDatacenter()).isEqualTo("datacenter1");
        try (Socket socket = new Socket(node.host(), node.port())) {
            OutputStream out = socket.getOutputStream();
            // protocol v4 frame: version, flags, stream id (2 bytes), opcode OPTIONS (0x05), body length 0
            out.write(new byte[] {0x04, 0x00, 0x00, 0x01, 0x05, 0x00, 0x00, 0x00, 0x00});
            out.flush();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            byte[] header = new byte[9];
            in.readFully(header);
            assertThat(header[0] & 0xff).as("response frame of protocol v4").isEqualTo(0x84);
            assertThat(header[4]).as("opcode SUPPORTED").isEqualTo((byte) 0x06);
            byte[] body = new byte[java.nio.ByteBuffer.wrap(header, 5, 4).getInt()];
            in.readFully(body);
            assertThat(new String(body, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("CQL_VERSION");
        }
    }

    @Test
    void nodeRunsUnderTargetWithoutLockingItsMemory(CassandraNode node) throws IOException {
        assertThat(node.dir()).startsWith(Path.of("target").toAbsolutePath());
        assertThat(ProcessHandle.of(node.pid())).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());
        assertThat(Files.readString(node.dir().resolve("conf/cassandra.yaml"))).contains("native_transport_port: " + node.port());
        long rssKb = Files.readAllLines(Path.of("/proc", Long.toString(node.pid()), "status")).stream()
                .filter(l -> l.startsWith("VmRSS:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")))
                .findFirst().orElseThrow();
        assertThat(rssKb).as("resident KB: no mlockall as root").isLessThan(1_200_000);
    }

    @Test
    void aSecondClassInTheSameJvmGetsTheSameNode(CassandraNode node) {
        assertThat(CassandraExtension.node()).isEqualTo(node);
    }
}
