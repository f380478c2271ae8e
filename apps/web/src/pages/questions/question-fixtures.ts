/** API answers for the questions specs (list, thread page, history), with the `__typename`s Apollo caches by. */

export const THREAD_ID = '0b6d3c1e-5a3b-4c1a-9d1e-3f2a1b0c9d8e';

export function themeRef(slug: string, name: string) {
  return { __typename: 'Theme', id: `theme-${slug}`, slug, name };
}

/** Fields of the `QuestionAuthor` fragment (and those read next to it). */
export function questionAuthor(
  handle: string,
  displayName: string,
  mandate: { role: string; territory: string; kind?: string; population: number | null } | null = {
    role: 'MAIRE',
    territory: 'Anost',
    population: 695,
  },
) {
  return {
    __typename: 'User',
    id: `user-${handle}`,
    handle,
    displayName,
    deleted: false,
    mandates:
      mandate === null
        ? []
        : [
            {
              __typename: 'Mandate',
              id: `mandate-${handle}`,
              role: mandate.role,
              verified: true,
              territory: {
                __typename: 'Territory',
                id: `territory-${mandate.territory}`,
                name: mandate.territory,
                kind: mandate.kind ?? 'COMMUNE',
                population: mandate.population,
              },
            },
          ],
  };
}

export function reactions(targetId: string, overrides: Record<string, unknown> = {}) {
  return { __typename: 'ReactionSummary', targetId, useful: 0, thanks: 0, mine: [], ...overrides };
}

export function replyPermissions(
  overrides: Partial<Record<'edit' | 'delete' | 'accept' | 'react', boolean>> = {},
) {
  return {
    __typename: 'ReplyPermissions',
    edit: false,
    delete: false,
    accept: false,
    react: false,
    ...overrides,
  };
}

export function threadPermissions(
  overrides: Partial<Record<'reply' | 'edit' | 'accept' | 'moderate' | 'react', boolean>> = {},
) {
  return {
    __typename: 'ThreadPermissions',
    reply: false,
    edit: false,
    accept: false,
    moderate: false,
    react: false,
    ...overrides,
  };
}

/** Fields of the `QuestionReply` fragment. */
export function reply(id: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Reply',
    id,
    body: `Texte de la réponse ${id}.`,
    bodyHtml: `<p>Texte de la réponse ${id}.</p>`,
    deleted: false,
    createdAt: '2026-03-03T10:00:00.000Z',
    editedAt: null,
    revisionCount: 1,
    author: questionAuthor('marc-olivier', 'Marc Olivier', {
      role: 'ADJOINT',
      territory: 'Draguignan',
      population: 40000,
    }),
    quotedReply: null,
    reactions: reactions(id),
    viewerCan: replyPermissions(),
    ...overrides,
  };
}

export function repliesConnection(
  replies: ReturnType<typeof reply>[],
  pageInfo: Partial<Record<'hasNextPage' | 'hasPreviousPage', boolean>> & {
    startCursor?: string | null;
    endCursor?: string | null;
  } = {},
) {
  return {
    __typename: 'ReplyConnection',
    pageInfo: {
      __typename: 'PageInfo',
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: replies.length > 0 ? `cursor-${replies[0].id}` : null,
      endCursor: replies.length > 0 ? `cursor-${replies[replies.length - 1].id}` : null,
      ...pageInfo,
    },
    edges: replies.map((node) => ({ __typename: 'ReplyEdge', cursor: `cursor-${node.id}`, node })),
  };
}

/** Every field of the `QuestionPage` query. */
export function threadDetails(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Thread',
    id: THREAD_ID,
    title: 'Comment financer une étude « territoire de la demi-heure » ?',
    body: 'Notre conseil hésite à financer une étude.',
    bodyHtml: '<p>Notre conseil hésite à financer une étude.</p>',
    status: 'OPEN',
    pinned: false,
    createdAt: '2026-03-02T09:30:00.000Z',
    editedAt: null,
    revisionCount: 1,
    replyCount: 2,
    viewCount: 42,
    author: questionAuthor('martine-girard', 'Martine Girard'),
    themes: [themeRef('territoire-de-la-demi-heure', 'Territoire de la demi-heure')],
    caseStudy: null,
    group: null,
    reactions: reactions(THREAD_ID),
    viewerCan: threadPermissions(),
    participants: {
      __typename: 'ThreadParticipants',
      totalCount: 2,
      users: [
        {
          __typename: 'User',
          id: 'user-martine-girard',
          handle: 'martine-girard',
          displayName: 'Martine Girard',
          deleted: false,
        },
        {
          __typename: 'User',
          id: 'user-marc-olivier',
          handle: 'marc-olivier',
          displayName: 'Marc Olivier',
          deleted: false,
        },
      ],
    },
    acceptedReply: null,
    replies: repliesConnection([reply('r1'), reply('r2')]),
    ...overrides,
  };
}

/** Fields of the `QuestionCard` fragment. */
export function questionCard(id: string, title: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Thread',
    id,
    title,
    status: 'OPEN',
    pinned: false,
    replyCount: 3,
    viewCount: 120,
    lastActivityAt: '2026-03-02T10:00:00.000Z',
    author: { __typename: 'User', id: 'user-martine-girard', displayName: 'Martine Girard', deleted: false },
    themes: [themeRef('eclairage-public', 'Éclairage public')],
    group: null,
    ...overrides,
  };
}

export function threadConnection(
  nodes: ReturnType<typeof questionCard>[],
  { totalCount = nodes.length, endCursor = null as string | null, hasNextPage = false } = {},
) {
  return {
    __typename: 'ThreadConnection',
    totalCount,
    pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
    edges: nodes.map((node) => ({ __typename: 'ThreadEdge', node })),
  };
}

/** The theme tree of the `QuestionThemes` query. */
export const QUESTION_THEMES = {
  data: {
    themes: [
      {
        ...themeRef('amenagement', 'Aménagement du territoire'),
        children: [
          themeRef('territoire-de-la-demi-heure', 'Territoire de la demi-heure'),
          themeRef('eclairage-public', 'Éclairage public'),
        ],
      },
      { ...themeRef('numerique-responsable', 'Numérique responsable'), children: [] },
    ],
  },
};
