import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The agent desktop's build (apps/desktop/dist), found from this file (src/desktop/ or dist/desktop/). */
export const DESKTOP_DIST_DIR = fileURLToPath(new URL('../../../desktop/dist/', import.meta.url));

/** A file of the built desktop as served: its bytes, content type and cache policy. */
export interface DesktopFile {
  readonly body: Buffer;
  readonly contentType: string;
  readonly cacheControl: string;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Vite names what it bundles after its content (assets/index-BIxs4mLq.js): such a file never changes, so browsers
 * keep it; anything else (index.html, which names the current bundles) is checked again on every load.
 */
function cacheControlOf(relativePath: string): string {
  return relativePath.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * Reads the whole build once, at start (some 50 kB), into a map by relative path ("index.html",
 * "assets/index-….js"). Requests are answered from the map alone, so no request path ever reaches the file system:
 * there is nothing to traverse. Files of an unknown type are left out. Resolves with an empty map when the desktop
 * is not built.
 */
export async function readDesktopFiles(dir: string = DESKTOP_DIST_DIR): Promise<ReadonlyMap<string, DesktopFile>> {
  let files: string[];
  try {
    files = await filesUnder(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw error;
  }
  const served = new Map<string, DesktopFile>();
  for (const file of files) {
    const contentType = CONTENT_TYPES[path.extname(file).toLowerCase()];
    if (contentType === undefined) continue;
    const relativePath = path.relative(dir, file).split(path.sep).join('/');
    served.set(relativePath, { body: await readFile(file), contentType, cacheControl: cacheControlOf(relativePath) });
  }
  return served;
}
