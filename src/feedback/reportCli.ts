// `npm run report`: the operators' report on the interaction log, read from
// the configured store; `--purge-before <date>` deletes older records.
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { loadConfig, type Config } from '../config.js';
import { isLanguageCode, LANGUAGE_CODES } from '../i18n/languages.js';
import { loadKnowledge } from '../knowledge/load.js';
import { createStorage } from '../state/storage.js';
import { InteractionLog } from './interactionLog.js';
import { moveInteractionLogOutOfState } from './separateLog.js';
import { buildReport, formatReport, type ReportFormat } from './report.js';

export const USAGE = `Usage: npm run report -- [options]
  --since <date>         from this date or time (YYYY-MM-DD or ISO 8601, UTC)
  --until <date>         up to this date (a date alone includes that whole day) or time
  --format <format>      table (default), csv or json
  --lang <code>          one language: ${LANGUAGE_CODES.join(', ')}
  --channel <id>         one channel: msteams, telegram, webchat, directline, ...
  --purge-before <date>  delete records older than the date instead of reporting
  --help                 this text`;

const FORMATS: readonly ReportFormat[] = ['table', 'csv', 'json'];

class UsageError extends Error {}

function parseDate(option: string, value: string, endOfDay = false): Date {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime())) {
    throw new UsageError(`--${option} "${value}" is not a date: write it as YYYY-MM-DD or an ISO 8601 time such as 2026-11-28T13:00:00Z.`);
  }
  return dateOnly && endOfDay ? new Date(date.getTime() + 24 * 60 * 60 * 1000) : date;
}

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

/** Runs the command; returns the exit code (0 done, 2 bad options). */
export async function runReportCli(argv: string[], config: Config, io: CliIO): Promise<number> {
  let options;
  try {
    ({ values: options } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        since: { type: 'string' },
        until: { type: 'string' },
        format: { type: 'string', default: 'table' },
        lang: { type: 'string' },
        channel: { type: 'string' },
        'purge-before': { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  try {
    const format = options.format as ReportFormat;
    if (!FORMATS.includes(format)) throw new UsageError(`--format "${options.format}" is not one of ${FORMATS.join(', ')}.`);
    if (options.lang !== undefined && !isLanguageCode(options.lang)) throw new UsageError(`--lang "${options.lang}" is not one of ${LANGUAGE_CODES.join(', ')}.`);
    const since = options.since === undefined ? undefined : parseDate('since', options.since);
    const until = options.until === undefined ? undefined : parseDate('until', options.until, true);
    if (since && until && since >= until) throw new UsageError('--since must be before --until.');
    const purgeBefore = options['purge-before'] === undefined ? undefined : parseDate('purge-before', options['purge-before']);

    const store = await createStorage(config);
    try {
      await moveInteractionLogOutOfState(store.storage, store.interactions);
      const log = new InteractionLog(store.interactions);
      if (purgeBefore) {
        const removed = await log.purgeBefore(purgeBefore);
        io.out(`Deleted ${removed} record${removed === 1 ? '' : 's'} older than ${purgeBefore.toISOString()}.\n`);
        return 0;
      }
      const records = await log.read({ ...(since ? { since } : {}), ...(until ? { until } : {}) });
      const { knowledge } = loadKnowledge(config.KNOWLEDGE_DIR);
      const titles = new Map((knowledge?.passages.en ?? []).map((passage) => [passage.id, passage.title]));
      const filter = { ...(since ? { since } : {}), ...(until ? { until } : {}), ...(options.lang ? { language: options.lang } : {}), ...(options.channel ? { channel: options.channel } : {}) };
      io.out(formatReport(buildReport(records, filter, titles), format));
      return 0;
    } finally {
      store.close();
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${error.message}\n\n${USAGE}\n`);
    return 2;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runReportCli(process.argv.slice(2), loadConfig(), { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) })
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error: Error) => {
      process.stderr.write(`report: ${error.message}\n`);
      process.exitCode = 1;
    });
}
