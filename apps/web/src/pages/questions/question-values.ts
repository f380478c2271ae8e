import { DISCUSSION_LIMITS as LIMITS } from '@pairs/shared-domain';
import { fieldErrorMessage } from '@pairs/web-graphql';
import type { FieldErrorMapping } from '../../lib/form-errors';
import { utf8Bytes } from '../case-studies/case-study-editor-values';

/** What the ask-a-question form holds (and keeps on this device). */
export interface QuestionValues {
  title: string;
  body: string;
  themeSlugs: string[];
}

export const EMPTY_QUESTION_VALUES: QuestionValues = { title: '', body: '', themeSlugs: [] };

const COUNT = new Intl.NumberFormat('fr-FR');
const count = (n: number) => COUNT.format(n);
const BODY_MAX = `${count(LIMITS.bodyMaxBytes / 1000)} Ko`;

/** French texts of the API's `field:reason` pairs for questions and replies (list indices written `N`). */
const QUESTION_FIELD_MESSAGES: Readonly<Record<string, string>> = {
  'title:required': 'Saisissez un titre.',
  'title:minLength': `Le titre doit compter au moins ${LIMITS.titleMin} caractères.`,
  'title:maxLength': `Le titre ne doit pas dépasser ${count(LIMITS.titleMax)} caractères.`,
  'body:required': 'Écrivez votre question.',
  'body:minLength': `Votre question doit compter au moins ${LIMITS.threadBodyMin} caractères.`,
  'body:maxLength': `Le texte dépasse la taille maximale (${BODY_MAX}).`,
  'themeSlugs:required': 'Choisissez au moins une thématique.',
  'themeSlugs:maxSize': `Choisissez ${LIMITS.themesMax} thématiques au plus.`,
  'themeSlugs.N:unknown': "Une des thématiques choisies n'existe plus. Décochez-la puis réessayez.",
  'themeSlugs.N:archived':
    'Une des thématiques choisies a été archivée et ne reçoit plus de contenus. Décochez-la puis réessayez.',
  'caseStudyId:unknown':
    "Ce retour d'expérience n'existe plus ou n'est plus publié : décochez le rattachement puis réessayez.",
};

const REPLY_FIELD_MESSAGES: Readonly<Record<string, string>> = {
  'body:required': 'Écrivez votre réponse.',
  'body:minLength': `Votre réponse doit compter au moins ${LIMITS.replyBodyMin} caractères.`,
  'body:maxLength': `Le texte dépasse la taille maximale (${BODY_MAX}).`,
  'quotedReplyId:unknown':
    "La réponse citée n'existe plus (elle a peut-être été supprimée). Retirez la citation puis réessayez.",
};

function keyOf(field: string, reason: string): string {
  return `${field.replace(/\.\d+(?=\.|$)/g, '.N')}:${reason}`;
}

/** French text for one invalid field of a question input. */
export function questionFieldMessage(field: string, reason: string): string {
  return QUESTION_FIELD_MESSAGES[keyOf(field, reason)] ?? fieldErrorMessage(field, reason);
}

/** French text for one invalid field of a reply input. */
export function replyFieldMessage(field: string, reason: string): string {
  return REPLY_FIELD_MESSAGES[keyOf(field, reason)] ?? fieldErrorMessage(field, reason);
}

/** Where the form shows an API field error: a theme of the list belongs to the themes field. */
export function questionFormFieldOf(path: string): string {
  return /^themeSlugs\.\d+$/.test(path) ? 'themeSlugs' : path;
}

/** Where the ask form shows the API's field errors, and in which words. */
export const QUESTION_FIELD_ERRORS: FieldErrorMapping = {
  fieldOf: questionFormFieldOf,
  message: questionFieldMessage,
};

/** Field labels of the error summary, in form order. */
export const QUESTION_FIELD_LABELS: Readonly<Record<string, string>> = {
  title: 'Titre',
  body: 'Votre question',
  themeSlugs: 'Thématiques',
  caseStudyId: "Retour d'expérience",
};

/** The API normalises titles this way: spaces collapsed, then trimmed. */
export function normalizeTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim();
}

/** Problems the API would report, found before sending: field path → French message. */
export function validateQuestion(values: QuestionValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const title = normalizeTitle(values.title);
  if (title === '') errors['title'] = questionFieldMessage('title', 'required');
  else if (title.length < LIMITS.titleMin) errors['title'] = questionFieldMessage('title', 'minLength');
  else if (title.length > LIMITS.titleMax) errors['title'] = questionFieldMessage('title', 'maxLength');
  const body = values.body.trim();
  if (body === '') errors['body'] = questionFieldMessage('body', 'required');
  else if (utf8Bytes(body) > LIMITS.bodyMaxBytes) errors['body'] = questionFieldMessage('body', 'maxLength');
  else if (body.length < LIMITS.threadBodyMin) errors['body'] = questionFieldMessage('body', 'minLength');
  if (values.themeSlugs.length < LIMITS.themesMin) {
    errors['themeSlugs'] = questionFieldMessage('themeSlugs', 'required');
  } else if (values.themeSlugs.length > LIMITS.themesMax) {
    errors['themeSlugs'] = questionFieldMessage('themeSlugs', 'maxSize');
  }
  return errors;
}

/** The same checks for a reply (or the edit of one): null when it may be sent. */
export function validateReplyBody(body: string): string | null {
  const trimmed = body.trim();
  if (trimmed === '') return replyFieldMessage('body', 'required');
  if (utf8Bytes(trimmed) > LIMITS.bodyMaxBytes) return replyFieldMessage('body', 'maxLength');
  if (trimmed.length < LIMITS.replyBodyMin) return replyFieldMessage('body', 'minLength');
  return null;
}

/** True when the text typed is worth keeping on this device (themes alone are quickly chosen again). */
export function hasWrittenText(values: QuestionValues): boolean {
  return values.title.trim() !== '' || values.body.trim() !== '';
}
