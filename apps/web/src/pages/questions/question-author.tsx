import { getFragmentData, graphql, type FragmentType } from '@pairs/web-graphql';
import { Link } from 'react-router';
import { DELETED_ACCOUNT_NAME } from '../../lib/author-name';
import { mandateLabel } from '../../lib/territory-format';
import { profilePath } from '../../session/viewer';

/** Who wrote a question or a reply: readers weigh an answer by the mandate and territory behind it. */
export const QuestionAuthorFragment = graphql(`
  fragment QuestionAuthor on User {
    id
    handle
    displayName
    deleted
    mandates {
      id
      role
      verified
      territory {
        id
        name
        kind
        population
      }
    }
  }
`);

export interface AuthorCardProps {
  author: FragmentType<typeof QuestionAuthorFragment> | null | undefined;
}

/**
 * Name (linked to the profile), then the first mandate: "Maire — Anost (Commune, 695 habitants)",
 * with "mandat vérifié" once a moderator checked it.
 */
export function AuthorCard({ author: ref }: AuthorCardProps) {
  const author = getFragmentData(QuestionAuthorFragment, ref);
  if (author == null || author.deleted) {
    return <p className="fr-text--bold fr-mb-0">{DELETED_ACCOUNT_NAME}</p>;
  }
  const [mandate, ...others] = author.mandates;
  return (
    <div className="pairs-author-card">
      <p className="fr-text--bold fr-mb-0">
        <Link to={profilePath(author.handle)}>{author.displayName}</Link>
      </p>
      {mandate !== undefined && (
        <p className="fr-text--sm fr-mb-0">
          {mandateLabel(mandate.role, mandate.territory)}
          {mandate.verified && <> · mandat vérifié</>}
          {others.length > 0 &&
            ` · et ${others.length} autre${others.length > 1 ? 's' : ''} mandat${others.length > 1 ? 's' : ''}`}
        </p>
      )}
    </div>
  );
}
