package dev.moat.input.dockerfile;

import dev.moat.model.DockerInstruction;
import dev.moat.model.Setting;
import java.util.ArrayList;
import java.util.List;

/** A build stage while the parser reads it: its instructions so far, its scope and its last USER. */
final class StageBuilder {

  final int index;
  final String name;
  final Setting<String> base;
  final int baseStage;
  final Scope scope;
  final List<DockerInstruction> instructions = new ArrayList<>();
  DockerInstruction user;
  String userValue;

  /**
   * @param name the AS name in lower case, or null
   * @param baseStage the index of the stage this one builds on, or -1 for an image
   */
  StageBuilder(int index, String name, Setting<String> base, int baseStage, Scope scope) {
    this.index = index;
    this.name = name;
    this.base = base;
    this.baseStage = baseStage;
    this.scope = scope;
  }
}
