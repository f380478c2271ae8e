import { Card } from '@codegouvfr/react-dsfr/Card';
import { Tag } from '@codegouvfr/react-dsfr/Tag';
import { getFragmentData, graphql, type FragmentType } from '@pairs/web-graphql';
import { formatLongDate } from '../../lib/format-date';
import { GroupCardMarker } from '../groups/group-marker';
import { formatPopulation } from '../../lib/territory-format';
import { formatEuros, populationBandLabel } from './case-study-format';
import { caseStudyPath } from './case-study-paths';

/** What a case study card shows; shared by the list, the theme pages and "similar case studies". */
export const CaseStudyCardFragment = graphql(`
  fragment CaseStudyCard on CaseStudy {
    id
    slug
    title
    summary
    costEuros
    publishedAt
    populationBand
    territory {
      id
      name
      population
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

export interface CaseStudyCardProps {
  caseStudy: FragmentType<typeof CaseStudyCardFragment>;
  /** Heading level of the title, to fit the page outline (h2 in the list, h3 under a section). */
  titleAs?: 'h2' | 'h3' | 'h4';
}

/** "Anost · 695 habitants · Moins de 1 000 habitants". */
function territoryLine(
  territory: { name: string; population?: number | null },
  band: Parameters<typeof populationBandLabel>[0] | null | undefined,
): string {
  const parts = [territory.name];
  if (territory.population != null) {
    parts.push(`${formatPopulation(territory.population)} habitant${territory.population > 1 ? 's' : ''}`);
  }
  if (band != null) parts.push(populationBandLabel(band));
  return parts.join(' · ');
}

/** A DSFR card linking to a case study: title, summary, territory, themes, cost and date. */
export function CaseStudyCard({ caseStudy: ref, titleAs = 'h2' }: CaseStudyCardProps) {
  const caseStudy = getFragmentData(CaseStudyCardFragment, ref);
  const details = [
    caseStudy.costEuros == null ? null : `Coût : ${formatEuros(caseStudy.costEuros)}`,
    caseStudy.publishedAt == null ? null : `Publié le ${formatLongDate(caseStudy.publishedAt)}`,
  ].filter((detail): detail is string => detail !== null);

  return (
    <Card
      titleAs={titleAs}
      title={caseStudy.title}
      linkProps={{ to: caseStudyPath(caseStudy.slug) }}
      enlargeLink
      size="small"
      desc={caseStudy.summary}
      start={
        caseStudy.themes.length > 0 || caseStudy.group != null ? (
          <>
            {caseStudy.group != null && <GroupCardMarker group={caseStudy.group} />}
            {caseStudy.themes.length > 0 && (
              <ul className="fr-tags-group" aria-label="Thématiques">
                {caseStudy.themes.map((theme) => (
                  <li key={theme.id}>
                    <Tag small>{theme.name}</Tag>
                  </li>
                ))}
              </ul>
            )}
          </>
        ) : undefined
      }
      detail={territoryLine(caseStudy.territory, caseStudy.populationBand)}
      endDetail={details.length > 0 ? details.join(' · ') : undefined}
    />
  );
}
