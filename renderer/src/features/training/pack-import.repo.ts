/**
 * Importing content packs. Admins only.
 *
 * A pack is read and validated completely before anything is written; a bad pack changes nothing. A newer
 * version replaces the installed module in one write, and completion records are untouched — each keeps
 * the version it was earned on.
 */
import { compareVersions } from '../../../../shared/content/compare-versions';
import { readPackArchive } from '../../../../shared/content/pack-files';
import { parsePack } from '../../../../shared/content/pack-parser';
import { fail, succeed, type Outcome } from '../../../../shared/domain/outcome';
import { requireSession, type Session } from '../../auth/session';
import { getDatabase, storageOutcome, type ModuleRow } from '../../db';
import { ensureBundledModules } from './training.repo';
import type { Problem } from '../../../../shared/domain/outcome';

function inFile(fileName: string, problems: readonly Problem[]): Problem[] {
  return problems.map((problem) =>
    problem.where.startsWith(fileName) ? problem : { ...problem, where: `${fileName}: ${problem.where}` },
  );
}

/** What an import did. */
export interface ImportedPack {
  readonly moduleId: string;
  readonly title: string;
  readonly version: string;
  readonly previousVersion: string | null;
}

/** Import a zipped pack chosen by an admin. */
export async function importPack(
  session: Session,
  file: { readonly fileName: string; readonly contents: Uint8Array },
): Promise<Outcome<ImportedPack>> {
  requireSession(session, ['admin']);
  await ensureBundledModules();
  const files = readPackArchive(file.contents);
  if (!files.ok) return { ok: false, problems: inFile(file.fileName, files.problems) };
  const parsed = parsePack(files.value, { sourceName: file.fileName });
  if (!parsed.ok) return { ok: false, problems: inFile(file.fileName, parsed.problems) };
  const { manifest } = parsed.value;
  const db = getDatabase();
  try {
    return await db.transaction('rw', db.modules, async (): Promise<Outcome<ImportedPack>> => {
      const installed = await db.modules.get(manifest.id);
      if (installed && compareVersions(manifest.version, installed.version) <= 0) {
        return fail(`${file.fileName}: manifest.json, version`, 'packs.notNewer', {
          version: manifest.version,
          installed: installed.version,
        });
      }
      const row: ModuleRow = {
        id: manifest.id,
        version: manifest.version,
        title: manifest.title,
        audience: manifest.audience,
        source: 'imported',
        installedAt: Date.now(),
        pack: parsed.value,
      };
      await db.modules.put(row);
      return succeed({
        moduleId: manifest.id,
        title: manifest.title,
        version: manifest.version,
        previousVersion: installed?.version ?? null,
      });
    });
  } catch (error) {
    return storageOutcome(error);
  }
}

/** An installed module, for the admin's list. */
export interface InstalledModule {
  readonly id: string;
  readonly title: string;
  readonly version: string;
  readonly source: ModuleRow['source'];
  readonly installedAt: number;
}

/** Every installed module. Admins only. */
export async function listInstalledModules(session: Session): Promise<InstalledModule[]> {
  requireSession(session, ['admin']);
  const modules = await getDatabase().modules.toArray();
  return modules
    .map(({ id, title, version, source, installedAt }) => ({ id, title, version, source, installedAt }))
    .sort((a, b) => a.title.localeCompare(b.title));
}
