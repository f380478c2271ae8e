import type { ReactNode } from 'react';
import { textDiff } from '../lib/revision-diff';
import './text-diff.css';

/** Inserted text: underlined, and named for screen readers. */
export function Added({ children }: { children: ReactNode }) {
  return (
    <ins className="pairs-diff-added">
      <span className="fr-sr-only">[ajouté : </span>
      {children}
      <span className="fr-sr-only">]</span>
    </ins>
  );
}

/** Deleted text: struck through, and named for screen readers. */
export function Removed({ children }: { children: ReactNode }) {
  return (
    <del className="pairs-diff-removed">
      <span className="fr-sr-only">[supprimé : </span>
      {children}
      <span className="fr-sr-only">]</span>
    </del>
  );
}

/** One field of a revision, under a level-3 heading: its changes, or its text. */
export function FieldBlock({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="fr-mb-4w">
      <h3 className="fr-h6 fr-mb-1w">{label}</h3>
      {children}
    </div>
  );
}

/** A text as a revision left it, line breaks kept. */
export function PlainText({ children }: { children: ReactNode }) {
  return <p className="pairs-diff-text">{children}</p>;
}

/**
 * What changed from `before` to `after`, word by word, long unchanged passages shortened; both
 * texts in full when they are too different to compare.
 */
export function TextDiff({ before, after }: { before: string; after: string }) {
  const segments = textDiff(before, after);
  if (segments === null) {
    return (
      <div className="pairs-diff-text">
        <p className="fr-text--sm">Texte entièrement réécrit. Avant :</p>
        <Removed>{before}</Removed>
        <p className="fr-text--sm fr-mt-2w">Après :</p>
        <Added>{after}</Added>
      </div>
    );
  }
  return (
    <div className="pairs-diff-text">
      {segments.map((segment, index) => {
        switch (segment.kind) {
          case 'added':
            return <Added key={index}>{segment.text}</Added>;
          case 'removed':
            return <Removed key={index}>{segment.text}</Removed>;
          case 'skipped':
            return (
              <span key={index} className="pairs-diff-skipped">
                {' […] '}
                <span className="fr-sr-only">(passage inchangé abrégé)</span>
              </span>
            );
          case 'same':
            return <span key={index}>{segment.text}</span>;
        }
      })}
    </div>
  );
}
