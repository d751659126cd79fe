package dev.moat.input.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ShortSyntaxTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/data | | /data | ",
      "named:/data | named | /data | ",
      "./a:/b:ro | ./a | /b | ro",
      "/a:/b:ro,z | /a | /b | ro,z",
      "C:\\data:/data | C:\\data | /data | ",
      "c:/data:/data:rw | c:/data | /data | rw",
      "~/x:/x | ~/x | /x | ",
  })
  void volumes(String spec, String source, String target, String mode) {
    assertThat(ShortSyntax.volume(spec)).isEqualTo(new ShortSyntax.VolumeSpec(source, target, mode));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ":/x", "/a::/b", "/a:/b:ro:extra"})
  void malformedVolumes(String spec) {
    assertThat(ShortSyntax.volume(spec)).isNull();
  }

  @Test
  void hostPathsAreWhatComposeTreatsAsBinds() {
    assertThat(ShortSyntax.isHostPath("./x")).isTrue();
    assertThat(ShortSyntax.isHostPath(".")).isTrue();
    assertThat(ShortSyntax.isHostPath("/x")).isTrue();
    assertThat(ShortSyntax.isHostPath("~/x")).isTrue();
    assertThat(ShortSyntax.isHostPath("\\\\.\\pipe\\docker_engine")).isTrue();
    assertThat(ShortSyntax.isHostPath("D:\\x")).isTrue();
    assertThat(ShortSyntax.isHostPath("data")).isFalse();
    assertThat(ShortSyntax.isHostPath("my-volume_1")).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "80 | | | 80 | tcp",
      "8080:80 | | 8080 | 80 | tcp",
      "127.0.0.1:8080:80/udp | 127.0.0.1 | 8080 | 80 | udp",
      "127.0.0.1::80 | 127.0.0.1 | | 80 | tcp",
      "8000-8010:8000-8010 | | 8000 | 8000 | tcp",
      "[::1]:53:53/udp | ::1 | 53 | 53 | udp",
      "::1:8080:80 | ::1 | 8080 | 80 | tcp",
  })
  void ports(String spec, String hostIp, Integer hostPort, Integer containerPort, String protocol) {
    assertThat(ShortSyntax.port(spec)).isEqualTo(new ShortSyntax.PortSpec(hostIp, hostPort, containerPort, protocol));
  }

  @ParameterizedTest
  @ValueSource(strings = {"http", "80:http", "[::1:80", "999999"})
  void malformedPorts(String spec) {
    assertThat(ShortSyntax.port(spec)).isNull();
  }

  @Test
  void devices() {
    assertThat(ShortSyntax.device("/dev/sda")).isEqualTo(new ShortSyntax.DeviceSpec("/dev/sda", "/dev/sda", "rwm"));
    assertThat(ShortSyntax.device("/dev/sda:/dev/xvda:r")).isEqualTo(new ShortSyntax.DeviceSpec("/dev/sda", "/dev/xvda", "r"));
    assertThat(ShortSyntax.device("/dev/fuse:rw")).isEqualTo(new ShortSyntax.DeviceSpec("/dev/fuse", "/dev/fuse", "rw"));
    assertThat(ShortSyntax.device("nvidia.com/gpu=all")).isEqualTo(new ShortSyntax.DeviceSpec("nvidia.com/gpu=all", null, null));
  }
}
