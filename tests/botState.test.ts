// The bot's UserState and ConversationState (src/state/botState.ts) decide
// when to write exactly as botbuilder's do, with a plain JSON snapshot for
// botbuilder's hash: a change made in place or through an accessor is
// written, the same content set again is not, a forced save always is,
// and the eTag the store hands back is not content.
import { describe, expect, it } from '@jest/globals';
import { MemoryStorage, TestAdapter, TurnContext, UserState, ConversationState, type Activity, type Storage, type StoreItems } from 'botbuilder';
import { stateSnapshot, TrackedConversationState, TrackedUserState } from '../src/state/botState.js';

/** MemoryStorage, counting the keys written. */
class CountingStorage extends MemoryStorage {
  written: string[] = [];
  override write(changes: StoreItems): Promise<void> {
    this.written.push(...Object.keys(changes));
    return super.write(changes);
  }
}

const activity = { type: 'message', channelId: 'test', from: { id: 'person' }, conversation: { id: 'chat' }, recipient: { id: 'bot' }, text: 'hi' } as Activity;
const newTurn = () => new TurnContext(new TestAdapter(), activity);

type StateClass = new (storage: Storage) => UserState | ConversationState;

describe.each([
  ['UserState', UserState, TrackedUserState],
  ['ConversationState', ConversationState, TrackedConversationState],
] as [string, StateClass, StateClass][])('the bot\'s %s writes when botbuilder\'s does', (_name, Botbuilder, Tracked) => {
  /** Runs the same turns on botbuilder's class and the bot's; returns the keys each wrote, per turn. */
  async function writesOf(turns: ((state: UserState | ConversationState, context: TurnContext) => Promise<void>)[]): Promise<{ botbuilder: string[][]; tracked: string[][] }> {
    const result = { botbuilder: [] as string[][], tracked: [] as string[][] };
    for (const [name, Class] of [['botbuilder', Botbuilder], ['tracked', Tracked]] as const) {
      const storage = new CountingStorage();
      const state = new Class(storage);
      for (const turn of turns) {
        const before = storage.written.length;
        const context = newTurn();
        await turn(state, context);
        await state.saveChanges(context, false);
        result[name].push(storage.written.slice(before));
      }
    }
    return result;
  }

  it('writes a value set through an accessor, then nothing while it stays the same', async () => {
    const { botbuilder, tracked } = await writesOf([
      async (state, context) => void (await state.createProperty<{ language: string }>('preferences').get(context)),
      async (state, context) => state.createProperty('preferences').set(context, { language: 'ru' }),
      async (state, context) => state.createProperty('preferences').set(context, { language: 'ru' }),
      async (state, context) => void (await state.createProperty('preferences').get(context)),
      async (state, context) => state.createProperty('preferences').set(context, { language: 'pt' }),
    ]);
    expect(tracked).toEqual(botbuilder);
    expect(tracked.map((keys) => keys.length)).toEqual([0, 1, 0, 0, 1]);
  });

  it('writes a change made in place, inside a nested object', async () => {
    const { botbuilder, tracked } = await writesOf([
      async (state, context) => state.createProperty('recent').set(context, { answers: [{ id: 'a' }] }),
      async (state, context) => {
        const recent = await state.createProperty<{ answers: { id: string }[] }>('recent').get(context);
        recent!.answers.push({ id: 'b' });
      },
      async (state, context) => void (await state.createProperty('recent').get(context)),
    ]);
    expect(tracked).toEqual(botbuilder);
    expect(tracked.map((keys) => keys.length)).toEqual([1, 1, 0]);
  });

  it('writes a deleted property, a cleared state and a forced save', async () => {
    const storage = new CountingStorage();
    const state = new Tracked(storage);
    const preferences = state.createProperty<{ language: string }>('preferences');
    let context = newTurn();
    await preferences.set(context, { language: 'ru' });
    await state.saveChanges(context);
    context = newTurn();
    await preferences.delete(context);
    await state.saveChanges(context);
    const key = storage.written[0]!;
    expect(storage.written).toEqual([key, key]);
    expect((await storage.read([key]))[key]).not.toHaveProperty('preferences');
    context = newTurn();
    await state.load(context);
    await state.clear(context);
    await state.saveChanges(context);
    context = newTurn();
    await state.load(context);
    await state.saveChanges(context, true);
    expect(storage.written).toHaveLength(4);
  });

  it('reads again when forced, and sees another writer\'s change', async () => {
    const storage = new MemoryStorage();
    const mine = new Tracked(storage);
    const theirs = new Tracked(storage);
    const context = newTurn();
    expect(await mine.createProperty('preferences').get(context)).toBeUndefined();
    const other = newTurn();
    await theirs.createProperty('preferences').set(other, { language: 'zh' });
    await theirs.saveChanges(other);
    expect(await mine.createProperty('preferences').get(context)).toBeUndefined();
    await mine.load(context, true);
    expect(await mine.createProperty('preferences').get(context)).toEqual({ language: 'zh' });
  });
});

describe('the state snapshot', () => {
  it('leaves the eTag out and tells content apart', () => {
    expect(stateSnapshot({ eTag: '1', preferences: { language: 'ru' } })).toBe(stateSnapshot({ eTag: '2', preferences: { language: 'ru' } }));
    expect(stateSnapshot({ preferences: { language: 'ru' } })).not.toBe(stateSnapshot({ preferences: { language: 'pt' } }));
  });

  it('falls back to botbuilder\'s hash for a state JSON cannot hold', () => {
    const cyclic: Record<string, unknown> = { name: 'a' };
    cyclic.self = cyclic;
    expect(stateSnapshot(cyclic)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});
