// Partners' ratings and the record of every question, for the bot: what each
// channel sends when someone rates an answer (Teams' feedback invoke, a Web
// Chat card button, a Telegram keyboard button or a reply with a comment),
// which answer it rates, and appending both to the interaction log.
import type { ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { TFunction } from 'i18next';
import type { Reply } from '../answer/compose.js';
import { MAX_COMMENT_CHARACTERS, ratingLabels, ratingReader } from '../channels/outgoing.js';
import { InteractionLog, type AnswerOutcome, type Rating } from '../feedback/interactionLog.js';
import type { Pseudonymise } from '../feedback/pseudonym.js';
import { LANGUAGE_CODES, type LanguageCode } from '../i18n/languages.js';

/** How many recent answers a conversation remembers, to link late ratings. */
const REMEMBERED_ANSWERS = 10;

interface RememberedAnswer {
  answerId: string;
  passageId?: string;
  /** Ids the channel gave the reply activities (Teams' feedback names the one it rates). */
  activityIds: string[];
}

interface RecentAnswers {
  answers: RememberedAnswer[];
}

/** A rating, a comment, or both, on one remembered answer. */
export interface ReceivedFeedback {
  answer: RememberedAnswer;
  rating?: Rating;
  comment?: string;
}

const OUTCOMES: Record<Reply['kind'], AnswerOutcome> = { answer: 'answered', didYouMean: 'didYouMean', noAnswer: 'noAnswer' };

export class FeedbackRecorder {
  private readonly recent: StatePropertyAccessor<RecentAnswers>;
  /** Every language's rating labels and comment prompt, read once: they are checked on every message. */
  private readonly labels: Array<{ labels: ReturnType<typeof ratingLabels>; commentPrompt: string }>;
  /** A rating button's label, in any language, as the rating it gives. */
  private readonly ratingOf: (text: string) => Rating | null;

  constructor(
    private readonly log: InteractionLog,
    private readonly pseudonymise: Pseudonymise,
    conversationState: ConversationState,
    t: (language: LanguageCode) => TFunction,
  ) {
    this.recent = conversationState.createProperty<RecentAnswers>('recentAnswers');
    this.labels = LANGUAGE_CODES.map((language) => ({ labels: ratingLabels(t(language)), commentPrompt: t(language)('feedback.commentPrompt') }));
    this.ratingOf = ratingReader(this.labels.map(({ labels }) => labels));
  }

  /** Appends the question and what the bot made of it; returns the record id an answer's rating links to. */
  async recordQuestion(context: TurnContext, question: string, reply: Reply): Promise<string> {
    const id = InteractionLog.newId();
    await this.log.append({
      kind: 'question',
      id,
      ...this.who(context, reply.language),
      question,
      outcome: OUTCOMES[reply.kind],
      ...(reply.kind === 'answer' ? { passageId: reply.passageId, confidence: Math.round(reply.confidence * 1000) / 1000 } : {}),
    });
    return id;
  }

  /** Remembers a sent answer in the conversation, so a rating that comes later finds it. */
  async rememberAnswer(context: TurnContext, answerId: string, passageId: string | undefined, activityIds: string[]): Promise<void> {
    const answers = (await this.recent.get(context))?.answers ?? [];
    const remembered: RememberedAnswer = { answerId, activityIds, ...(passageId ? { passageId } : {}) };
    await this.recent.set(context, { answers: [...answers, remembered].slice(-REMEMBERED_ANSWERS) });
  }

  /**
   * The feedback this activity carries, if any, on an answer of this
   * conversation. Feedback on an answer the conversation does not know (too
   * old, or made up) is not feedback.
   */
  async received(context: TurnContext, text: string): Promise<ReceivedFeedback | null> {
    const { activity } = context;
    // No default value: get(context, { answers: [] }) would store it, a state write on every new conversation's first turn.
    const answers = (await this.recent.get(context))?.answers ?? [];
    if (answers.length === 0) return null;
    const latest = answers.at(-1)!;
    const byId = (answerId: unknown) => answers.find((answer) => answer.answerId === answerId) ?? null;

    // Teams' built-in feedback: an invoke naming the rated message.
    if (activity.type === 'invoke' && activity.name === 'message/submitAction') {
      const value = activity.value as { actionName?: unknown; actionValue?: { reaction?: unknown; feedback?: unknown } } | undefined;
      if (value?.actionName !== 'feedback') return null;
      const answer = answers.find((a) => activity.replyToId && a.activityIds.includes(activity.replyToId)) ?? latest;
      const rating = value.actionValue?.reaction === 'like' ? 'helpful' : value.actionValue?.reaction === 'dislike' ? 'notHelpful' : undefined;
      return { answer, ...(rating ? { rating } : {}), ...commentOf(teamsFeedbackText(value.actionValue?.feedback)) };
    }

    // Web Chat card buttons and the comment box: data posted back with the message.
    const data = (activity.value as { feedback?: { answerId?: unknown; rating?: unknown; comment?: unknown }; comment?: unknown } | undefined)?.feedback;
    if (data && typeof data === 'object') {
      const answer = byId(data.answerId);
      if (!answer) return null;
      if (data.rating === 'helpful' || data.rating === 'notHelpful') return { answer, rating: data.rating };
      if (data.comment === true) return { answer, ...commentOf((activity.value as { comment?: unknown }).comment) };
      return null;
    }

    // Telegram (and any text channel): a tapped rating button sends its label, in whichever language it was shown.
    const rating = this.ratingOf(text);
    if (rating) return { answer: latest, rating };

    // Telegram: a reply to the bot's comment prompt is a comment on the answer rated last.
    const repliedTo = (activity.channelData as { message?: { reply_to_message?: { text?: unknown } } } | undefined)?.message?.reply_to_message?.text;
    if (typeof repliedTo === 'string' && this.labels.some(({ commentPrompt }) => repliedTo.includes(commentPrompt))) {
      return { answer: latest, ...commentOf(text) };
    }
    return null;
  }

  /** Appends the feedback, linked to the answer it rates. */
  async recordFeedback(context: TurnContext, language: LanguageCode, feedback: ReceivedFeedback): Promise<void> {
    await this.log.append({
      kind: 'feedback',
      id: InteractionLog.newId(),
      ...this.who(context, language),
      answerId: feedback.answer.answerId,
      ...(feedback.answer.passageId ? { passageId: feedback.answer.passageId } : {}),
      ...(feedback.rating ? { rating: feedback.rating } : {}),
      ...(feedback.comment ? { comment: feedback.comment } : {}),
    });
  }

  private who(context: TurnContext, language: LanguageCode) {
    const { activity } = context;
    return {
      at: new Date().toISOString(),
      channel: activity.channelId ?? 'unknown',
      language,
      user: this.pseudonymise(activity.from?.aadObjectId ?? activity.from?.id),
      conversation: this.pseudonymise(activity.conversation?.id),
    };
  }
}

/** Teams puts the comment in a JSON string: `{"feedbackText":"..."}`. */
function teamsFeedbackText(feedback: unknown): unknown {
  if (typeof feedback !== 'string') return undefined;
  try {
    return (JSON.parse(feedback) as { feedbackText?: unknown }).feedbackText;
  } catch {
    return undefined;
  }
}

function commentOf(comment: unknown): { comment?: string } {
  if (typeof comment !== 'string') return {};
  const trimmed = comment.replace(/\s+/gu, ' ').trim().slice(0, MAX_COMMENT_CHARACTERS);
  return trimmed ? { comment: trimmed } : {};
}
