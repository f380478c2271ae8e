import { DEMO_USERS } from '@pairs/identity';
import { DEMO_GROUPS } from '@pairs/groups';
import { DEMO_CASE_STUDIES, DEMO_THEMES } from '@pairs/knowledge';
import { DISCUSSION_LIMITS, slugify } from '@pairs/shared-domain';
import { DEMO_THREADS, type DemoReply, type DemoThread } from './threads.demo-data.js';

const themeSlugs = new Set(
  DEMO_THEMES.flatMap((t) => [slugify(t.name), ...(t.children ?? []).map((c) => slugify(c.name))]),
);
const handles = new Set(DEMO_USERS.map((u) => u.handle));
const moderators = new Set(
  DEMO_USERS.filter((u) => u.role === 'MODERATOR' || u.role === 'ADMIN').map((u) => u.handle),
);
const publishedCaseStudies = new Map(
  DEMO_CASE_STUDIES.filter((c) => c.status === 'PUBLISHED').map((c) => [c.slug, c]),
);
const allReplies = DEMO_THREADS.flatMap((t) => t.replies.map((r) => ({ thread: t, reply: r })));

/** Every version of a text: the original, then its edits. */
function threadVersions(t: DemoThread): { title: string; body: string }[] {
  const versions = [{ title: t.title, body: t.body }];
  for (const edit of t.edits ?? []) {
    const last = versions[versions.length - 1];
    versions.push({ title: edit.title ?? last.title, body: edit.body ?? last.body });
  }
  return versions;
}
const replyVersions = (r: DemoReply): string[] => [r.body, ...(r.edits ?? [])];
const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');
/** Hours before "now" of a thread's last event (its creation or its last reply). */
const lastActivityHoursAgo = (t: DemoThread): number =>
  t.daysAgo * 24 - (t.replies.length ? t.replies[t.replies.length - 1].hoursAfter : 0);

/** Fails with a readable list of problems instead of a bare boolean. */
function expectNoProblems(problems: string[]): void {
  expect(problems).toEqual([]);
}

describe('demo threads', () => {
  it('have unique kebab-case keys', () => {
    const keys = DEMO_THREADS.map((t) => t.key);
    const problems = keys
      .filter((k) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(k))
      .map((k) => `thread key "${k}" is not kebab-case`);
    for (const k of new Set(keys)) {
      if (keys.filter((x) => x === k).length > 1) problems.push(`thread key "${k}" is used twice`);
    }
    expectNoProblems(problems);
  });

  it('give each reply a key unique within its thread', () => {
    const problems: string[] = [];
    for (const t of DEMO_THREADS) {
      const keys = t.replies.map((r) => r.key);
      for (const k of new Set(keys)) {
        if (keys.filter((x) => x === k).length > 1) problems.push(`${t.key}: reply key "${k}" is used twice`);
      }
      for (const k of keys) if (!k.trim()) problems.push(`${t.key}: a reply has an empty key`);
    }
    expectNoProblems(problems);
  });

  it('are written and reacted to by demo users only', () => {
    const problems: string[] = [];
    const check = (where: string, handle: string) => {
      if (!handles.has(handle)) problems.push(`${where}: "${handle}" is not a DEMO_USERS handle`);
    };
    for (const t of DEMO_THREADS) {
      check(`${t.key} (author)`, t.author);
      for (const h of [...(t.useful ?? []), ...(t.thanks ?? [])]) check(`${t.key} (reaction)`, h);
      for (const r of t.replies) {
        check(`${t.key}/${r.key} (author)`, r.author);
        for (const h of [...(r.useful ?? []), ...(r.thanks ?? [])]) check(`${t.key}/${r.key} (reaction)`, h);
      }
    }
    expectNoProblems(problems);
  });

  it('never let anyone react to their own post, nor twice with the same reaction', () => {
    const problems: string[] = [];
    const check = (where: string, author: string, kind: string, list: string[] | undefined) => {
      if (!list) return;
      if (list.includes(author)) problems.push(`${where}: ${author} reacts "${kind}" to their own post`);
      if (new Set(list).size !== list.length) problems.push(`${where}: duplicate handles in "${kind}"`);
    };
    for (const t of DEMO_THREADS) {
      check(t.key, t.author, 'useful', t.useful);
      check(t.key, t.author, 'thanks', t.thanks);
      for (const r of t.replies) {
        check(`${t.key}/${r.key}`, r.author, 'useful', r.useful);
        check(`${t.key}/${r.key}`, r.author, 'thanks', r.thanks);
      }
    }
    expectNoProblems(problems);
  });

  it('name one to three existing themes, without repeating one', () => {
    const max = Math.min(3, DISCUSSION_LIMITS.themesMax);
    const problems: string[] = [];
    for (const t of DEMO_THREADS) {
      const n = t.themeSlugs.length;
      if (n < DISCUSSION_LIMITS.themesMin || n > max)
        problems.push(`${t.key}: ${n} themes, expected 1..${max}`);
      if (new Set(t.themeSlugs).size !== n) problems.push(`${t.key}: a theme is repeated`);
      for (const slug of t.themeSlugs) {
        if (!themeSlugs.has(slug)) problems.push(`${t.key}: unknown theme slug "${slug}"`);
      }
    }
    expectNoProblems(problems);
  });

  it('attach threads only to published case studies, answered by one of their authors', () => {
    const problems: string[] = [];
    for (const t of DEMO_THREADS.filter((x) => x.caseStudySlug)) {
      const study = publishedCaseStudies.get(t.caseStudySlug!);
      if (!study) {
        problems.push(`${t.key}: "${t.caseStudySlug}" is not a published demo case study`);
        continue;
      }
      if (study.authorHandles.includes(t.author)) {
        problems.push(`${t.key}: asked by an author of the case study it questions`);
      }
      if (!t.replies.some((r) => !r.deleted && study.authorHandles.includes(r.author))) {
        problems.push(
          `${t.key}: no answer from the case study's authors (${study.authorHandles.join(', ')})`,
        );
      }
    }
    expectNoProblems(problems);
  });

  it('accept an existing, non-deleted reply written by someone else than the asker', () => {
    const problems: string[] = [];
    for (const t of DEMO_THREADS.filter((x) => x.acceptedReply !== undefined)) {
      const reply = t.replies.find((r) => r.key === t.acceptedReply);
      if (!reply) problems.push(`${t.key}: accepted reply "${t.acceptedReply}" does not exist`);
      else if (reply.deleted) problems.push(`${t.key}: accepted reply "${reply.key}" is deleted`);
      else if (reply.author === t.author) problems.push(`${t.key}: the asker accepted their own reply`);
    }
    expectNoProblems(problems);
  });

  it('quote only earlier, non-deleted replies of the same thread', () => {
    const problems: string[] = [];
    for (const t of DEMO_THREADS) {
      t.replies.forEach((r, i) => {
        if (r.quotes === undefined) return;
        const quoted = t.replies.slice(0, i).find((q) => q.key === r.quotes);
        if (!quoted) problems.push(`${t.key}/${r.key}: quotes "${r.quotes}", which is not an earlier reply`);
        else if (quoted.deleted) problems.push(`${t.key}/${r.key}: quotes the deleted reply "${quoted.key}"`);
      });
    }
    expectNoProblems(problems);
  });

  it('keep titles and bodies, edits included, within the discussion limits', () => {
    const { titleMin, titleMax, bodyMaxBytes, threadBodyMin, replyBodyMin } = DISCUSSION_LIMITS;
    const problems: string[] = [];
    for (const t of DEMO_THREADS) {
      threadVersions(t).forEach(({ title, body }, v) => {
        const where = `${t.key} (version ${v})`;
        const titleLength = title.trim().length;
        if (titleLength < titleMin || titleLength > titleMax) {
          problems.push(`${where}: title of ${titleLength} characters, expected ${titleMin}..${titleMax}`);
        }
        if (body.trim().length < threadBodyMin) problems.push(`${where}: body shorter than ${threadBodyMin}`);
        if (bytes(body) > bodyMaxBytes) problems.push(`${where}: body over ${bodyMaxBytes} bytes`);
      });
      for (const r of t.replies) {
        replyVersions(r).forEach((body, v) => {
          const where = `${t.key}/${r.key} (version ${v})`;
          if (body.trim().length < replyBodyMin) problems.push(`${where}: body shorter than ${replyBodyMin}`);
          if (bytes(body) > bodyMaxBytes) problems.push(`${where}: body over ${bodyMaxBytes} bytes`);
        });
      }
    }
    expectNoProblems(problems);
  });

  it('record edits that change something', () => {
    const problems: string[] = [];
    for (const t of DEMO_THREADS) {
      const versions = threadVersions(t);
      for (let v = 1; v < versions.length; v++) {
        const [a, b] = [versions[v - 1], versions[v]];
        if (a.title === b.title && a.body === b.body) problems.push(`${t.key}: edit ${v} changes nothing`);
      }
      for (const r of t.replies) {
        const bodies = replyVersions(r);
        for (let v = 1; v < bodies.length; v++) {
          if (bodies[v] === bodies[v - 1]) problems.push(`${t.key}/${r.key}: edit ${v} changes nothing`);
        }
      }
    }
    expectNoProblems(problems);
  });

  it('date threads 1 to 120 days ago, replies in increasing order and never in the future', () => {
    const problems: string[] = [];
    for (const t of DEMO_THREADS) {
      if (!Number.isInteger(t.daysAgo) || t.daysAgo < 1 || t.daysAgo > 120) {
        problems.push(`${t.key}: daysAgo ${t.daysAgo}, expected an integer in 1..120`);
      }
      let previous = 0;
      for (const r of t.replies) {
        if (!(r.hoursAfter > previous)) {
          problems.push(`${t.key}/${r.key}: hoursAfter ${r.hoursAfter} is not after ${previous}`);
        }
        if (r.hoursAfter >= t.daysAgo * 24) problems.push(`${t.key}/${r.key}: posted in the future`);
        previous = r.hoursAfter;
      }
    }
    expectNoProblems(problems);
    // The forum looks alive: the latest activity is less than two days old.
    expect(Math.min(...DEMO_THREADS.map(lastActivityHoursAgo))).toBeLessThanOrEqual(48);
  });

  it('have the expected shape: big, solved, unanswered, attached, pinned and locked threads', () => {
    const count = (predicate: (t: DemoThread) => boolean) => DEMO_THREADS.filter(predicate).length;
    const shape = {
      threads: DEMO_THREADS.length,
      withTenRepliesOrMore: count((t) => t.replies.length >= 10),
      unanswered: count((t) => t.replies.length === 0),
      solved: count((t) => t.acceptedReply !== undefined),
      attachedToCaseStudies: count((t) => t.caseStudySlug !== undefined),
      pinned: count((t) => t.pinned === true),
      locked: count((t) => t.locked === true),
      deletedReplies: allReplies.filter(({ reply }) => reply.deleted).length,
    };
    expect(shape).toEqual({
      threads: expect.any(Number),
      withTenRepliesOrMore: expect.any(Number),
      unanswered: expect.any(Number),
      solved: expect.any(Number),
      attachedToCaseStudies: 2,
      pinned: 1,
      locked: 1,
      deletedReplies: 1,
    });
    expect(shape.threads).toBeGreaterThanOrEqual(12);
    expect(shape.withTenRepliesOrMore).toBeGreaterThanOrEqual(3);
    expect(shape.unanswered).toBeGreaterThanOrEqual(3);
    expect(shape.solved).toBeGreaterThanOrEqual(4);
  });

  it('close the locked thread with a moderator’s reply, and leave the deleted reply without reactions', () => {
    const problems: string[] = [];
    for (const t of DEMO_THREADS.filter((x) => x.locked)) {
      const last = t.replies[t.replies.length - 1];
      if (!last || !moderators.has(last.author))
        problems.push(`${t.key}: locked without a moderator’s last reply`);
    }
    for (const { thread, reply } of allReplies.filter((x) => x.reply.deleted)) {
      const reactions = [...(reply.useful ?? []), ...(reply.thanks ?? [])];
      if (reactions.length) problems.push(`${thread.key}/${reply.key}: deleted reply with reactions`);
      if (reply.edits?.length) problems.push(`${thread.key}/${reply.key}: deleted reply with edits`);
    }
    expectNoProblems(problems);
  });

  it('use the typographic apostrophe and leak no contact details', () => {
    const texts = DEMO_THREADS.flatMap((t) => [
      ...threadVersions(t).flatMap((v) => [
        { where: t.key, text: v.title },
        { where: t.key, text: v.body },
      ]),
      ...t.replies.flatMap((r) => replyVersions(r).map((text) => ({ where: `${t.key}/${r.key}`, text }))),
    ]);
    const problems: string[] = [];
    for (const { where, text } of texts) {
      if (/\p{L}'\p{L}/u.test(text)) problems.push(`${where}: straight apostrophe, use ’`);
      if (/[\w.+-]+@[\w-]+\.[\w.]+/.test(text)) problems.push(`${where}: e-mail address`);
      if (/\b0\d(?:[ .]?\d{2}){4}\b/.test(text)) problems.push(`${where}: phone number`);
      // Trailing punctuation ends the sentence, not the address (as markdown autolinks read it).
      for (const url of (text.match(/https?:\/\/[^\s)]+/g) ?? []).map((u) => u.replace(/[.,;:!?]+$/, ''))) {
        if (!/^https:\/\/[a-z0-9.-]+\.gouv\.fr(\/|$)/.test(url)) problems.push(`${where}: link to ${url}`);
      }
    }
    expectNoProblems(problems);
  });
});

describe('demo threads in groups', () => {
  const groups = new Map(Object.values(DEMO_GROUPS).map((g) => [g.slug, g]));
  const inGroups = DEMO_THREADS.filter((t) => t.groupSlug);

  it('live in demo groups, written and answered by their active members only', () => {
    const problems: string[] = [];
    for (const t of inGroups) {
      const group = groups.get(t.groupSlug as string);
      if (!group) {
        problems.push(`${t.key}: unknown group ${t.groupSlug}`);
        continue;
      }
      const active = new Set(group.memberships.filter((m) => m.status === 'ACTIVE').map((m) => m.handle));
      const people = [
        t.author,
        ...(t.useful ?? []),
        ...(t.thanks ?? []),
        ...t.replies.flatMap((r) => [r.author, ...(r.useful ?? []), ...(r.thanks ?? [])]),
      ];
      for (const handle of people) {
        if (!active.has(handle))
          problems.push(`${t.key}: ${handle} is not an active member of ${group.slug}`);
      }
      if (t.caseStudySlug) {
        const cs = publishedCaseStudies.get(t.caseStudySlug);
        if (cs?.groupSlug !== t.groupSlug) problems.push(`${t.key}: its case study lives elsewhere`);
      }
    }
    expectNoProblems(problems);
  });

  it('give content to both private groups and a public one', () => {
    const visibilities = inGroups.map((t) => groups.get(t.groupSlug as string)?.visibility);
    expect(
      new Set(inGroups.filter((_, i) => visibilities[i] === 'PRIVATE').map((t) => t.groupSlug)).size,
    ).toBe(2);
    expect(visibilities).toContain('PUBLIC');
  });

  it('are not about a case study of a private group when they live in the commons', () => {
    const privateSlugs = new Set(
      Object.values(DEMO_GROUPS)
        .filter((g) => g.visibility === 'PRIVATE')
        .map((g) => g.slug),
    );
    const problems = DEMO_THREADS.filter(
      (t) =>
        !t.groupSlug &&
        t.caseStudySlug &&
        privateSlugs.has(publishedCaseStudies.get(t.caseStudySlug)?.groupSlug ?? ''),
    ).map((t) => t.key);
    expectNoProblems(problems);
  });
});
