import { ErrorCode } from '@pairs/shared-domain';
import { DomainError } from '@pairs/platform-core';
import { TerritoriesService } from './territories.service.js';
import { TerritoryKind } from './territory-kind.js';
import type { TerritoryRecord, TerritoryRepository, TerritorySearchQuery } from './territory.repository.js';

const AUTUN: TerritoryRecord = {
  id: '00000000-0000-4000-8000-000000000001',
  code: '71014',
  kind: TerritoryKind.COMMUNE,
  inseeCode: '71014',
  name: 'Autun',
  population: 13172,
  regionId: null,
  departementId: null,
  epciId: null,
};

/** A repository substitute that records search queries. */
function setup(rows: TerritoryRecord[] = [AUTUN]) {
  const searches: TerritorySearchQuery[] = [];
  const codes: string[][] = [];
  const repository = {
    search: (query: TerritorySearchQuery) => {
      searches.push(query);
      return Promise.resolve(rows);
    },
    findByCodes: (list: readonly string[]) => {
      codes.push([...list]);
      return Promise.resolve(rows.filter((r) => list.includes(r.code)));
    },
  } as unknown as TerritoryRepository;
  return { service: new TerritoriesService(repository), searches, codes };
}

async function badFields(promise: Promise<unknown>): Promise<string[]> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError && error.code === ErrorCode.BAD_USER_INPUT) {
      return error.fields.map((f) => f.field);
    }
    throw error;
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('TerritoriesService', () => {
  describe('search', () => {
    it('passes normalised words, the code candidate and the defaults to the repository', async () => {
      const { service, searches } = setup();
      expect(await service.search({ search: '  Châlons-en-Ch ' })).toEqual([AUTUN]);
      expect(searches).toEqual([
        { phrase: 'chalons en ch', tokens: ['chalons', 'en', 'ch'], code: null, kinds: null, limit: 10 },
      ]);
    });

    it('reads codes and de-duplicates kinds; an empty kinds list means every kind', async () => {
      const { service, searches } = setup();
      await service.search({
        search: 'dep-71',
        kinds: [TerritoryKind.DEPARTEMENT, TerritoryKind.DEPARTEMENT],
      });
      await service.search({ search: 'autun', kinds: [], first: 50 });
      expect(searches.map((s) => [s.code, s.kinds, s.limit])).toEqual([
        ['DEP-71', [TerritoryKind.DEPARTEMENT], 10],
        [null, null, 50],
      ]);
    });

    it('does not query when nothing is left to match', async () => {
      const { service, searches } = setup();
      expect(await service.search({ search: "-'" })).toEqual([]);
      expect(searches).toEqual([]);
    });

    it.each([
      [{ search: '' }, ['search']],
      [{ search: '    ' }, ['search']],
      [{ search: 'x'.repeat(101) }, ['search']],
      [{ search: 'autun', first: 51 }, ['first']],
      [{ search: 'autun', first: 0 }, ['first']],
      [{ search: 'autun', first: 1.5 }, ['first']],
      [{ search: '', first: -1 }, ['search', 'first']],
      [{ search: 'autun', kinds: ['CANTON' as TerritoryKind] }, ['kinds']],
    ])('refuses %o with BAD_USER_INPUT on %p, without querying', async (input, fields) => {
      const { service, searches } = setup();
      expect(await badFields(service.search(input))).toEqual(fields);
      expect(searches).toEqual([]);
    });

    it('accepts 100 characters once trimmed', async () => {
      const { service, searches } = setup();
      await service.search({ search: ` ${'x'.repeat(100)} ` });
      expect(searches).toHaveLength(1);
    });
  });

  describe('findByCode', () => {
    it('ignores case and surrounding spaces', async () => {
      const { service, codes } = setup();
      expect(await service.findByCode(' 71014 ')).toEqual(AUTUN);
      await service.findByCode('dep-2a');
      expect(codes).toEqual([['71014'], ['DEP-2A']]);
    });

    it('answers null for unknown, empty or oversized codes, querying only when it could match', async () => {
      const { service, codes } = setup();
      expect(await service.findByCode('99999')).toBeNull();
      expect(await service.findByCode('  ')).toBeNull();
      expect(await service.findByCode('x'.repeat(21))).toBeNull();
      expect(codes).toEqual([['99999']]);
    });
  });

  describe('memberPageRequest', () => {
    it('defaults to 20 and refuses malformed cursors on "after"', async () => {
      const { service } = setup();
      expect(service.memberPageRequest({})).toEqual({ first: 20, after: null });
      const bad = Buffer.from('c1:[1,"Autun","not-a-uuid"]').toString('base64url');
      expect(
        await badFields(Promise.resolve().then(() => service.memberPageRequest({ after: bad }))),
      ).toEqual(['after']);
    });
  });
});
