// Moves an interaction log that older versions kept in the state store into
// its own store, once: the index and every shard it lists are copied (as
// rows, where the log's store keeps rows), then deleted from state. Run at
// start by the bot and by `npm run report`.
import type { Storage, StoreItems } from 'botbuilder';
import { isInteractionStore, type InteractionRecord, type InteractionStore } from './interactionLog.js';

const INDEX_KEY = 'interactions/index';

/** Returns how many documents were moved (0 when there was nothing to move). */
export async function moveInteractionLogOutOfState(state: Storage, interactions: Storage | InteractionStore): Promise<number> {
  const oldIndex = (await state.read([INDEX_KEY]))[INDEX_KEY] as { shards?: string[] } | undefined;
  if (!oldIndex) return 0;
  const shards = oldIndex.shards ?? [];
  if (isInteractionStore(interactions)) {
    for (let i = 0; i < shards.length; i += 50) {
      const items = await state.read(shards.slice(i, i + 50));
      // Appending a record the store has already (an interrupted move, redone) keeps it once.
      const records = Object.values(items).flatMap((item) => ((item as { records?: InteractionRecord[] } | undefined)?.records ?? []));
      if (records.length > 0) await interactions.append(records);
    }
    await state.delete([...shards, INDEX_KEY]);
    return shards.length + 1;
  }
  for (let i = 0; i < shards.length; i += 50) {
    const batch = shards.slice(i, i + 50);
    const items = await state.read(batch);
    const existing = await interactions.read(batch);
    const copies: StoreItems = {};
    for (const key of batch) {
      const item = items[key] as { records?: { id: string }[] } | undefined;
      if (!item) continue;
      // A shard this instance already wrote in the new store too (an interrupted move, redone): the records of both.
      const there = existing[key] as { records?: { id: string }[]; eTag?: string } | undefined;
      const ids = new Set((there?.records ?? []).map((record) => record.id));
      copies[key] = { records: [...(there?.records ?? []), ...(item.records ?? []).filter((record) => !ids.has(record.id))], ...(there?.eTag ? { eTag: there.eTag } : {}) };
    }
    if (Object.keys(copies).length > 0) await interactions.write(copies);
  }
  const newIndex = (await interactions.read([INDEX_KEY]))[INDEX_KEY] as { shards?: string[]; eTag?: string } | undefined;
  const merged = [...new Set([...(newIndex?.shards ?? []), ...shards])];
  await interactions.write({ [INDEX_KEY]: { shards: merged, ...(newIndex?.eTag ? { eTag: newIndex.eTag } : {}) } });
  // Only once the copy is complete: an interruption before this line leaves the old log to be moved again.
  await state.delete([...shards, INDEX_KEY]);
  return shards.length + 1;
}
