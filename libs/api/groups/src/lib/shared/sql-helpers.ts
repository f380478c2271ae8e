import { DomainError } from '@pairs/platform-core';
import { isUuid } from '@pairs/shared-domain';

type KeyType = 'string' | 'uuid' | 'timestamp';

/** Checks a decoded keyset cursor against the types of its keys; BAD_USER_INPUT `after` otherwise. */
export function checkKeyset(values: unknown[], types: readonly KeyType[]): string[] {
  const invalid = () => DomainError.badField('after', 'cursor', 'after is not a valid cursor');
  if (values.length !== types.length) throw invalid();
  return types.map((type, i) => {
    const value = values[i];
    if (typeof value !== 'string') throw invalid();
    if (type === 'uuid' && !isUuid(value)) throw invalid();
    if (type === 'timestamp' && Number.isNaN(Date.parse(value))) throw invalid();
    return value;
  });
}
