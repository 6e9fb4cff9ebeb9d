import type { ProjectStatus } from '../project/types';

/** Drops undefined members and empty arrays/objects, so the output carries only what is known. */
export function clean<T>(value: T): T {
  if (Array.isArray(value)) return value.map(clean).filter((v) => v !== undefined) as T;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .map(([k, v]) => [k, clean(v)] as const)
      .filter(
        ([, v]) =>
          v !== undefined &&
          !(Array.isArray(v) && v.length === 0) &&
          !(v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0),
      );
    return Object.fromEntries(entries) as T;
  }
  return value;
}

/**
 * The OC4IDS fields that make src/domain/project/status.ts derive the same status back
 * (CONTRACT.md, "Status"). A closed process without a value and supplier reads as a failed tender,
 * so a finished or terminated work is only marked closed when it has them.
 */
export function statusFields(status: ProjectStatus, awarded: boolean) {
  switch (status) {
    case 'persiapan':
      return { project: 'preparation', process: 'pre-award' };
    case 'gagal-tender':
      return { project: 'preparation', process: 'closed', needsProcess: true };
    case 'pelaksanaan':
      return { project: 'implementation', process: 'active' };
    case 'selesai':
      return { project: 'completion', process: awarded ? 'closed' : undefined };
    case 'putus-kontrak':
      return { project: 'implementation', process: awarded ? 'closed' : undefined, needsProcess: true };
    case 'dibatalkan':
      return { project: 'cancelled' };
    default:
      return {};
  }
}
