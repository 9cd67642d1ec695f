import { createHash } from 'node:crypto';
import { verifySecret } from '@switchboard/auth';

const REMEMBER_MS = 5 * 60_000;
const MAX_REMEMBERED = 10_000;

/**
 * Verifies secrets against their scrypt hashes, remembering recent successes for a few minutes: scrypt is
 * deliberately slow, and a CometD client re-sends its Basic credentials on every long poll.
 */
export class SecretVerifier {
  private readonly remembered = new Map<string, number>();

  async verify(secret: string, hash: string): Promise<boolean> {
    const key = createHash('sha256').update(hash).update('\u0000').update(secret).digest('base64');
    const until = this.remembered.get(key);
    if (until !== undefined && until > Date.now()) return true;
    const ok = await verifySecret(secret, hash);
    if (ok) {
      if (this.remembered.size >= MAX_REMEMBERED) this.remembered.clear();
      this.remembered.set(key, Date.now() + REMEMBER_MS);
    }
    return ok;
  }
}
