// The benchmark's questions: the realistic ones of tests/quality/<lng>.yaml
// (answerable and unanswerable), in all eleven languages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../src/config.js';
import { LANGUAGE_CODES, type LanguageCode } from '../../src/i18n/languages.js';

interface QualityFile {
  answerable?: { question: string }[];
  unanswerable?: ({ question: string } | string)[];
}

/** Each language's test questions, answerable ones first. */
export function loadQuestions(): Map<LanguageCode, string[]> {
  const questions = new Map<LanguageCode, string[]>();
  for (const language of LANGUAGE_CODES) {
    const file = parse(readFileSync(join(PROJECT_ROOT, 'tests', 'quality', `${language}.yaml`), 'utf8')) as QualityFile;
    const list = [...(file.answerable ?? []), ...(file.unanswerable ?? [])].map((q) => (typeof q === 'string' ? q : q.question)).filter((q) => typeof q === 'string' && q.trim());
    questions.set(language, list);
  }
  return questions;
}

/**
 * One POST body per question, languages interleaved, as a channel posts it
 * with the replies requested in the response (no connector call). Users and
 * conversations cycle through a pool of `conversations`, as many people asking.
 */
export function activityBodies(questions: Map<LanguageCode, string[]>, conversations = 256): string[] {
  const longest = Math.max(...[...questions.values()].map((q) => q.length));
  const bodies: string[] = [];
  for (let i = 0; i < longest; i += 1) {
    for (const [language, list] of questions) {
      const text = list[i];
      if (text === undefined) continue;
      const n = bodies.length % conversations;
      bodies.push(
        JSON.stringify({
          type: 'message',
          id: `bench-${bodies.length}`,
          channelId: 'webchat',
          serviceUrl: 'http://127.0.0.1:9/',
          from: { id: `bench-user-${n}` },
          recipient: { id: 'bot' },
          conversation: { id: `bench-conversation-${n}` },
          locale: language,
          text,
          deliveryMode: 'expectReplies',
        }),
      );
    }
  }
  return bodies;
}
