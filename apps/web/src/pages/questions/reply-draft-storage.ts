import { isRecord, readStored, removeStored, writeStored } from '../../lib/local-store';
import type { QuotedReply } from './reply-item';

/**
 * Local copy of a reply being written, so that a reload or a lost connection never loses text.
 * Kept in localStorage per member and per thread, with the reply it quotes if any.
 */
export interface ReplyDraft {
  /** When it was written (ISO date-time, this device's clock). */
  savedAt: string;
  body: string;
  quoted: QuotedReply | null;
}

const PREFIX = 'pairs:reply-draft';
const VERSION = 1;

export function replyDraftKey(userId: string, threadId: string): string {
  return `${PREFIX}:${userId}:${threadId}`;
}

/** Stored data may come from an older version of the app or another tab: check its shape. */
function isQuoted(value: unknown): value is QuotedReply {
  return (
    isRecord(value) &&
    typeof value['id'] === 'string' &&
    typeof value['authorName'] === 'string' &&
    typeof value['body'] === 'string'
  );
}

export function readReplyDraft(key: string): ReplyDraft | null {
  return readStored(key, VERSION, (stored) => {
    const { savedAt, body, quoted } = stored;
    if (typeof savedAt !== 'string' || typeof body !== 'string') return null;
    if (quoted !== null && !isQuoted(quoted)) return null;
    return {
      savedAt,
      body,
      quoted: quoted === null ? null : { id: quoted.id, authorName: quoted.authorName, body: quoted.body },
    };
  });
}

/** False when the browser refused to store it (storage full or disabled). */
export function writeReplyDraft(key: string, draft: ReplyDraft): boolean {
  return writeStored(key, VERSION, draft);
}

export function removeReplyDraft(key: string): void {
  removeStored(key);
}
