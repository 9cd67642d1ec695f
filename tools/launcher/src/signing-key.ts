import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The key every app signs and verifies tokens with. Generated once per data directory so that tokens and
 * sessions survive a restart; production passes SWITCHBOARD_SIGNING_KEY instead.
 */
export async function loadOrCreateSigningKey(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'signing-key');
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    const key = randomBytes(48).toString('base64url');
    await mkdir(dataDir, { recursive: true });
    await writeFile(file, `${key}\n`, { mode: 0o600 });
    return key;
  }
}
