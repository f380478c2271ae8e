import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import type { ReactNode } from 'react';
import { formatDateTime } from '../lib/format-date';

export interface DraftOfferProps {
  /** When the draft was kept (ISO date-time). */
  savedAt: string;
  /** Its title, if it has one. */
  title: string;
  /** What was written then: "vous avez {written}". */
  written: string;
  /** What resuming or ignoring it does. */
  children: ReactNode;
  resumeLabel: string;
  onResume: () => void;
  onIgnore: () => void;
  /** Level of its title: h3 when the form sits under a section's h2. */
  as?: 'h2' | 'h3';
}

/** A draft kept on this device that the form did not start from: the writer resumes or drops it. */
export function DraftOffer({
  savedAt,
  title,
  written,
  children,
  resumeLabel,
  onResume,
  onIgnore,
  as = 'h2',
}: DraftOfferProps) {
  return (
    <Alert
      severity="info"
      as={as}
      title="Un brouillon non enregistré existe sur cet appareil"
      description={
        <>
          <p className="fr-mb-2w">
            Le <time dateTime={savedAt}>{formatDateTime(savedAt)}</time>, vous avez {written}
            {title === '' ? '' : ` (« ${title} »)`}.
          </p>
          {children}
          <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm fr-mb-0">
            <li>
              <Button type="button" onClick={onResume}>
                {resumeLabel}
              </Button>
            </li>
            <li>
              <Button type="button" priority="secondary" onClick={onIgnore}>
                Ignorer
              </Button>
            </li>
          </ul>
        </>
      }
    />
  );
}
