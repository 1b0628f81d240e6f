// Pseudonyms are kept in memory (a bounded memo of the HMAC): the same id
// always gets the same pseudonym, whether remembered, forgotten past the
// bound or computed fresh, and the salt still decides it.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { pseudonymiser } from '../src/feedback/pseudonym.js';

const salt = 'a-salt-for-this-test-only';
const hmac = (id: string) => createHmac('sha256', salt).update(id).digest('base64url').slice(0, 22);

describe('pseudonyms', () => {
  it('are the salted HMAC of the id, the same every time, past the memo\'s bound too', () => {
    const pseudonymise = pseudonymiser(salt, 3);
    const ids = Array.from({ length: 10 }, (_, i) => `29:user-${i}`);
    for (let round = 0; round < 3; round += 1) {
      for (const id of ids) expect(pseudonymise(id)).toBe(hmac(id));
      expect(pseudonymise(ids[0])).toBe(hmac(ids[0]!));
    }
  });

  it('differ between salts and between ids, and an absent id is "unknown"', () => {
    const mine = pseudonymiser(salt);
    const other = pseudonymiser('another-salt-for-this-test');
    expect(mine('u1')).not.toBe(other('u1'));
    expect(mine('u1')).not.toBe(mine('u2'));
    expect(mine(undefined)).toBe('unknown');
    expect(mine('')).toBe('unknown');
  });
});
