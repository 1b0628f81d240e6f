// Pseudonymous ids for the interaction log: a salted HMAC of the channel's id,
// stable for one person (so a report can count people) and useless without
// the salt. The salt comes from configuration, or is made once and kept in
// the store so every instance and restart shares it.
import { createHmac, randomBytes } from 'node:crypto';
import type { Storage } from 'botbuilder';

const SALT_KEY = 'interactions/salt';

export type Pseudonymise = (id: string | undefined) => string;

export function pseudonymiser(salt: string): Pseudonymise {
  return (id) => (id ? createHmac('sha256', salt).update(id).digest('base64url').slice(0, 22) : 'unknown');
}

/** The configured salt, else the one kept in the store (made on first use). */
export async function resolveSalt(configured: string, storage: Storage): Promise<string> {
  if (configured !== '') return configured;
  const stored = (await storage.read([SALT_KEY]))[SALT_KEY] as { salt?: string } | undefined;
  if (stored?.salt) return stored.salt;
  const salt = randomBytes(32).toString('base64url');
  await storage.write({ [SALT_KEY]: { salt } });
  // Two instances starting at once may both have made one: keep whichever the store kept.
  const kept = (await storage.read([SALT_KEY]))[SALT_KEY] as { salt?: string } | undefined;
  return kept?.salt ?? salt;
}
