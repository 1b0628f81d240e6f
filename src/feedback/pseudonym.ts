// Pseudonymous ids for the interaction log: a salted HMAC of the channel's id,
// stable for one person (so a report can count people) and useless without
// the salt. The salt is never kept with the data it protects: a deployed bot
// takes it from the environment (PSEUDONYM_SALT); in local mode it is made
// once and kept in a file of its own, readable by its owner only.
import { createHmac, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Storage } from 'botbuilder';
import { LRUCache } from 'lru-cache';

/** Where versions before this one kept the salt: in the state store, beside the state it can be matched with. */
const STORED_SALT_KEY = 'interactions/salt';
/** The local salt file, in DATA_DIR. */
export const SALT_FILE = 'pseudonym-salt';

export type Pseudonymise = (id: string | undefined) => string;

/**
 * Pseudonyms kept in memory, by channel id: the same people and
 * conversations write turn after turn, and each record needs two HMACs
 * (about 2 % of the bot's CPU under load before they were kept). Bounded:
 * at most this many ids (about 1 MB with Teams' long ids), the least
 * recently used dropped first; never written anywhere.
 */
export const REMEMBERED_PSEUDONYMS = 4096;

export function pseudonymiser(salt: string, remembered = REMEMBERED_PSEUDONYMS): Pseudonymise {
  const known = new LRUCache<string, string>({ max: remembered });
  return (id) => {
    if (!id) return 'unknown';
    let pseudonym = known.get(id);
    if (pseudonym === undefined) {
      pseudonym = createHmac('sha256', salt).update(id).digest('base64url').slice(0, 22);
      known.set(id, pseudonym);
    }
    return pseudonym;
  };
}

export interface SaltSource {
  /** PSEUDONYM_SALT; empty in local mode. */
  configured: string;
  /** The local salt file; null where there is no disk to keep one (STORAGE=memory: a salt for this run only). */
  file: string | null;
  /** The state store, where an older version may have kept the salt: moved out (to the file) and deleted there. */
  state: Storage;
}

/** The configured salt, else the local file's (made on first use). Removes any salt left in the state store. */
export async function resolveSalt({ configured, file, state }: SaltSource): Promise<string> {
  const stored = ((await state.read([STORED_SALT_KEY]))[STORED_SALT_KEY] as { salt?: string } | undefined)?.salt;
  const salt = configured !== '' ? configured : file ? readOrCreateSaltFile(file, stored) : randomSalt();
  if (stored !== undefined) await state.delete([STORED_SALT_KEY]);
  return salt;
}

function randomSalt(): string {
  return randomBytes(32).toString('base64url');
}

/** Keeps pseudonyms stable across the upgrade: a salt found in the store becomes the file's. */
function readOrCreateSaltFile(file: string, stored: string | undefined): string {
  try {
    const existing = readFileSync(file, 'utf8').trim();
    if (existing !== '') {
      chmodSync(file, 0o600);
      return existing;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const salt = stored ?? randomSalt();
  try {
    writeFileSync(file, `${salt}\n`, { mode: 0o600, flag: 'wx' });
    return salt;
  } catch (error) {
    // Another process made it a moment ago: use that one.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(file, 'utf8').trim();
    throw error;
  }
}
