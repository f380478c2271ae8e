import { useEffect, useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import './combobox.css';

export interface ComboboxOption {
  /** Stable identity of the option (e.g. a territory code). */
  id: string;
  /** Text shown in the list and read by screen readers. */
  label: string;
}

export interface ComboboxProps {
  /** Visible label of the text field. */
  label: ReactNode;
  hintText?: ReactNode;
  /** Text of the field: the caller owns it (and usually searches with it). */
  inputValue: string;
  onInputChange: (value: string) => void;
  /** Suggestions for the current text; an empty list hides the listbox. */
  options: readonly ComboboxOption[];
  onSelect: (option: ComboboxOption) => void;
  /** Announced by a polite live region while the list is in use, e.g. "3 territoires trouvés". */
  statusMessage?: string;
  /** Shown in the popup when the text matched nothing, e.g. "Aucun territoire trouvé". */
  emptyMessage?: string;
  /** Error shown under the field (DSFR error state). */
  errorMessage?: string;
  /** Id of the text field, for a label or an error summary elsewhere. */
  inputId?: string;
  className?: string;
  required?: boolean;
}

/**
 * A text field with a list of suggestions, as the ARIA 1.2 "combobox with list autocomplete"
 * pattern: focus stays in the field and `aria-activedescendant` names the highlighted option.
 * Down/Up arrows open the list and move through it, Enter picks the highlighted option, Escape
 * closes the list, Tab leaves the field without picking anything. Purely presentational: the
 * caller fetches the options.
 */
export function Combobox({
  label,
  hintText,
  inputValue,
  onInputChange,
  options,
  onSelect,
  statusMessage = '',
  emptyMessage,
  errorMessage,
  inputId: inputIdProp,
  className,
  required,
}: ComboboxProps) {
  const baseId = useId();
  const inputId = inputIdProp ?? `${baseId}-input`;
  const labelId = `${baseId}-label`;
  const listboxId = `${baseId}-listbox`;
  const errorId = `${baseId}-error`;
  const optionId = (index: number) => `${baseId}-option-${index}`;

  const [isOpen, setIsOpen] = useState(false);
  // Tracked by id, so that a new list of results never highlights an option the user did not choose.
  const [activeOptionId, setActiveOptionId] = useState<string | null>(null);

  const activeIndex = activeOptionId === null ? -1 : options.findIndex(({ id }) => id === activeOptionId);
  const isListboxShown = isOpen && options.length > 0;
  const isEmptyShown =
    isOpen && options.length === 0 && emptyMessage !== undefined && inputValue.trim() !== '';
  const hasError = errorMessage !== undefined && errorMessage !== '';

  useEffect(() => {
    if (!isListboxShown || activeIndex < 0) {
      return;
    }
    // Keeps the highlighted option visible in a long list (jsdom has no scrollIntoView).
    document.getElementById(`${baseId}-option-${activeIndex}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [isListboxShown, activeIndex, baseId]);

  const close = () => {
    setIsOpen(false);
    setActiveOptionId(null);
  };

  const select = (option: ComboboxOption) => {
    onSelect(option);
    close();
  };

  const moveTo = (index: number) => {
    setIsOpen(true);
    setActiveOptionId(options[index]?.id ?? null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown': {
        event.preventDefault();
        if (options.length === 0) {
          setIsOpen(true);
          return;
        }
        moveTo(!isListboxShown || activeIndex < 0 ? 0 : (activeIndex + 1) % options.length);
        return;
      }
      case 'ArrowUp': {
        event.preventDefault();
        if (options.length === 0) {
          setIsOpen(true);
          return;
        }
        moveTo(!isListboxShown || activeIndex <= 0 ? options.length - 1 : activeIndex - 1);
        return;
      }
      case 'Enter': {
        const active = options[activeIndex];
        if (isListboxShown && active !== undefined) {
          // Picking an option must not submit the surrounding form.
          event.preventDefault();
          select(active);
        }
        return;
      }
      case 'Escape': {
        if (isListboxShown || isEmptyShown) {
          // Closing the list is all Escape does here (it must not also close an enclosing dialog).
          event.preventDefault();
          event.stopPropagation();
          close();
        }
        return;
      }
      case 'Tab':
        close();
        return;
      default:
        return;
    }
  };

  return (
    <div
      className={['fr-input-group', hasError ? 'fr-input-group--error' : '', className ?? '']
        .join(' ')
        .trim()}
    >
      <label className="fr-label" htmlFor={inputId} id={labelId}>
        {label}
        {hintText !== undefined && <span className="fr-hint-text">{hintText}</span>}
      </label>
      <div className="pairs-combobox__field">
        <input
          id={inputId}
          className={['fr-input', hasError ? 'fr-input--error' : ''].join(' ').trim()}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={isListboxShown}
          aria-controls={listboxId}
          aria-activedescendant={isListboxShown && activeIndex >= 0 ? optionId(activeIndex) : undefined}
          aria-describedby={hasError ? errorId : undefined}
          aria-invalid={hasError || undefined}
          autoComplete="off"
          spellCheck={false}
          required={required}
          value={inputValue}
          onChange={(event) => {
            setIsOpen(true);
            setActiveOptionId(null);
            onInputChange(event.target.value);
          }}
          onKeyDown={onKeyDown}
          onBlur={close}
        />
        <div className="pairs-combobox__popup" hidden={!isListboxShown && !isEmptyShown}>
          <ul
            className="pairs-combobox__listbox"
            id={listboxId}
            role="listbox"
            aria-labelledby={labelId}
            hidden={!isListboxShown}
          >
            {options.map((option, index) => (
              // Keyboard users reach options through the input (aria-activedescendant); the mouse
              // gets the same choice here. mousedown is cancelled so that focus stays in the input.
              <li
                key={option.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === activeIndex}
                className="pairs-combobox__option"
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => select(option)}
              >
                {option.label}
              </li>
            ))}
          </ul>
          {isEmptyShown && <p className="pairs-combobox__empty">{emptyMessage}</p>}
        </div>
      </div>
      {hasError && (
        <p className="fr-message fr-message--error" id={errorId}>
          {errorMessage}
        </p>
      )}
      <p className="fr-sr-only" role="status">
        {isOpen ? statusMessage : ''}
      </p>
    </div>
  );
}
