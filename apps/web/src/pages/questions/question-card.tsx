import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Card } from '@codegouvfr/react-dsfr/Card';
import { Tag } from '@codegouvfr/react-dsfr/Tag';
import { getFragmentData, graphql, type FragmentType } from '@pairs/web-graphql';
import { authorName } from '../../lib/author-name';
import { GroupCardMarker } from '../groups/group-marker';
import { formatViewCount } from '../case-studies/case-study-format';
import { formatRelativeTime, formatReplyCount, threadBadges } from './question-format';
import { questionPath } from './question-paths';

/** What a question card shows; shared by the Q&A list, the theme pages and the case study pages. */
export const QuestionCardFragment = graphql(`
  fragment QuestionCard on Thread {
    id
    title
    status
    pinned
    replyCount
    viewCount
    lastActivityAt
    author {
      id
      displayName
      deleted
    }
    themes {
      id
      slug
      name
    }
    group {
      id
      slug
      name
      visibility
    }
  }
`);

export interface QuestionCardProps {
  thread: FragmentType<typeof QuestionCardFragment>;
  /** Heading level of the title, to fit the page outline. */
  titleAs?: 'h2' | 'h3' | 'h4';
  /** Leave out the themes (on a theme page, where they would repeat the page's own). */
  hideThemes?: boolean;
}

/** A DSFR card linking to a question: status in words, themes, author, replies, views, last activity. */
export function QuestionCard({ thread: ref, titleAs = 'h3', hideThemes = false }: QuestionCardProps) {
  const thread = getFragmentData(QuestionCardFragment, ref);
  const badges = threadBadges(thread);
  return (
    <Card
      titleAs={titleAs}
      title={thread.title}
      linkProps={{ to: questionPath(thread.id) }}
      enlargeLink
      size="small"
      start={
        <>
          <ul className="fr-badges-group" aria-label="État">
            {badges.map((badge) => (
              <li key={badge.label}>
                <Badge as="span" small severity={badge.severity}>
                  {badge.label}
                </Badge>
              </li>
            ))}
          </ul>
          {thread.group != null && <GroupCardMarker group={thread.group} />}
          {!hideThemes && thread.themes.length > 0 && (
            <ul className="fr-tags-group" aria-label="Thématiques">
              {thread.themes.map((theme) => (
                <li key={theme.id}>
                  <Tag small>{theme.name}</Tag>
                </li>
              ))}
            </ul>
          )}
        </>
      }
      detail={[
        `Par ${authorName(thread.author)}`,
        formatReplyCount(thread.replyCount),
        formatViewCount(thread.viewCount),
      ].join(' · ')}
      endDetail={
        <>
          Dernière activité{' '}
          <time dateTime={thread.lastActivityAt}>{formatRelativeTime(thread.lastActivityAt)}</time>
        </>
      }
    />
  );
}
