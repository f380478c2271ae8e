import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { CASE_STUDY_LIMITS } from '@pairs/shared-domain';

export interface ThemeOption {
  slug: string;
  name: string;
}

export interface ThemeGroup extends ThemeOption {
  children: readonly ThemeOption[];
}

export interface ThemesFieldProps {
  /** Active themes, top-level ones with their children. */
  groups: readonly ThemeGroup[];
  /** Themes already chosen that are no longer offered (archived since): shown so they can be unchecked. */
  unavailable: readonly ThemeOption[];
  selected: readonly string[];
  onChange: (slugs: string[]) => void;
  error?: string;
  /** Id of the fieldset, prefix of every input id (one field per page keeps the default). */
  id?: string;
  /** What the themes are for, under the legend. */
  hintText?: string;
}

const DEFAULT_FIELD_ID = 'case-study-themes';
const MAX = CASE_STUDY_LIMITS.themesMax;

function groupId(fieldId: string, slug: string): string {
  return `${fieldId}-${slug}`;
}

/** Id of the first checkbox (react-dsfr numbers the inputs of a group), the target of error links. */
export function firstThemeInputId(
  groups: readonly ThemeGroup[],
  unavailable: readonly ThemeOption[],
  fieldId: string = DEFAULT_FIELD_ID,
): string {
  if (unavailable.length > 0) {
    return `${groupId(fieldId, 'indisponibles')}-0`;
  }
  const first = groups[0];
  return first === undefined ? fieldId : `${groupId(fieldId, first.slug)}-0`;
}

/** 1 to 5 themes, as checkboxes grouped under their top-level theme (which may be chosen too). */
export function ThemesField({
  groups,
  unavailable,
  selected,
  onChange,
  error,
  id: fieldId = DEFAULT_FIELD_ID,
  hintText = `Choisissez de 1 à ${MAX} thématiques : les lecteurs trouveront votre retour d'expérience par elles.`,
}: ThemesFieldProps) {
  const full = selected.length >= MAX;
  const legendId = `${fieldId}-legend`;
  const messageId = `${fieldId}-message`;
  const countId = `${fieldId}-count`;

  const option = (theme: ThemeOption, label: string) => {
    const checked = selected.includes(theme.slug);
    return {
      label,
      nativeInputProps: {
        value: theme.slug,
        checked,
        // Past the limit only the chosen ones stay active, so the choice can still be changed.
        disabled: full && !checked,
        onChange: () =>
          onChange(checked ? selected.filter((slug) => slug !== theme.slug) : [...selected, theme.slug]),
      },
    };
  };

  return (
    <fieldset
      id={fieldId}
      className={`fr-fieldset${error === undefined ? '' : ' fr-fieldset--error'}`}
      aria-labelledby={`${legendId} ${countId}${error === undefined ? '' : ` ${messageId}`}`}
      role={error === undefined ? undefined : 'group'}
    >
      <legend id={legendId} className="fr-fieldset__legend">
        Thématiques
        <span className="fr-hint-text">{hintText}</span>
      </legend>
      <p id={countId} className="fr-fieldset__element fr-hint-text">
        {selected.length === 0
          ? 'Aucune thématique choisie.'
          : `${selected.length} thématique${selected.length > 1 ? 's' : ''} choisie${selected.length > 1 ? 's' : ''} sur ${MAX} au plus.`}
        {full && ' Décochez-en une pour en choisir une autre.'}
      </p>
      {unavailable.length > 0 && (
        <div className="fr-fieldset__element">
          <Checkbox
            id={groupId(fieldId, 'indisponibles')}
            small
            legend="Thématiques archivées"
            hintText="Elles ne reçoivent plus de nouveaux contenus : décochez-les avant d'enregistrer."
            options={unavailable.map((theme) => option(theme, theme.name))}
          />
        </div>
      )}
      {groups.map((group) => (
        <div className="fr-fieldset__element" key={group.slug}>
          <Checkbox
            id={groupId(fieldId, group.slug)}
            small
            legend={group.name}
            options={[
              option(group, `${group.name} (ensemble du domaine)`),
              ...group.children.map((child) => option(child, child.name)),
            ]}
          />
        </div>
      ))}
      <div className="fr-messages-group" id={`${fieldId}-messages`} aria-live="polite">
        {error !== undefined && (
          <p className="fr-message fr-message--error" id={messageId}>
            {error}
          </p>
        )}
      </div>
    </fieldset>
  );
}
