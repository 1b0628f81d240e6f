// botbuilder's UserState and ConversationState, telling whether a turn
// changed the state more cheaply. botbuilder keeps a SHA-256 of the state,
// serialised through a replacer function, and computes it when a turn reads
// the state and twice more when it saves: five times a turn for this bot's
// two states, 3–4 % of its CPU under load. Here the serialised state itself
// is kept (a few hundred bytes; only for the turn) and compared as text: the
// same decisions, a plain JSON.stringify each, and none after a write.
import { calculateChangeHash, type BotState, ConversationState, UserState, type Storage, type StorageKeyFactory, type TurnContext } from 'botbuilder';

/** What BotState keeps in the turn state: the state and its snapshot (botbuilder calls it a hash). */
interface CachedState {
  state: Record<string, unknown>;
  hash: string;
}

/** BotState's members the two methods need (`stateKey` is private in its types, an own property at run time). */
interface StateInternals {
  storage: Storage;
  storageKey: StorageKeyFactory;
  stateKey: symbol;
}

/**
 * The state as JSON, without its eTag (the store's concurrency token, not
 * content). A state JSON cannot represent (a cycle, a BigInt: none of this
 * bot's) falls back to botbuilder's own hash.
 */
export function stateSnapshot(state: Record<string, unknown>): string {
  const { eTag: _eTag, ...content } = state;
  try {
    return JSON.stringify(content);
  } catch {
    return `sha256:${calculateChangeHash(state)}`;
  }
}

/** BotState.load, with the snapshot for a hash. */
async function load(self: StateInternals, context: TurnContext, force: boolean): Promise<Record<string, unknown>> {
  const cached = context.turnState.get(self.stateKey) as CachedState | undefined;
  if (!force && cached?.state) return cached.state;
  const key = await self.storageKey(context);
  const items = await self.storage.read([key]);
  const state = (items[key] as Record<string, unknown> | undefined) ?? {};
  context.turnState.set(self.stateKey, { state, hash: stateSnapshot(state) } satisfies CachedState);
  return state;
}

/** BotState.saveChanges: writes (last writer wins, eTag "*") when forced or when the state differs from its snapshot. */
async function saveChanges(self: StateInternals, context: TurnContext, force: boolean): Promise<void> {
  let cached = context.turnState.get(self.stateKey) as CachedState | undefined;
  const current = cached ? stateSnapshot(cached.state) : undefined;
  if (!force && (!cached || cached.hash === current)) return;
  const key = await self.storageKey(context);
  cached ??= { state: {}, hash: '' };
  cached.state.eTag = '*';
  await self.storage.write({ [key]: cached.state });
  // What was written: a change made while the write was in flight is still a change at the next save.
  cached.hash = current ?? stateSnapshot(cached.state);
  context.turnState.set(self.stateKey, cached);
}

/** Refuses a botbuilder whose BotState no longer keeps its turn cache where these methods look for it. */
function checkInternals(self: object): void {
  if (typeof (self as Partial<StateInternals>).stateKey !== 'symbol') throw new Error('botbuilder BotState has no stateKey symbol: TrackedUserState/TrackedConversationState need updating for this botbuilder version.');
}

/** A botbuilder state class (UserState, ConversationState): where it keeps the state is its own. */
type StateClass = new (...args: any[]) => BotState;

/** `Base` with the cheaper change check: its load and saveChanges go through the functions above. */
function tracking<T extends StateClass>(Base: T) {
  return class extends Base {
    // A mixin's constructor takes any arguments (TypeScript's rule); they are Base's (storage, namespace).
    constructor(...args: any[]) {
      super(...(args as [Storage, string?]));
      checkInternals(this);
    }

    override load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
      return load(this as unknown as StateInternals, context, force);
    }

    override saveChanges(context: TurnContext, force = false): Promise<void> {
      return saveChanges(this as unknown as StateInternals, context, force);
    }
  };
}

/** A person's state (their chosen language), across conversations. */
export class TrackedUserState extends tracking(UserState) {}

/** A conversation's state (the answers it can still rate). */
export class TrackedConversationState extends tracking(ConversationState) {}
