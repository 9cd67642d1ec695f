// `npm run hash-secret -- <secret>`: prints the scrypt hash to put in a tenant file (config/tenants/*.yaml).
import { hashSecret } from '@switchboard/auth';

const secret = process.argv[2];
if (!secret) {
  console.error('usage: npm run hash-secret -- <secret>');
  process.exit(2);
}
console.log(await hashSecret(secret));
