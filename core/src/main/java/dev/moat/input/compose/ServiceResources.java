package dev.moat.input.compose;

import dev.moat.input.compose.CNode.CMap;
import dev.moat.model.Resources;
import dev.moat.model.Setting;
import dev.moat.model.Source;

/**
 * Memory, CPU and pids limits: deploy.resources.limits wins where it sets a value, as in docker
 * compose; mem_limit, cpus (or cpu_quota) and pids_limit otherwise. A zero memory or CPU value
 * means no limit and points at its key.
 */
final class ServiceResources {

  private ServiceResources() {}

  static Resources read(Fields f, CMap s, Source source) {
    CMap deploy = f.map(s, "deploy");
    CMap res = deploy == null ? null : f.map(deploy, "resources");
    CMap limits = res == null ? null : f.map(res, "limits");
    Setting<String> memory = firstLimit(f.bytes(limits, "memory", source), f.bytes(s, "mem_limit", source), source);
    Setting<String> cpu = firstLimit(f.number(limits, "cpus", source), f.number(s, "cpus", source), source);
    if (!cpu.isKnown()) {
      Setting<Long> quota = f.integer(s, "cpu_quota", source);
      if (quota.isKnown() && quota.value() > 0) {
        cpu = Setting.explicit("cpu_quota " + quota.value(), quota.source());
      }
    }
    Setting<Long> deployPids = f.integer(limits, "pids", source);
    Setting<Long> pids = deployPids.isKnown() && deployPids.value() > 0 ? deployPids : f.integer(s, "pids_limit", source);
    if (!pids.isKnown() && deployPids.isKnown()) {
      pids = deployPids;
    }
    return new Resources(memory, cpu, pids);
  }

  private static Setting<String> firstLimit(Setting<String> deploy, Setting<String> service, Source source) {
    if (deploy.isKnown() && !Fields.isZero(deploy.value())) {
      return deploy;
    }
    if (service.isKnown() && !Fields.isZero(service.value())) {
      return service;
    }
    // A zero limit is no limit: point at where it is written.
    if (deploy.isKnown()) {
      return Setting.unset(deploy.source());
    }
    return service.isKnown() ? Setting.unset(service.source()) : Setting.unset(source);
  }
}
