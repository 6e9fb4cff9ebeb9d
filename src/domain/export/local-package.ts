/**
 * An imported package kept in this browser only (never uploaded), so the dashboard can show it at
 * once. Two keys: the small `info` is read on every page to know whether local data is active; the
 * package itself is read only when the dataset is (re)loaded.
 */
export const LOCAL_PACKAGE_KEY = 'pantaubangun:paket-lokal';
export const LOCAL_PACKAGE_INFO_KEY = 'pantaubangun:paket-lokal:info';
/** Dispatched on window after a save or clear, so hooks reading the flag re-render in this tab. */
export const LOCAL_PACKAGE_EVENT = 'pantaubangun:paket-lokal';

export interface LocalPackageInfo {
  /** ISO timestamp of the import: part of the query key, so a new import reloads the dashboard. */
  savedAt: string;
  fileName: string;
  projectCount: number;
}

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type SaveResult = { ok: true } | { ok: false; reason: 'quota' | 'unavailable' };

export function saveLocalPackage(
  pkg: { projects: unknown[] },
  info: Omit<LocalPackageInfo, 'projectCount'>,
  storage: Storage,
): SaveResult {
  try {
    storage.setItem(LOCAL_PACKAGE_KEY, JSON.stringify(pkg));
    storage.setItem(
      LOCAL_PACKAGE_INFO_KEY,
      JSON.stringify({ ...info, projectCount: pkg.projects.length } satisfies LocalPackageInfo),
    );
    return { ok: true };
  } catch (error) {
    clearLocalPackage(storage);
    return {
      ok: false,
      reason: error instanceof DOMException && /quota/i.test(error.name) ? 'quota' : 'unavailable',
    };
  }
}

export function readLocalPackageInfo(storage: Storage): LocalPackageInfo | undefined {
  try {
    const raw = storage.getItem(LOCAL_PACKAGE_INFO_KEY);
    if (!raw) return undefined;
    const info = JSON.parse(raw) as Partial<LocalPackageInfo>;
    return typeof info.savedAt === 'string' && typeof info.fileName === 'string'
      ? { savedAt: info.savedAt, fileName: info.fileName, projectCount: Number(info.projectCount) || 0 }
      : undefined;
  } catch {
    // Blocked storage or a damaged entry: behave as if nothing was imported.
    return undefined;
  }
}

/** The stored package as parsed JSON (checked by readPackage like any other package). */
export function readLocalPackageText(storage: Storage): string {
  const raw = storage.getItem(LOCAL_PACKAGE_KEY);
  if (raw === null) throw new Error('Paket lokal tidak ditemukan di peramban ini.');
  return raw;
}

export function clearLocalPackage(storage: Storage): void {
  try {
    storage.removeItem(LOCAL_PACKAGE_KEY);
    storage.removeItem(LOCAL_PACKAGE_INFO_KEY);
  } catch {
    // Nothing stored, nothing to clear.
  }
}
