import { skipToken, useQuery } from '@apollo/client/react';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { CASE_STUDY_LIMITS } from '@pairs/shared-domain';
import { describeApiError, graphql } from '@pairs/web-graphql';
import { useState, type ReactNode } from 'react';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { utf8Bytes } from './case-study-editor-values';

/** Renders markdown with the site's own renderer (same tags, same safety rules). */
export const CaseStudyEditorPreviewQuery = graphql(`
  query CaseStudyEditorPreview($source: String!) {
    markdownPreview(source: $source)
  }
`);

/** Pause after the last keystroke before the open preview is rendered again. */
export const PREVIEW_DELAY_MS = 400;

const COUNT = new Intl.NumberFormat('fr-FR');
const DEFAULT_MAX_BYTES = CASE_STUDY_LIMITS.markdownMaxBytes;

export interface MarkdownFieldProps {
  id: string;
  label: string;
  hintText?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  required?: boolean;
  rows?: number;
  /** Size limit the API applies to this text, in UTF-8 bytes (case studies: 100 KB). */
  maxBytes?: number;
}

/** "1 234 caractères — 2 % de la taille maximale (100 Ko)": the API counts bytes, not characters. */
export function markdownCounter(text: string, maxBytes: number = DEFAULT_MAX_BYTES): string {
  const bytes = utf8Bytes(text.trim());
  const percent = Math.floor((bytes * 100) / maxBytes);
  const characters = `${COUNT.format(text.length)} caractère${text.length > 1 ? 's' : ''}`;
  const size = `taille maximale (${COUNT.format(maxBytes / 1000)} Ko)`;
  return bytes > maxBytes ? `${characters} — ${size} dépassée` : `${characters} — ${percent} % de la ${size}`;
}

/**
 * A markdown text area with its size counter and an "Aperçu" rendered by the API. Shared by the
 * case study editor and the questions and replies of the discussions.
 */
export function MarkdownField({
  id,
  label,
  hintText,
  value,
  onChange,
  error,
  required,
  rows = 10,
  maxBytes = DEFAULT_MAX_BYTES,
}: MarkdownFieldProps) {
  const [previewOpen, setPreviewOpen] = useState(false);
  const counterId = `${id}-counter`;
  const previewId = `${id}-preview`;

  return (
    <div className="fr-mb-4w">
      <Input
        textArea
        label={label}
        hintText={hintText}
        className="fr-mb-1w"
        nativeTextAreaProps={{
          id,
          rows,
          value,
          required,
          onChange: (event) => onChange(event.target.value),
          'aria-describedby': counterId,
          'aria-invalid': error !== undefined || undefined,
        }}
        {...(error === undefined ? {} : { state: 'error' as const, stateRelatedMessage: error })}
      />
      <p id={counterId} className="fr-hint-text fr-mb-1w">
        {markdownCounter(value, maxBytes)}
      </p>
      <Button
        type="button"
        priority="tertiary"
        size="small"
        nativeButtonProps={{ 'aria-expanded': previewOpen, 'aria-controls': previewId }}
        onClick={() => setPreviewOpen((open) => !open)}
      >
        Aperçu<span className="fr-sr-only"> : {label}</span>
      </Button>
      <div id={previewId} hidden={!previewOpen}>
        {previewOpen && <MarkdownPreview source={value} label={label} />}
      </div>
    </div>
  );
}

function MarkdownPreview({ source, label }: { source: string; label: string }) {
  const debouncedSource = useDebouncedValue(source, PREVIEW_DELAY_MS);
  const empty = debouncedSource.trim() === '';
  const { data, previousData, loading, error } = useQuery(
    CaseStudyEditorPreviewQuery,
    empty ? skipToken : { variables: { source: debouncedSource } },
  );
  const html = (data ?? previousData)?.markdownPreview;
  const pending = loading || source !== debouncedSource;

  let content: ReactNode;
  if (empty) {
    content = <p className="fr-text--sm fr-mb-0">Rien à afficher pour l'instant : le texte est vide.</p>;
  } else if (error !== undefined) {
    const info = describeApiError(error);
    content = (
      <p className="fr-message fr-message--error fr-mb-0">
        {info.code === 'BAD_USER_INPUT'
          ? "Le texte dépasse la taille maximale : l'aperçu n'est pas disponible."
          : `L'aperçu n'a pas pu être affiché. ${info.message}`}
      </p>
    );
  } else if (html === undefined) {
    content = <p className="fr-text--sm fr-mb-0">Préparation de l'aperçu…</p>;
  } else {
    // Sanitised by the API, which renders it exactly as the published page will.
    content = <div className="pairs-markdown-preview" dangerouslySetInnerHTML={{ __html: html }} />;
  }

  return (
    <section
      aria-label={`Aperçu : ${label}`}
      aria-busy={pending || undefined}
      className="fr-mt-1w fr-p-2w"
      style={{ border: '1px solid var(--border-default-grey)' }}
    >
      <p className="fr-text--xs fr-mb-1w" aria-hidden="true">
        Aperçu, tel que le texte sera affiché
      </p>
      {content}
    </section>
  );
}
