import type { FaultSpec } from './fault-spec';

export interface ActiveFault extends FaultSpec {
  readonly id: number;
}

export interface FaultRegistry {
  add(spec: FaultSpec): ActiveFault;
  /** The first fault matching this request that is due, counting it as used; else undefined. */
  take(method: string, rawPath: string, query?: URLSearchParams): ActiveFault | undefined;
  /** Removes one scope's faults, or every fault when `scope` is undefined; returns how many. */
  remove(scope: string | undefined): number;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function pathMatcher(pattern: string): (rawPath: string) => boolean {
  const lowerPattern = pattern.toLowerCase();
  if (!lowerPattern.includes('*')) return (rawPath) => rawPath.toLowerCase().includes(lowerPattern);
  const glob = new RegExp(`^${lowerPattern.split('*').map(escapeRegExp).join('.*')}$`);
  return (rawPath) => glob.test(rawPath.toLowerCase());
}

interface FaultState {
  readonly fault: ActiveFault;
  readonly matchesPath: (rawPath: string) => boolean;
  remaining: number;
  toSkip: number;
}

export function createFaultRegistry(): FaultRegistry {
  let states: FaultState[] = [];
  let lastId = 0;

  return {
    add(spec) {
      lastId += 1;
      const fault = { ...spec, id: lastId };
      states.push({
        fault,
        matchesPath: pathMatcher(spec.pathPattern),
        remaining: spec.times,
        toSkip: spec.skip,
      });
      return fault;
    },
    take(method, rawPath, query = new URLSearchParams()) {
      const decodedQuery = [...query.entries()]
        .map(([key, value]) => `${key}=${value}`)
        .join('&')
        .toLowerCase();
      for (const state of states) {
        const { fault } = state;
        if (fault.method !== undefined && fault.method.toUpperCase() !== method.toUpperCase())
          continue;
        if (!state.matchesPath(rawPath)) continue;
        if (
          fault.queryContains !== undefined &&
          !decodedQuery.includes(fault.queryContains.toLowerCase())
        )
          continue;
        if (state.toSkip > 0) {
          state.toSkip -= 1;
          continue;
        }
        state.remaining -= 1;
        if (state.remaining === 0) states = states.filter((other) => other !== state);
        return fault;
      }
      return undefined;
    },
    remove(scope) {
      const before = states.length;
      states = scope === undefined ? [] : states.filter((state) => state.fault.scope !== scope);
      return before - states.length;
    },
  };
}
