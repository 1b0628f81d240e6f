// The kinds a passage is tagged with (its topic, the kinds of question it
// answers): plain lists, apart from the schema so that the code reading them
// at run time does not load the schema checker.
export const TOPICS = ['center', 'practices', 'access', 'plans'] as const;
export type Topic = (typeof TOPICS)[number];

/**
 * What kind of question a passage answers, whatever the language: a "where"
 * question looks for a `place`, "how far / how long" for a `distance`,
 * "how much / how many" for a `quantity`, "who" for an `agent` (a person), "which organisation" for an `organization`, "when" for a
 * `time`, "on what date / when exactly" for a `date` (a day, not only a year), "what is planned" for a `plan`, "why" for a `reason`, "what does the Center do" for its `role`, "will it reach zones like ours" for a `recipient`, "national-level or local?" for a `level`, "is there a solution for that" for a `solution`, "who started it first" for its `origin`, "how does it
 * work" for a `method`, "what kinds" for `kinds`, "what sets it apart" for a `distinction`, "who wrote this, when was
 * it published" for the `source`, "what is its full name" for a `name`, "how much does it cost" for a `price`, "by what percentage" for a `percentage`,
 * "when is it open" for `hours`, "phone, e-mail" for a `contact`, "what is the weather like" for the `weather`, "which documents / papers are needed" for `documents`, "is there parking / a hotel / a shuttle" for `facilities`, "which is bigger" for a `comparison`, "how deep, how many square metres, what population" for a `dimension`, "how do we join, register, sign an MoU" for `membership`, "which goods does it take, is there a list" for `items`, "when was it set up, before the opening" for its `history`, "who attended the opening ceremony" for its `attendance`, "who heads it" for its `leadership`, "when is the next event" for its `events`, "how many days does clearance take" for a procedure's `duration`. A kind no
 * passage answers still counts: a question asking for it is not answered by
 * a passage that merely shares its other words. The words that ask each are
 * per language, in src/search/questionTypes.ts.
 */
export const ANSWER_TYPES = ['place', 'region', 'city', 'route', 'distance', 'quantity', 'agent', 'organization', 'time', 'date', 'plan', 'reason', 'role', 'recipient', 'level', 'solution', 'origin', 'method', 'kinds', 'distinction', 'source', 'name', 'definition', 'price', 'percentage', 'hours', 'contact', 'weather', 'documents', 'facilities', 'comparison', 'dimension', 'membership', 'items', 'history', 'attendance', 'leadership', 'events', 'duration'] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];
