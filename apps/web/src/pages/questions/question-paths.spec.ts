import { describe, expect, it } from 'vitest';
import { formatQuestionCount, formatRelativeTime, markdownExcerpt, threadBadges } from './question-format';
import {
  EMPTY_QUESTION_LIST_FILTER,
  newQuestionPath,
  questionFilterFromSearchParams,
  questionHistoryPath,
  questionsPath,
  replyHistoryPath,
  replyPath,
  threadFilterInput,
} from './question-paths';

describe('question list filter and URL', () => {
  it('reads every filter from French parameters', () => {
    expect(
      questionFilterFromSearchParams(
        new URLSearchParams(
          'thematique=eclairage-public&statut=resolues&tri=utiles&retour=led-anost&apres=c1',
        ),
      ),
    ).toEqual({
      themeSlug: 'eclairage-public',
      status: 'SOLVED',
      caseStudySlug: 'led-anost',
      orderBy: 'TOP',
      after: 'c1',
    });
    expect(
      questionFilterFromSearchParams(new URLSearchParams('statut=sans-reponse&tri=recentes')),
    ).toMatchObject({
      status: 'UNANSWERED',
      orderBy: 'NEWEST',
    });
  });

  it('ignores unknown or empty values, so an old link still shows a list', () => {
    expect(
      questionFilterFromSearchParams(new URLSearchParams('statut=ouvertes&tri=hasard&thematique=%20&apres=')),
    ).toEqual(EMPTY_QUESTION_LIST_FILTER);
  });

  it('writes the filters back, leaving out the defaults, so equal filters give equal URLs', () => {
    expect(questionsPath()).toBe('/questions');
    expect(questionsPath({ status: 'ALL', orderBy: 'LAST_ACTIVITY' })).toBe('/questions');
    expect(questionsPath({ themeSlug: 'eclairage-public', status: 'UNANSWERED', orderBy: 'NEWEST' })).toBe(
      '/questions?thematique=eclairage-public&statut=sans-reponse&tri=recentes',
    );
    const filter = questionFilterFromSearchParams(new URLSearchParams('statut=resolues&tri=utiles'));
    expect(questionsPath(filter)).toBe('/questions?statut=resolues&tri=utiles');
  });

  it('maps "Résolues" to the SOLVED status and "Sans réponse" to unanswered', () => {
    expect(threadFilterInput({ ...EMPTY_QUESTION_LIST_FILTER, status: 'SOLVED' })).toEqual({
      status: 'SOLVED',
    });
    expect(threadFilterInput({ ...EMPTY_QUESTION_LIST_FILTER, status: 'UNANSWERED' })).toEqual({
      unanswered: true,
    });
    expect(threadFilterInput({ ...EMPTY_QUESTION_LIST_FILTER, themeSlug: 'eau' }, 'cs-1')).toEqual({
      themeSlugs: ['eau'],
      caseStudyId: 'cs-1',
    });
    expect(threadFilterInput(EMPTY_QUESTION_LIST_FILTER)).toEqual({});
  });

  it('builds the stable URLs of a thread, a reply and their histories', () => {
    expect(newQuestionPath()).toBe('/questions/nouvelle');
    expect(newQuestionPath('led-anost')).toBe('/questions/nouvelle?retour=led-anost');
    expect(replyPath('t1', 'r1')).toBe('/questions/t1/reponses/r1');
    expect(questionHistoryPath('t1', 2)).toBe('/questions/t1/historique?version=2');
    expect(replyHistoryPath('t1', 'r1')).toBe('/questions/t1/reponses/r1/historique');
  });
});

describe('question formats', () => {
  const now = Date.parse('2026-03-10T12:00:00.000Z');

  it('tells recent activity relatively and older activity by its date', () => {
    expect(formatRelativeTime('2026-03-10T11:59:30.000Z', now)).toBe("à l'instant");
    expect(formatRelativeTime('2026-03-10T11:55:00.000Z', now)).toBe('il y a 5 minutes');
    expect(formatRelativeTime('2026-03-10T09:00:00.000Z', now)).toBe('il y a 3 heures');
    expect(formatRelativeTime('2026-03-09T09:00:00.000Z', now)).toBe('hier');
    expect(formatRelativeTime('2026-02-01T12:00:00.000Z', now)).toBe('le 1er février 2026');
  });

  it('counts questions and names every status in words', () => {
    expect(formatQuestionCount(0)).toBe('Aucune question');
    expect(formatQuestionCount(1)).toBe('1 question');
    expect(formatQuestionCount(1520).replace(/\s/g, ' ')).toBe('1 520 questions');
    expect(threadBadges({ status: 'SOLVED', pinned: true }).map((badge) => badge.label)).toEqual([
      'Résolue',
      'Épinglée',
    ]);
    expect(threadBadges({ status: 'LOCKED', pinned: false }).map((badge) => badge.label)).toEqual([
      'Verrouillée',
    ]);
  });

  it('makes a short plain-text excerpt of a markdown text', () => {
    expect(markdownExcerpt('## Titre\n\n- **Gras** et [un lien](https://exemple.fr)')).toBe(
      'Titre Gras et un lien',
    );
    const long = markdownExcerpt('mot '.repeat(100), 20);
    expect(long).toBe('mot mot mot mot mot…');
  });
});
