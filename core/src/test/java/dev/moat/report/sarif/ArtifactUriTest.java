package dev.moat.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArtifactUriTest {

  @Test
  void relativePathsResolveAgainstSourceRoot() {
    assertThat(ArtifactUri.of("deploy/web.yaml")).contains(new ArtifactUri("deploy/web.yaml", "%SRCROOT%"));
    assertThat(ArtifactUri.of("./deploy/web.yaml")).contains(new ArtifactUri("deploy/web.yaml", "%SRCROOT%"));
    assertThat(ArtifactUri.of("deploy\\web.yaml")).contains(new ArtifactUri("deploy/web.yaml", "%SRCROOT%"));
  }

  @Test
  void absolutePathsBecomeFileUris() {
    assertThat(ArtifactUri.of("/srv/k8s/web.yaml")).contains(new ArtifactUri("file:///srv/k8s/web.yaml", null));
    assertThat(ArtifactUri.of("C:\\k8s\\web.yaml")).contains(new ArtifactUri("file:///C:/k8s/web.yaml", null));
  }

  @Test
  void encodesWhatAUriCannotHoldAsIs() {
    assertThat(ArtifactUri.of("my dir/wéb#1.yaml").orElseThrow().uri()).isEqualTo("my%20dir/w%C3%A9b%231.yaml");
    // An unencoded colon would turn "a:b.yaml" into a URI with scheme "a".
    assertThat(ArtifactUri.of("a:b.yaml").orElseThrow().uri()).isEqualTo("a%3Ab.yaml");
  }

  @Test
  void standardInputAndNoFile() {
    assertThat(ArtifactUri.of("-")).contains(new ArtifactUri("stdin", null));
    assertThat(ArtifactUri.of("")).isEmpty();
  }

  @Test
  void ruleNamesAreCamelCase() {
    assertThat(SarifRules.camelCase("privileged-container")).isEqualTo("PrivilegedContainer");
    assertThat(SarifRules.camelCase("pss-restricted-volume-types")).isEqualTo("PssRestrictedVolumeTypes");
  }
}
