package dev.moat.input.dockerrun;

import dev.moat.input.GoBool;
import dev.moat.input.dockerrun.RunParser.Use;
import dev.moat.model.Setting;
import dev.moat.model.Source;

/** The IMAGE argument of a run/create command, and the container name it gives when --name does not. */
final class ImageArgument {

  private ImageArgument() {}

  static Setting<String> read(OptionReader options) {
    Arg img = options.parsed().image();
    if (img == null) {
      return Setting.unset(options.at()); // held by an expansion standing where options go; noted with it
    }
    Source where = new Source(options.file(), img.line(), "/image");
    Use rootfs = options.last("rootfs");
    if (rootfs != null && Boolean.TRUE.equals(GoBool.parse(rootfs.value()))) {
      return Setting.unset(where); // podman --rootfs: the argument is a host directory, not an image
    }
    if (!img.isKnown() && !tagIsKnown(img)) {
      options.note(img, "the image " + img.text() + " is not known: " + options.why(img.unknowns())
          + ", so its tag and digest are not judged");
      return Setting.unset(where);
    }
    return Setting.explicit(img.text(), where);
  }

  /**
   * An image with an unresolved part can still be judged when that part cannot change whether it
   * is pinned: registry.example.com/$TEAM/app:1.2 is tagged, app:$VERSION is tagged and not pinned.
   */
  private static boolean tagIsKnown(Arg img) {
    String t = img.text();
    int slash = t.lastIndexOf('/');
    int firstUnknown = Integer.MAX_VALUE;
    for (String u : img.unknowns()) {
      int k = t.indexOf(u);
      if (k >= 0) {
        firstUnknown = Math.min(firstUnknown, k);
      }
    }
    int colon = t.indexOf(':', Math.max(slash, 0));
    boolean unknownInName = firstUnknown > slash && (colon < 0 || firstUnknown < colon);
    boolean unknownIsAllOfIt = t.startsWith("$") && slash < 0 && colon < 0;
    return !unknownInName && !unknownIsAllOfIt;
  }

  /** The container's name when --name gives none: the image's last path part without tag or digest. */
  static String shortName(Setting<String> image) {
    if (!image.isKnown()) {
      return "container";
    }
    String ref = image.value();
    int at = ref.indexOf('@');
    if (at >= 0) {
      ref = ref.substring(0, at);
    }
    int slash = ref.lastIndexOf('/');
    String last = ref.substring(slash + 1);
    int colon = last.indexOf(':');
    last = colon >= 0 ? last.substring(0, colon) : last;
    return last.isEmpty() ? "container" : last;
  }
}
