// The bench's discussions dataset (issue 5): ~5,000 members with mandates on real communes,
// 100,000 threads and 1,000,000 replies in French, with themes, reactions, accepted answers,
// quotes, edits (with their revisions) and a few deleted replies, written into the database the API
// serves. Rows are built here from a seeded generator (every run builds the same rows) and streamed
// with COPY … FROM STDIN (`copyFrom`, on pg's protocol layer: pg-copy-streams is not a dependency).
// Replies are written oldest first, interleaved across threads as a live forum's heap is. Counters
// (reply_count, useful_count, thanks_count, revision_count, last_activity_at) are computed with the
// rows they count. Needs the territories, the demo themes and (optionally) published case studies:
// run it once the server has seeded its demo data and the case-study dataset is in.
import { once } from 'node:events';
import pg from 'pg';
import { FIRST_NAMES, GENERIC_TEXT, LAST_NAMES, THEME_TEXT } from './case-studies-text.mjs';
import { groupOfItem } from './groups-dataset.mjs';
import { MORE_FIRST_NAMES, MORE_LAST_NAMES, THREAD_GENERIC, THREAD_TEXT } from './threads-text.mjs';

/** Changes every pseudo-random choice at once: bump it when the dataset must change. */
const SEED = 'pairs-bench-threads-1';
/** The newest post: fixed rather than now(), so that dates are the same on every run. */
const END = Date.parse('2026-11-01T08:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Threads span three years before END. */
const SPAN_DAYS = 1095;
/** Share of members per commune pool (by population): élus of small communes are the many. */
const POOLS = [
  [0, 1_000, 0.34],
  [1_000, 3_500, 0.28],
  [3_500, 10_000, 0.17],
  [10_000, 50_000, 0.14],
  [50_000, Infinity, 0.07],
];
/** Primary mandate roles and their weights. */
const ROLES = [
  ['MAIRE', 30],
  ['ADJOINT', 30],
  ['CONSEILLER_MUNICIPAL', 20],
  ['AGENT', 12],
  ['AUTRE', 3],
  ['CONSEILLER_DEPARTEMENTAL', 2],
  ['CONSEILLER_REGIONAL', 3],
];
/** Members who moderate (they delete some replies). */
const MODERATORS = 8;
/** Replies per thread before scaling to the requested total: unanswered share, then log-normal. */
const UNANSWERED = 0.12;
const REPLIES_MEDIAN = 4;
const REPLIES_SIGMA = 1.4;
const REPLIES_MAX = 5_000;
const SHARES = {
  quoted: 0.11, // of replies after the first
  deleted: 0.01,
  editedReply: 0.04,
  editedThread: 0.05,
  accepted: 0.35, // of threads with an eligible reply
  locked: 0.004,
  caseStudy: 0.01,
  askerReply: 0.12, // the asker answering in their own thread
  shortReply: 0.06,
};

// ------------------------------------------------------------------ deterministic randomness

function hashString(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function mix(h) {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** sfc32 seeded from a salt and a number: the same (salt, i) always gives the same stream. */
class Rng {
  constructor(salt, i) {
    this.a = mix(salt ^ mix(i + 0x9e3779b9));
    this.b = mix(this.a ^ 0x6d2b79f5 ^ i);
    this.c = mix(this.b + salt);
    this.d = 1;
    for (let k = 0; k < 10; k++) this.u32();
  }

  u32() {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** [0, 1) */
  next() {
    return this.u32() / 4294967296;
  }

  int(n) {
    return Math.floor(this.next() * n);
  }

  pick(list) {
    return list[this.int(list.length)];
  }

  chance(p) {
    return this.next() < p;
  }

  /** Exponential with this mean. */
  exp(mean) {
    return -Math.log(1 - this.next()) * mean;
  }

  normal() {
    return Math.sqrt(-2 * Math.log(1 - this.next())) * Math.cos(2 * Math.PI * this.next());
  }
}

const salt = (name) => hashString(`${SEED}:${name}`);
const S = Object.fromEntries(
  [
    'user',
    'user-id',
    'mandate-id',
    'thread',
    'thread-id',
    'thread-text',
    'reply',
    'reply-id',
    'reply-text',
    'reaction',
    'count',
    'pin',
  ].map((name) => [name, salt(name)]),
);

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const hex32 = (n) => HEX[n >>> 24] + HEX[(n >>> 16) & 255] + HEX[(n >>> 8) & 255] + HEX[n & 255];
const hex16 = (n) => HEX[(n >>> 8) & 255] + HEX[n & 255];

/** A version 4 UUID drawn from (salt, i). */
function uuid(saltValue, i) {
  const r = new Rng(saltValue, i);
  const a = r.u32();
  const b = (r.u32() & 0xffff0fff) | 0x4000;
  const c = ((r.u32() & 0x3fffffff) | 0x80000000) >>> 0;
  const d = r.u32();
  return `${hex32(a)}-${hex16(b >>> 16)}-${hex16(b)}-${hex16(c >>> 16)}-${hex16(c)}${hex32(d)}`;
}

// ------------------------------------------------------------------ text

/** 12 345 (no-break space), as French text writes numbers. */
const num = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');

/** "à Draguignan", "au Mans", "aux Herbiers". */
function at(name) {
  if (name.startsWith('Le ')) return `au ${name.slice(3)}`;
  if (name.startsWith('Les ')) return `aux ${name.slice(4)}`;
  return `à ${name}`;
}

/** "de Draguignan", "du Mans", "des Herbiers", "d’Orléans". */
function of(name) {
  if (name.startsWith('Le ')) return `du ${name.slice(3)}`;
  if (name.startsWith('Les ')) return `des ${name.slice(4)}`;
  if (/^[AEIOUYÉÈÊÂÎÔH]/.test(name)) return `d’${name}`;
  return `de ${name}`;
}

const capital = (text) => text.charAt(0).toUpperCase() + text.slice(1);
const lowerFirst = (text) => text.charAt(0).toLowerCase() + text.slice(1);

/** Fills the placeholders of a fragment for one post. */
function fill(text, r, ctx) {
  if (!text.includes('{')) return text;
  return text.replace(/\{(\w+|àT|ÀT|deT)\}/g, (match, key) => {
    switch (key) {
      case 'T':
        return ctx.place.name;
      case 'àT':
        return at(ctx.place.name);
      case 'ÀT':
        return capital(at(ctx.place.name));
      case 'deT':
        return of(ctx.place.name);
      case 'pop':
        return num(ctx.place.population);
      case 'n':
        return String(3 + r.int(38));
      case 'n2':
        return String(20 + r.int(881));
      case 'pct':
        return String(15 + r.int(50));
      case 'pct2':
        return String(5 + r.int(30));
      case 'k':
        return String(5 + r.int(176));
      case 'y':
        return String(2 + r.int(5));
      case 'A':
        return ctx.answered ?? 'à tous';
      case 'Q':
        return ctx.quoted ?? '';
      case 'CS':
        return ctx.caseStudyTitle ?? '';
      default:
        return match;
    }
  });
}

const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const inlineHtml = (text) =>
  text.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c]).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');

/**
 * HTML of the markdown this file writes (paragraphs, "- " lists, **bold**), as the API's
 * renderer (markdown-it) outputs it: escaped text, one block per line.
 */
export function markdownToHtml(markdown) {
  let html = '';
  for (const block of markdown.split('\n\n')) {
    if (block.startsWith('- ')) {
      html += '<ul>\n';
      for (const line of block.split('\n')) html += `<li>${inlineHtml(line.slice(2))}</li>\n`;
      html += '</ul>\n';
    } else {
      html += `<p>${inlineHtml(block)}</p>\n`;
    }
  }
  return html;
}

/** Distinct elements of a list, `count` at most. */
function pickSome(r, list, count) {
  const start = r.int(list.length);
  const step = 1 + r.int(Math.max(1, list.length - 1));
  const picked = [];
  for (let k = 0; picked.length < Math.min(count, list.length) && k < list.length * 2; k++) {
    const item = list[(start + k * step) % list.length];
    if (!picked.includes(item)) picked.push(item);
  }
  return picked;
}

const TITLE_SUFFIXES = [
  ' (commune de {pop} habitants)',
  ' — petite commune rurale',
  ' — vos retours ?',
  ' en intercommunalité',
  ' avec un petit budget',
];

function threadText(r, ctx) {
  const th = THREAD_TEXT[ctx.slug];
  const cs = THEME_TEXT[ctx.slug];
  const g = THREAD_GENERIC;
  let title = th.titles[r.int(th.titles.length)];
  if (r.chance(0.25)) title = `${title}${fill(r.pick(TITLE_SUFFIXES), r, ctx)}`;
  const blocks = [];
  if (r.chance(0.7)) blocks.push(r.pick(g.hellos));
  let context = ctx.caseStudyTitle ? `${fill(r.pick(g.caseStudy), r, ctx)} ` : '';
  context += `${fill(r.pick(g.contexts), r, ctx)} ${fill(r.pick(cs.problems), r, ctx)}`;
  if (r.chance(0.4)) context += ` ${fill(r.pick(GENERIC_TEXT.problems), r, ctx)}`;
  blocks.push(context);
  let ask = fill(r.pick(th.asks), r, ctx);
  if (r.chance(0.4)) ask += ` ${fill(r.pick(cs.problems), r, ctx)}`;
  blocks.push(ask);
  if (ctx.slug2 && r.chance(0.5)) blocks.push(fill(r.pick(THREAD_TEXT[ctx.slug2].asks), r, ctx));
  if (r.chance(0.6)) {
    blocks.push(r.pick(g.asks));
    blocks.push(
      pickSome(r, th.questions, 2 + r.int(3))
        .map((q) => `- ${q}`)
        .join('\n'),
    );
  } else {
    blocks.push(r.pick(th.questions));
  }
  if (r.chance(0.3)) blocks.push(r.pick(g.constraints));
  if (r.chance(0.7)) blocks.push(r.pick(g.closings));
  if (ctx.edited) blocks.push(r.pick(g.edits));
  return { title: title.slice(0, 200), body: blocks.join('\n\n') };
}

function replyText(r, ctx) {
  const g = THREAD_GENERIC;
  const blocks = [];
  if (ctx.byAsker) {
    blocks.push(fill(r.pick(g.followUps), r, ctx));
  } else if (ctx.short) {
    blocks.push(fill(r.pick(g.short), r, ctx));
  } else {
    const target = 180 + Math.round(1300 * r.next() ** 1.6);
    let length = 0;
    const add = (block) => {
      blocks.push(block);
      length += block.length + 2;
    };
    // No fragment twice in a reply, one list at most.
    const used = new Set();
    const fresh = (list) => {
      let item = r.pick(list);
      for (let k = 0; used.has(item) && k < 4; k++) item = r.pick(list);
      used.add(item);
      return fill(item, r, ctx);
    };
    let listed = false;
    let first = '';
    if (r.chance(0.45)) {
      const hello = fill(r.pick(g.greetings), r, ctx);
      if (r.chance(0.5)) add(hello);
      else first = `${hello} `;
    }
    if (ctx.quoted) first += `${fill(r.pick(g.quotes), r, ctx)} `;
    if (ctx.caseStudyAuthor) first += `${r.pick(g.authorReplies)} `;
    else if (r.chance(0.6)) first += `${fill(r.pick(g.intros), r, ctx)} `;
    add(first + fresh(THREAD_TEXT[ctx.slug].answers));
    for (let guard = 0; length < target && guard < 12; guard++) {
      const slug = ctx.slug2 && r.chance(0.25) ? ctx.slug2 : ctx.slug;
      const th = THREAD_TEXT[slug];
      const cs = THEME_TEXT[slug];
      const kind = r.next();
      if (kind < 0.35) {
        let text = fresh(th.answers);
        if (r.chance(0.5)) text += ` ${fresh(r.chance(0.5) ? cs.results : cs.outcomes)}`;
        add(text);
      } else if (kind < 0.55 && !listed) {
        listed = true;
        add(r.pick(g.lists));
        add(
          pickSome(r, cs.actions, 2 + r.int(3))
            .map((a) => `- ${fill(a, r, ctx)}`)
            .join('\n'),
        );
      } else if (kind < 0.72) {
        add(`${r.pick(g.advice)}${lowerFirst(fresh(r.chance(0.7) ? cs.lessons : GENERIC_TEXT.lessons))}`);
      } else if (kind < 0.84) {
        add(`${fill(r.pick(g.results), r, ctx)}${fresh(cs.results)}`);
      } else if (kind < 0.93) {
        add(`${r.pick(g.problems)}${lowerFirst(fresh(cs.problems))}`);
      } else {
        add(fresh(cs.env));
      }
    }
    if (r.chance(0.35)) blocks.push(r.pick(g.signoffs));
  }
  if (ctx.edited) blocks.push(r.pick(g.edits));
  return blocks.join('\n\n');
}

// ------------------------------------------------------------------ COPY

const COPY_ESCAPES = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** A value in COPY's text format (null → \N). */
function copyValue(value) {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'string') return value.replace(/[\\\n\r\t]/g, (c) => COPY_ESCAPES[c]);
  if (value instanceof Date) return value.toISOString();
  return String(value);
}
const iso = (ms) => new Date(ms).toISOString();

/** Rows (arrays of values) from a generator, joined into chunks of about 1 MB. */
function* copyChunks(rows) {
  let chunk = '';
  for (const row of rows) {
    chunk += row.map(copyValue).join('\t') + '\n';
    if (chunk.length > 1 << 20) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/**
 * COPY … FROM STDIN fed by an iterable of text chunks, as a pg "submittable" (what
 * pg-copy-streams does, in a few lines): data waits for the socket to drain, so that generating
 * the next rows here overlaps with PostgreSQL storing the previous ones. Resolves to the row count.
 */
function copyFrom(client, sql, chunks) {
  return new Promise((resolve, reject) => {
    let failure = null;
    let rowCount = 0;
    client.query({
      submit(connection) {
        connection.query(sql);
      },
      handleCopyInResponse(connection) {
        (async () => {
          try {
            for (const chunk of chunks) {
              if (failure) return;
              connection.sendCopyFromChunk(Buffer.from(chunk, 'utf8'));
              if (connection.stream.writableNeedDrain) await once(connection.stream, 'drain');
            }
            connection.endCopyFrom();
          } catch (error) {
            failure = error;
            connection.sendCopyFail(String(error?.message ?? error));
          }
        })();
      },
      handleCommandComplete(message) {
        rowCount = Number(message.text.split(' ').pop());
      },
      handleReadyForQuery() {
        if (failure) reject(failure);
        else resolve(rowCount);
      },
      handleError(error) {
        failure = failure ?? error;
        reject(failure);
      },
      handleRowDescription() {},
      handleDataRow() {},
      handleEmptyQuery() {},
      handlePortalSuspended() {},
      handleCopyData() {},
    });
  });
}

// ------------------------------------------------------------------ the dataset

function weightedPicker(entries) {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  return (x) => {
    let acc = 0;
    for (const [value, w] of entries) {
      acc += w / total;
      if (x < acc) return value;
    }
    return entries[entries.length - 1][0];
  };
}

/** Reply counts per thread: a long tail, scaled so that they add up to exactly `total`. */
function replyCounts(threads, total) {
  const raw = new Float64Array(threads);
  let sum = 0;
  for (let t = 0; t < threads; t++) {
    const r = new Rng(S.count, t);
    if (r.chance(UNANSWERED)) continue;
    raw[t] = Math.min(REPLIES_MAX, Math.max(1, REPLIES_MEDIAN * Math.exp(REPLIES_SIGMA * r.normal())));
    sum += raw[t];
  }
  const counts = new Int32Array(threads);
  if (!sum || !total) return counts;
  const factor = total / sum;
  let assigned = 0;
  const rest = [];
  for (let t = 0; t < threads; t++) {
    const exact = raw[t] * factor;
    counts[t] = Math.floor(exact);
    assigned += counts[t];
    if (raw[t] > 0) rest.push([exact - counts[t], t]);
  }
  rest.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; assigned < total; k = (k + 1) % rest.length, assigned++) counts[rest[k][1]]++;
  return counts;
}

/** Writes of replies, reactions and revisions run on this many connections, threads split between them. */
const CONNECTIONS = 2;

/**
 * Inserts `users` members (with mandates), `threads` threads and `replies` replies (with themes,
 * reactions, revisions), then VACUUM ANALYZE. Returns counts, timings, the database size and
 * `sampleThreadIds`: threads with at least 20 visible replies, spread over the dataset.
 *
 * Members and threads are written in one transaction; then replies, their reactions and revisions
 * are written by two connections at once (one transaction each, threads split by parity, so that
 * quotes stay within a transaction and no row is locked by both), using both cores of the
 * machine; then the accepted answers are set. A failure leaves a partial dataset: the bench drops
 * its database anyway.
 *
 * With `groups` (the plan of groups-dataset.mjs, when the schema has groups), ~10 % of the threads
 * live in a group (`groupOfItem`), but neither the pinned threads nor the sample (thread pages an
 * anonymous visitor reads), so that those stay the same threads with or without groups.
 */
export async function loadThreadsDataset(
  databaseUrl,
  {
    threads = 100_000,
    replies = 1_000_000,
    users = 5_000,
    samples = 200,
    groups = null,
    log = () => undefined,
  } = {},
) {
  if (!Number.isInteger(threads) || threads < 1) throw new Error('threads: a positive integer');
  if (!Number.isInteger(replies) || replies < 0) throw new Error('replies: a non-negative integer');
  if (!Number.isInteger(users) || users < 100) throw new Error('users: an integer of 100 or more');
  const clients = Array.from({ length: CONNECTIONS }, () => new pg.Client({ connectionString: databaseUrl }));
  await Promise.all(clients.map((c) => c.connect()));
  const [client] = clients;
  const timings = {};
  const started = performance.now();
  const timed = async (name, fn) => {
    const t = performance.now();
    const result = await fn();
    timings[name] = Math.round(performance.now() - t);
    log(`  threads dataset: ${name} ${timings[name]} ms`);
    return result;
  };
  const begin = (c) =>
    c.query(`BEGIN; SET LOCAL TimeZone = 'UTC'; SET LOCAL jit = off; SET LOCAL work_mem = '256MB'`);
  try {
    // ---------------------------------------------------------------- what exists
    const slugs = Object.keys(THREAD_TEXT).filter((slug) => THEME_TEXT[slug]);
    const { rows: themeRows } = await client.query(
      `SELECT id, slug FROM theme WHERE slug = ANY($1) AND status = 'ACTIVE'`,
      [slugs],
    );
    const themeIdBySlug = new Map(themeRows.map((row) => [row.slug, row.id]));
    const themeSlugs = slugs.filter((slug) => themeIdBySlug.has(slug));
    if (themeSlugs.length < 3) {
      throw new Error(
        `Only ${themeSlugs.length} of the demo themes exist: start the API with SEED_DEMO_DATA=true`,
      );
    }
    const pickTheme = weightedPicker(themeSlugs.map((slug) => [slug, THEME_TEXT[slug].weight]));
    const { rows: communes } = await client.query(
      `SELECT id, name, population, epci_id AS "epciId" FROM territory
       WHERE kind = 'COMMUNE' AND population > 0 ORDER BY code`,
    );
    const pools = POOLS.map(([lo, hi]) => communes.filter((c) => c.population >= lo && c.population < hi));
    if (pools.some((pool) => !pool.length)) throw new Error('No communes in the territory table: not loaded');
    const pickPool = weightedPicker(POOLS.map(([, , share], k) => [k, share]));
    const { rows: caseStudyRows } = await client.query(
      `SELECT cs.id, cs.title, cs.created_by_id AS "ownerId", u.display_name AS "ownerName",
         extract(epoch FROM cs.published_at) * 1000 AS "publishedAt",
         array_agg(th.slug ORDER BY th.slug) AS slugs
       FROM case_study cs
       JOIN app_user u ON u.id = cs.created_by_id
       JOIN case_study_theme ct ON ct.case_study_id = cs.id JOIN theme th ON th.id = ct.theme_id
       WHERE cs.status = 'PUBLISHED'
       GROUP BY cs.id, u.display_name ORDER BY cs.published_at, cs.id`,
    );
    /** Published case studies per theme slug, oldest first. */
    const caseStudiesBySlug = new Map(themeSlugs.map((slug) => [slug, []]));
    for (const cs of caseStudyRows) {
      cs.publishedAt = Number(cs.publishedAt);
      for (const slug of cs.slugs) caseStudiesBySlug.get(slug)?.push(cs);
    }
    log(
      `  threads dataset: ${themeSlugs.length} themes, ${communes.length} communes, ${caseStudyRows.length} published case studies`,
    );

    // ---------------------------------------------------------------- members (plan)
    const firstNames = [...FIRST_NAMES, ...MORE_FIRST_NAMES];
    const lastNames = [...LAST_NAMES, ...MORE_LAST_NAMES];
    /** Members: the generated ones (0…users-1), then case-study owners who answer about their case study. */
    const people = [];
    const pickRole = weightedPicker(ROLES);
    for (let u = 0; u < users; u++) {
      const r = new Rng(S.user, u);
      const first = r.pick(firstNames);
      const last = r.pick(lastNames);
      const pool = pools[pickPool(r.next())];
      const place = pool[r.int(pool.length)];
      const slug = `${first}-${last}`
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^a-z0-9]+/g, '-')
        .slice(0, 30);
      people.push({
        id: uuid(S['user-id'], u),
        first,
        name: `${first} ${last}`,
        handle: `${slug}-${10_001 + u}`,
        email: `elu-${10_001 + u}@bench.pairs.test`,
        role: u < MODERATORS ? 'MODERATOR' : 'MEMBER',
        createdAt: END - (SPAN_DAYS + 30 + r.int(300)) * DAY - r.int(DAY),
        place,
        mandateRole: pickRole(r.next()),
        verified: r.chance(0.85),
        epciMandate: place.epciId && r.chance(0.2) ? place.epciId : null,
      });
    }
    const ownerIndex = new Map();
    for (const cs of caseStudyRows) {
      if (ownerIndex.has(cs.ownerId)) continue;
      ownerIndex.set(cs.ownerId, people.length);
      const r = new Rng(S.user, people.length);
      const pool = pools[pickPool(r.next())];
      people.push({ id: cs.ownerId, first: cs.ownerName.split(' ')[0], place: pool[r.int(pool.length)] });
    }

    // ---------------------------------------------------------------- threads (plan)
    /** Active members write more: index = users × r^k. */
    const activeMember = (r, k) => Math.min(users - 1, Math.floor(users * r.next() ** k));
    const plan = [];
    const rawCounts = replyCounts(threads, replies);
    for (let i = 0; i < threads; i++) {
      const r = new Rng(S.thread, i);
      const createdAt = END - Math.floor(SPAN_DAYS * DAY * r.next() ** 1.35) - r.int(HOUR);
      const slug = pickTheme(r.next());
      const themes = [slug];
      const extra = r.chance(0.45) ? (r.chance(0.7) ? 1 : 2) : 0;
      for (let k = 0, guard = 0; k < extra && guard < 20; guard++) {
        const other = pickTheme(r.next());
        if (!themes.includes(other)) {
          themes.push(other);
          k++;
        }
      }
      let caseStudy = null;
      if (r.chance(SHARES.caseStudy)) {
        const candidates = caseStudiesBySlug.get(slug) ?? [];
        let n = 0;
        while (n < candidates.length && candidates[n].publishedAt < createdAt - DAY) n++;
        if (n) caseStudy = candidates[r.int(n)];
      }
      const count = rawCounts[i];
      const ageDays = (END - createdAt) / DAY;
      plan.push({
        createdAt,
        author: activeMember(r, 1.8),
        themes,
        caseStudy,
        count,
        edited: r.chance(SHARES.editedThread),
        locked: count >= 3 && r.chance(SHARES.locked),
        pinned: false,
        gapMean: HOUR * Math.exp(r.next() * Math.log(72)),
        useful: r.chance(0.7) ? Math.min(60, 1 + Math.floor(r.exp(3))) : 0,
        thanks: r.chance(0.4) ? Math.min(30, 1 + Math.floor(r.exp(1.5))) : 0,
        views: Math.round((20 + count * 12 + ageDays * 0.8) * Math.exp(0.5 * r.normal())),
      });
    }
    // Oldest first: the order they are written in (a live forum's heap).
    plan.sort((a, b) => a.createdAt - b.createdAt);
    // A few pinned threads, among the oldest (rules, welcome messages).
    const pinnedCount = Math.min(threads, Math.max(2, Math.round(threads / 10_000)));
    const pinnedRange = Math.min(threads, Math.max(2 * pinnedCount, Math.ceil(threads * 0.05)));
    for (let k = 0, r = new Rng(S.pin, 0); k < pinnedCount;) {
      const t = r.int(pinnedRange);
      if (!plan[t].pinned) {
        plan[t].pinned = true;
        k++;
      }
    }

    // ---------------------------------------------------------------- replies (plan)
    const offset = new Int32Array(threads + 1);
    for (let t = 0; t < threads; t++) offset[t + 1] = offset[t] + plan[t].count;
    const total = offset[threads];
    const threadOf = new Int32Array(total);
    const time = new Float64Array(total);
    const author = new Int32Array(total);
    const quoted = new Int32Array(total).fill(-1);
    const flags = new Uint8Array(total); // 1 deleted, 2 edited, 4 deleted by a moderator, 8 short
    const useful = new Uint16Array(total);
    const thanks = new Uint16Array(total);
    const accepted = new Int32Array(threads).fill(-1);
    const visible = new Int32Array(threads);
    const lastActivity = new Float64Array(threads);
    for (let t = 0; t < threads; t++) {
      const th = plan[t];
      const n = th.count;
      const r = new Rng(S.reply, t);
      // Who takes part: a pool of members growing slower than the replies.
      const poolSize = n <= 1 ? 1 : Math.min(n, Math.max(2, Math.round(1.5 + n ** 0.75)));
      const pool = [];
      for (let k = 0; k < poolSize; k++) {
        let u = activeMember(r, 2);
        if (u === th.author) u = (u + 1 + r.int(users - 1)) % users;
        pool.push(u);
      }
      // Dates: gaps drawn around the thread's pace, squeezed to end before END.
      const o = offset[t];
      let at = th.createdAt;
      for (let j = 0; j < n; j++) {
        at += Math.max(60_000, r.exp(j === 0 ? Math.min(th.gapMean, 12 * HOUR) : th.gapMean));
        time[o + j] = at;
      }
      if (n && time[o + n - 1] > END - n) {
        const squeeze = (END - n - th.createdAt) / (time[o + n - 1] - th.createdAt);
        for (let j = 0; j < n; j++) time[o + j] = th.createdAt + (time[o + j] - th.createdAt) * squeeze;
      }
      for (let j = 0; j < n; j++) {
        const g = o + j;
        time[g] = Math.max(Math.round(time[g]), j ? time[g - 1] + 1 : th.createdAt + 1);
        threadOf[g] = t;
        if (j === 0 && th.caseStudy && ownerIndex.get(th.caseStudy.ownerId) !== undefined) {
          author[g] = ownerIndex.get(th.caseStudy.ownerId);
        } else if (j > 0 && r.chance(SHARES.askerReply)) {
          author[g] = th.author;
        } else {
          author[g] = pool[Math.floor(poolSize * r.next() ** 1.6)];
        }
        if (j > 0 && r.chance(SHARES.quoted)) quoted[g] = g - 1 - Math.floor(Math.min(j, 8) * r.next() ** 2);
        if (r.chance(SHARES.deleted)) flags[g] |= r.chance(0.1) ? 5 : 1;
        else if (r.chance(SHARES.editedReply)) flags[g] |= 2;
        if (author[g] !== th.author && r.chance(SHARES.shortReply)) flags[g] |= 8;
        if (!(flags[g] & 1)) {
          visible[t]++;
          if (r.chance(0.35)) useful[g] = Math.min(25, 1 + Math.floor(r.exp(1.3)));
          if (r.chance(0.15)) thanks[g] = Math.min(12, 1 + Math.floor(r.exp(0.8)));
        }
      }
      lastActivity[t] = n ? time[o + n - 1] : th.createdAt;
      // The accepted answer: a visible reply by someone else, usually among the first ones.
      if (n && r.chance(SHARES.accepted)) {
        const eligible = (g) => !(flags[g] & 9) && author[g] !== th.author;
        let choice = -1;
        for (let k = 0; k < 4 && choice < 0; k++) {
          const g = o + Math.floor(Math.min(n, 8) * r.next() ** 1.5);
          if (eligible(g)) choice = g;
        }
        for (let g = o; g < o + n && choice < 0; g++) if (eligible(g)) choice = g;
        if (choice >= 0) {
          accepted[t] = choice;
          useful[choice] = Math.min(40, useful[choice] + 2 + r.int(9));
        }
      }
    }
    // Replies oldest first, as they are written.
    const order = new Uint32Array(total);
    for (let g = 0; g < total; g++) order[g] = g;
    order.sort((a, b) => time[a] - time[b] || a - b);
    timings.plan = Math.round(performance.now() - started);
    log(
      `  threads dataset: plan ${timings.plan} ms (${users} members, ${threads} threads, ${total} replies)`,
    );

    // ---------------------------------------------------------------- sample, groups
    const buckets = { 0: 0, '1-5': 0, '6-19': 0, '20-49': 0, '50-499': 0, '500+': 0 };
    let maxReplies = 0;
    const eligible = [];
    for (let t = 0; t < threads; t++) {
      const n = visible[t];
      maxReplies = Math.max(maxReplies, n);
      const bucket =
        n === 0 ? 0 : n <= 5 ? '1-5' : n < 20 ? '6-19' : n < 50 ? '20-49' : n < 500 ? '50-499' : '500+';
      buckets[bucket]++;
      if (n >= 20) eligible.push(t);
    }
    const sampleSize = Math.min(samples, eligible.length);
    const sample = Array.from(
      { length: sampleSize },
      (_, k) => eligible[Math.floor((k * eligible.length) / sampleSize)],
    );
    const sampled = new Set(sample);
    /** The group of each thread (null: the public commons), when the schema has groups. */
    const groupOf = groups
      ? Array.from({ length: threads }, (_, t) =>
          plan[t].pinned || sampled.has(t) ? null : groupOfItem(groups, 'thread', t),
        )
      : null;

    // ---------------------------------------------------------------- content (same on every call)
    const threadId = (t) => uuid(S['thread-id'], t);
    const replyId = (g) => uuid(S['reply-id'], g);
    const threadContent = (t) => {
      const th = plan[t];
      return threadText(new Rng(S['thread-text'], t), {
        slug: th.themes[0],
        slug2: th.themes[1],
        place: people[th.author].place,
        caseStudyTitle: th.caseStudy?.title,
        edited: th.edited,
      });
    };
    const threadEditedAt = (t) => Math.min(END, plan[t].createdAt + HOUR + ((t * 7919) % (48 * HOUR)));
    const replyContent = (g) => {
      const t = threadOf[g];
      const th = plan[t];
      const j = g - offset[t];
      const p = people[author[g]];
      const r = new Rng(S['reply-text'], g);
      const byAsker = author[g] === th.author && j > 0;
      const body = replyText(r, {
        slug: th.themes[0],
        slug2: th.themes[1],
        place: p.place,
        answered: people[byAsker ? author[g - 1] : th.author].first,
        quoted: quoted[g] >= 0 ? people[author[quoted[g]]].first : null,
        caseStudyAuthor: j === 0 && th.caseStudy && p.id === th.caseStudy.ownerId,
        byAsker,
        short: (flags[g] & 8) !== 0,
        edited: (flags[g] & 2) !== 0,
      });
      const created = time[g];
      const edited = flags[g] & 2 ? Math.min(END, created + 10 * 60_000 + r.int(2 * DAY)) : null;
      const deleted = flags[g] & 1 ? Math.min(END, created + HOUR + r.int(3 * DAY)) : null;
      return { body, created, edited, deleted };
    };
    /** Revision 1 of an edited post: its text before the edit, which added the last paragraph. */
    const beforeEdit = (body) => body.slice(0, body.lastIndexOf('\n\n'));

    // ---------------------------------------------------------------- members and threads
    await begin(client);
    const usersCopied = await timed('app_user', () =>
      copyFrom(
        client,
        `COPY app_user (id, email, email_verified_at, handle, display_name, role, created_at, updated_at) FROM STDIN`,
        copyChunks(
          (function* () {
            for (const p of people.slice(0, users)) {
              yield [
                p.id,
                p.email,
                iso(p.createdAt + HOUR),
                p.handle,
                p.name,
                p.role,
                iso(p.createdAt),
                iso(p.createdAt),
              ];
            }
          })(),
        ),
      ),
    );
    const mandateCount = await timed('mandate', () =>
      copyFrom(
        client,
        `COPY mandate (id, user_id, role, territory_id, verified_at, created_at, updated_at) FROM STDIN`,
        copyChunks(
          (function* () {
            for (let u = 0; u < users; u++) {
              const p = people[u];
              const verifiedAt = p.verified ? iso(p.createdAt + 3 * DAY) : null;
              const at = iso(p.createdAt + HOUR);
              yield [uuid(S['mandate-id'], 2 * u), p.id, p.mandateRole, p.place.id, verifiedAt, at, at];
              if (p.epciMandate) {
                yield [
                  uuid(S['mandate-id'], 2 * u + 1),
                  p.id,
                  'CONSEILLER_COMMUNAUTAIRE',
                  p.epciMandate,
                  verifiedAt,
                  at,
                  at,
                ];
              }
            }
          })(),
        ),
      ),
    );
    const threadsCopied = await timed('thread', () =>
      copyFrom(
        client,
        `COPY thread (id, title, body, body_html, author_id, case_study_id, pinned, locked, reply_count, view_count,
           useful_count, thanks_count, revision_count, last_activity_at, edited_at, created_at, updated_at
           ${groupOf ? ', group_id' : ''}) FROM STDIN`,
        copyChunks(
          (function* () {
            for (let t = 0; t < threads; t++) {
              const th = plan[t];
              const { title, body } = threadContent(t);
              const edited = th.edited ? threadEditedAt(t) : null;
              yield [
                threadId(t),
                title,
                body,
                markdownToHtml(body),
                people[th.author].id,
                th.caseStudy?.id ?? null,
                th.pinned,
                th.locked,
                visible[t],
                th.views,
                th.useful,
                th.thanks,
                th.edited ? 2 : 1,
                iso(lastActivity[t]),
                edited === null ? null : iso(edited),
                iso(th.createdAt),
                iso(edited ?? th.createdAt),
                ...(groupOf ? [groupOf[t]] : []),
              ];
            }
          })(),
        ),
      ),
    );
    const themeLinks = await timed('thread_theme', () =>
      copyFrom(
        client,
        `COPY thread_theme (thread_id, theme_id) FROM STDIN`,
        copyChunks(
          (function* () {
            for (let t = 0; t < threads; t++) {
              for (const slug of plan[t].themes) yield [threadId(t), themeIdBySlug.get(slug)];
            }
          })(),
        ),
      ),
    );
    await client.query('COMMIT');

    // ---------------------------------------------------------------- replies, reactions, revisions
    /** `count` distinct members other than `exclude`, from (salt, i), with their dates. */
    function* reactions(targetId, i, kind, count, exclude, postedAt) {
      if (!count) return;
      const r = new Rng(S.reaction, i * 2 + (kind === 'USEFUL' ? 0 : 1));
      const base = (exclude >= 0 && exclude < users ? exclude + 1 : 0) + r.int(users - count - 1);
      for (let k = 0; k < count; k++) {
        yield [targetId, people[(base + k) % users].id, kind, iso(Math.min(END, postedAt + r.exp(2 * DAY)))];
      }
    }
    let replyBytes = 0;
    const shard = async (c, k) => {
      const mine = (t) => t % CONNECTIONS === k;
      const step = (name, fn) => timed(`${name} [${k + 1}/${CONNECTIONS}]`, fn);
      await begin(c);
      const written = await step('reply', () =>
        copyFrom(
          c,
          `COPY reply (id, thread_id, author_id, body, body_html, quoted_reply_id, useful_count, thanks_count,
             revision_count, edited_at, deleted_at, deleted_by_id, created_at, updated_at) FROM STDIN`,
          copyChunks(
            (function* () {
              for (let n = 0; n < total; n++) {
                const g = order[n];
                if (!mine(threadOf[g])) continue;
                const { body, created, edited, deleted } = replyContent(g);
                replyBytes += Buffer.byteLength(body);
                const authorId = people[author[g]].id;
                yield [
                  replyId(g),
                  threadId(threadOf[g]),
                  authorId,
                  body,
                  markdownToHtml(body),
                  quoted[g] >= 0 ? replyId(quoted[g]) : null,
                  useful[g],
                  thanks[g],
                  flags[g] & 2 ? 2 : 1,
                  edited === null ? null : iso(edited),
                  deleted === null ? null : iso(deleted),
                  deleted === null ? null : flags[g] & 4 ? people[g % MODERATORS].id : authorId,
                  iso(created),
                  iso(Math.max(created, edited ?? 0, deleted ?? 0)),
                ];
              }
            })(),
          ),
        ),
      );
      const reactionCounts = await step('reactions', async () => ({
        replies: await copyFrom(
          c,
          `COPY reply_reaction (reply_id, user_id, kind, created_at) FROM STDIN`,
          copyChunks(
            (function* () {
              for (let g = 0; g < total; g++) {
                if ((!useful[g] && !thanks[g]) || !mine(threadOf[g])) continue;
                const id = replyId(g);
                yield* reactions(id, g, 'USEFUL', useful[g], author[g], time[g]);
                yield* reactions(id, g, 'THANKS', thanks[g], author[g], time[g]);
              }
            })(),
          ),
        ),
        threads: await copyFrom(
          c,
          `COPY thread_reaction (thread_id, user_id, kind, created_at) FROM STDIN`,
          copyChunks(
            (function* () {
              for (let t = k; t < threads; t += CONNECTIONS) {
                const { useful: u, thanks: th, author: a, createdAt } = plan[t];
                yield* reactions(threadId(t), total + t, 'USEFUL', u, a, createdAt);
                yield* reactions(threadId(t), total + t, 'THANKS', th, a, createdAt);
              }
            })(),
          ),
        ),
      }));
      // Revision 1 of every post, revision 2 of edited ones (the text regenerated, not read back).
      const revisionCounts = await step('revisions', async () => ({
        replies: await copyFrom(
          c,
          `COPY reply_revision (reply_id, number, author_id, body, created_at) FROM STDIN`,
          copyChunks(
            (function* () {
              for (let g = 0; g < total; g++) {
                if (!mine(threadOf[g])) continue;
                const { body, created, edited } = replyContent(g);
                const id = replyId(g);
                const authorId = people[author[g]].id;
                if (edited === null) {
                  yield [id, 1, authorId, body, iso(created)];
                } else {
                  yield [id, 1, authorId, beforeEdit(body), iso(created)];
                  yield [id, 2, authorId, body, iso(edited)];
                }
              }
            })(),
          ),
        ),
        threads: await copyFrom(
          c,
          `COPY thread_revision (thread_id, number, author_id, title, body, created_at) FROM STDIN`,
          copyChunks(
            (function* () {
              for (let t = k; t < threads; t += CONNECTIONS) {
                const th = plan[t];
                const { title, body } = threadContent(t);
                const authorId = people[th.author].id;
                if (!th.edited) {
                  yield [threadId(t), 1, authorId, title, body, iso(th.createdAt)];
                } else {
                  yield [threadId(t), 1, authorId, title, beforeEdit(body), iso(th.createdAt)];
                  yield [threadId(t), 2, authorId, title, body, iso(threadEditedAt(t))];
                }
              }
            })(),
          ),
        ),
      }));
      await c.query('COMMIT');
      return { written, reactionCounts, revisionCounts };
    };
    const shards = await timed(`replies, reactions, revisions (${CONNECTIONS} connections)`, () =>
      Promise.all(clients.map(shard)),
    );
    const sum = (pick) => shards.reduce((n, s) => n + pick(s), 0);
    const repliesCopied = sum((s) => s.written);
    const reactionCount = {
      replies: sum((s) => s.reactionCounts.replies),
      threads: sum((s) => s.reactionCounts.threads),
    };
    const revisionCount = {
      replies: sum((s) => s.revisionCounts.replies),
      threads: sum((s) => s.revisionCounts.threads),
    };

    // ---------------------------------------------------------------- accepted answers
    const acceptedCount = await timed('accepted answers', async () => {
      await begin(client);
      await client.query(
        `CREATE TEMP TABLE bench_accepted (thread_id uuid PRIMARY KEY, reply_id uuid) ON COMMIT DROP`,
      );
      await copyFrom(
        client,
        `COPY bench_accepted (thread_id, reply_id) FROM STDIN`,
        copyChunks(
          (function* () {
            for (let t = 0; t < threads; t++) if (accepted[t] >= 0) yield [threadId(t), replyId(accepted[t])];
          })(),
        ),
      );
      const { rowCount } = await client.query(
        `UPDATE thread t SET accepted_reply_id = a.reply_id FROM bench_accepted a WHERE a.thread_id = t.id`,
      );
      await client.query('COMMIT');
      return rowCount;
    });
    const generationMs = Math.round(performance.now() - started);

    // Both connections again: the replies on one, the rest on the other.
    const vacuumAnalyzeMs = await timed('vacuum analyze', async () => {
      const t = performance.now();
      await Promise.all([
        clients[1 % CONNECTIONS].query('VACUUM (ANALYZE) reply'),
        client.query(
          'VACUUM (ANALYZE) thread, thread_theme, thread_reaction, reply_reaction, thread_revision, reply_revision, app_user, mandate',
        ),
      ]);
      return Math.round(performance.now() - t);
    });

    // ---------------------------------------------------------------- what was built
    const sampleCounts = sample.map((t) => visible[t]).sort((a, b) => a - b);
    const {
      rows: [size],
    } = await client.query(
      `SELECT pg_database_size(current_database())::float8 AS "database",
         pg_total_relation_size('reply')::float8 AS "reply", pg_total_relation_size('thread')::float8 AS "thread",
         pg_total_relation_size('reply_revision')::float8 AS "replyRevision",
         pg_total_relation_size('reply_reaction')::float8 AS "replyReaction"`,
    );
    const mb = (bytes) => Math.round(bytes / 1e6);
    return {
      threads: threadsCopied,
      replies: repliesCopied,
      members: usersCopied,
      mandates: mandateCount,
      seed: SEED,
      themeLinks,
      acceptedAnswers: acceptedCount,
      pinned: pinnedCount,
      locked: plan.filter((t) => t.locked).length,
      onCaseStudies: plan.filter((t) => t.caseStudy).length,
      inGroups: groupOf ? groupOf.filter(Boolean).length : 0,
      quotedReplies: quoted.reduce((n, q) => n + (q >= 0 ? 1 : 0), 0),
      deletedReplies: total - visible.reduce((a, b) => a + b, 0),
      reactions: reactionCount,
      revisions: revisionCount,
      repliesPerThread: { buckets, max: maxReplies },
      replyMarkdownBytesAvg: Math.round(replyBytes / Math.max(1, total)),
      sampleThreadIds: sample.map(threadId),
      sampleReplyCounts: {
        min: sampleCounts[0] ?? 0,
        median: sampleCounts[Math.floor(sampleCounts.length / 2)] ?? 0,
        max: sampleCounts[sampleCounts.length - 1] ?? 0,
      },
      sizeMb: {
        database: mb(size.database),
        reply: mb(size.reply),
        thread: mb(size.thread),
        replyRevision: mb(size.replyRevision),
        replyReaction: mb(size.replyReaction),
      },
      generationMs,
      vacuumAnalyzeMs,
      totalMs: generationMs + vacuumAnalyzeMs,
      stepsMs: timings,
    };
  } catch (error) {
    await Promise.all(clients.map((c) => c.query('ROLLBACK').catch(() => undefined)));
    throw error;
  } finally {
    await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
  }
}
