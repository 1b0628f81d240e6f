// Where a process's resident memory goes, as the server under test sees it:
// V8's heap (committed, used, per space), memory held for Buffers and
// ArrayBuffers, and Linux's own account of the process (/proc/self/smaps_rollup
// and /proc/self/smaps summed by kind of mapping). Read in the server under
// test by its probe (scripts/bench/heapProbe.ts) and printed by
// scripts/bench/memoryProbe.ts.
import { readFileSync } from 'node:fs';
import v8 from 'node:v8';

const MiB = 2 ** 20;
const toMiB = (bytes: number) => Math.round((bytes / MiB) * 10) / 10;

export interface MemoryBreakdown {
  /** process.memoryUsage(), MiB. */
  usage: { rss: number; heapTotal: number; heapUsed: number; external: number; arrayBuffers: number };
  /** Each V8 heap space: committed (size) and used, MiB. */
  spaces: Record<string, { size: number; used: number }>;
  /** Linux's account of the process's resident memory, MiB (empty off Linux). */
  smaps: SmapsSummary;
}

export interface SmapsSummary {
  /** smaps_rollup: Rss, Pss, Anonymous, Private_Dirty... in MiB. */
  rollup: Record<string, number>;
  /** Resident MiB by kind of mapping: the V8 heap, the malloc heap and arenas, thread stacks, code (files), other anonymous memory. */
  byKind: Record<string, number>;
}

/** Sums /proc/<pid>/smaps by kind of mapping: file-backed by file, anonymous ones as "[anon]", "[heap]", "[stack]". */
export function summariseSmaps(smaps: string): Record<string, number> {
  const byKind: Record<string, number> = {};
  let kind = '';
  for (const line of smaps.split('\n')) {
    const header = line.match(/^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/);
    if (header) {
      const name = header[1]!.trim();
      kind = name === '' ? '[anon]' : name.startsWith('[') ? name.replace(/:.*\]$/, ']') : name.endsWith('.node') ? 'native addons (.node)' : /\/node$|\/nodejs$/.test(name) ? 'node binary' : /\.so(\.|$)/.test(name) ? 'shared libraries' : 'other files';
      continue;
    }
    const rss = line.match(/^Rss:\s+(\d+) kB/);
    if (rss) byKind[kind] = (byKind[kind] ?? 0) + Number(rss[1]) / 1024;
  }
  for (const key of Object.keys(byKind)) byKind[key] = Math.round(byKind[key]! * 10) / 10;
  return byKind;
}

function readSmaps(pid: number | 'self'): SmapsSummary {
  try {
    const rollup: Record<string, number> = {};
    for (const match of readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8').matchAll(/^(\w+):\s+(\d+) kB/gm)) rollup[match[1]!] = Math.round((Number(match[2]) / 1024) * 10) / 10;
    return { rollup, byKind: summariseSmaps(readFileSync(`/proc/${pid}/smaps`, 'utf8')) };
  } catch {
    return { rollup: {}, byKind: {} };
  }
}

/** This process's memory, broken down. */
export function memoryBreakdown(): MemoryBreakdown {
  const u = process.memoryUsage();
  const spaces: MemoryBreakdown['spaces'] = {};
  for (const space of v8.getHeapSpaceStatistics()) spaces[space.space_name] = { size: toMiB(space.space_size), used: toMiB(space.space_used_size) };
  return {
    usage: { rss: toMiB(u.rss), heapTotal: toMiB(u.heapTotal), heapUsed: toMiB(u.heapUsed), external: toMiB(u.external), arrayBuffers: toMiB(u.arrayBuffers) },
    spaces,
    smaps: readSmaps('self'),
  };
}

/** What a breakdown says in the bench's table: the RSS split into V8's heap, other anonymous memory and mapped files, MiB. */
export function rssShares(b: MemoryBreakdown): { rss: number; heapCommitted: number; newSpace: number; oldSpace: number; heapUsed: number; anonymousOutsideHeap: number; fileBacked: number } {
  const anonymous = Object.entries(b.smaps.byKind).filter(([kind]) => kind.startsWith('[')).reduce((sum, [, mib]) => sum + mib, 0);
  const files = Object.entries(b.smaps.byKind).filter(([kind]) => !kind.startsWith('[')).reduce((sum, [, mib]) => sum + mib, 0);
  return {
    rss: b.usage.rss,
    heapCommitted: b.usage.heapTotal,
    newSpace: b.spaces.new_space?.size ?? Number.NaN,
    oldSpace: b.spaces.old_space?.size ?? Number.NaN,
    heapUsed: b.usage.heapUsed,
    // V8's committed pages are anonymous mappings too; what is left is malloc (libuv, SQLite, ICU, zlib), Buffers and thread stacks.
    anonymousOutsideHeap: Math.round((anonymous - b.usage.heapTotal) * 10) / 10,
    fileBacked: Math.round(files * 10) / 10,
  };
}
