// What a knowledge file must contain. Translators edit YAML; this schema is
// what `npm run knowledge:check` and the loader hold it to.
import { z } from 'zod';
import { LANGUAGE_CODES } from '../i18n/languages.js';
import { ANSWER_TYPES, TOPICS } from './kinds.js';

export { ANSWER_TYPES, TOPICS, type AnswerType, type Topic } from './kinds.js';

const nonEmpty = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' });
/** YAML reads `2027` as a number; a synonym is text either way. */
const term = z.union([z.string(), z.number()]).transform((value) => String(value).trim()).pipe(nonEmpty);

export const passageSchema = z.strictObject({
  id: z.string({ error: 'must be text' }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lower-case words joined by hyphens' }),
  topic: z.enum(TOPICS, { error: `must be one of ${TOPICS.join(', ')}` }),
  title: nonEmpty,
  text: nonEmpty,
  questions: z.array(nonEmpty, { error: 'must be a list' }).min(2, { error: 'needs at least 2 questions' }).max(4, { error: 'takes at most 4 questions' }),
  synonyms: z.array(term, { error: 'must be a list' }).default([]),
  /** Set in the original's file only (it holds for every translation). */
  answers: z.array(z.enum(ANSWER_TYPES, { error: `must be one of ${ANSWER_TYPES.join(', ')}` }), { error: 'must be a list' }).min(1, { error: 'needs at least one kind of question' }).optional(),
});

export const documentFileSchema = z.strictObject({
  document: z.strictObject({
    id: z.string({ error: 'must be text' }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lower-case words joined by hyphens' }),
    language: z.enum(LANGUAGE_CODES, { error: `must be one of ${LANGUAGE_CODES.join(', ')}` }),
    title: nonEmpty,
    author: nonEmpty.optional(),
    publisher: nonEmpty.optional(),
    date: z.union([z.string(), z.number()]).transform(String).pipe(nonEmpty).optional(),
    /** Publication date, ISO (YYYY-MM-DD); in the original's file, it holds for every translation. */
    published: z.iso.date({ error: 'must be a date written YYYY-MM-DD' }).optional(),
    /** Where the original can be read; in the original's file. */
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).optional(),
  }),
  passages: z.array(passageSchema, { error: 'must be a list of passages' }).min(1, { error: 'needs at least one passage' }),
});

export type PassageEntry = z.infer<typeof passageSchema>;
export type DocumentFile = z.infer<typeof documentFileSchema>;
