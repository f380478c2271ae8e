import { Combobox, type ComboboxOption } from '@pairs/web-ui';
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';

const OPTIONS: ComboboxOption[] = [
  { id: '51108', label: 'Châlons-en-Champagne — Commune (51108), 42 971 hab.' },
  { id: '200070530', label: 'CA de Châlons-en-Champagne — EPCI (200070530), 80 000 hab.' },
  { id: '51109', label: 'Chalons-sur-Vesle — Commune (51109), 300 hab.' },
];

/** The combobox as a page uses it: text in state, options filtered by it. */
function Harness({ onSelect }: { onSelect: (option: ComboboxOption) => void }) {
  const [text, setText] = useState('');
  const options = text === '' ? [] : OPTIONS;
  return (
    <form onSubmit={(event) => event.preventDefault()}>
      <Combobox
        label="Territoire du mandat"
        inputValue={text}
        onInputChange={setText}
        options={options}
        onSelect={(option) => {
          setText(option.label);
          onSelect(option);
        }}
        statusMessage={`${options.length} territoires trouvés.`}
        emptyMessage="Aucun territoire trouvé."
      />
      <button type="submit">Enregistrer</button>
    </form>
  );
}

function setup() {
  const onSelect = vi.fn<(option: ComboboxOption) => void>();
  render(<Harness onSelect={onSelect} />);
  const input = screen.getByRole('combobox', { name: 'Territoire du mandat' });
  input.focus();
  return { input, onSelect };
}

function listbox() {
  return screen.getByRole('listbox', { hidden: true });
}

describe('Combobox', () => {
  it('is an ARIA 1.2 combobox, labelled, controlling a listbox, collapsed at first', () => {
    const { input } = setup();
    expect(input.tagName).toBe('INPUT');
    expect(input.getAttribute('aria-autocomplete')).toBe('list');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-controls')).toBe(listbox().id);
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
    expect(listbox().hidden).toBe(true);
    expect(listbox().getAttribute('aria-labelledby')).toBe(
      screen.getByText('Territoire du mandat').closest('label')?.id,
    );
  });

  it('opens the list when typing and announces the number of results', () => {
    const { input } = setup();
    fireEvent.change(input, { target: { value: 'chalons en ch' } });

    expect(input.getAttribute('aria-expanded')).toBe('true');
    const options = screen.getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(OPTIONS.map(({ label }) => label));
    expect(options.every((option) => option.getAttribute('aria-selected') === 'false')).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('3 territoires trouvés.');
  });

  it('moves the active option with the arrow keys, wrapping around', () => {
    const { input } = setup();
    fireEvent.change(input, { target: { value: 'chalons' } });
    const options = screen.getAllByRole('option');

    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0].id);
    expect(options[0].getAttribute('aria-selected')).toBe('true');

    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1].id);
    expect(options[0].getAttribute('aria-selected')).toBe('false');
    expect(options[1].getAttribute('aria-selected')).toBe('true');

    fireEvent.keyDown(input, { key: 'ArrowUp' });
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(input.getAttribute('aria-activedescendant')).toBe(options[2].id);

    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0].id);
    // Focus never leaves the text field (aria-activedescendant pattern).
    expect(document.activeElement).toBe(input);
  });

  it('selects the active option with Enter, closes the list and does not submit the form', () => {
    const { input, onSelect } = setup();
    const submit = vi.fn();
    input.closest('form')!.addEventListener('submit', submit);
    fireEvent.change(input, { target: { value: 'chalons' } });
    fireEvent.keyDown(input, { key: 'ArrowDown' });

    const enter = fireEvent.keyDown(input, { key: 'Enter' });

    expect(enter).toBe(false); // default prevented: no implicit submission
    expect(onSelect).toHaveBeenCalledWith(OPTIONS[0]);
    expect((input as HTMLInputElement).value).toBe(OPTIONS[0].label);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
    expect(submit).not.toHaveBeenCalled();
  });

  it('lets Enter submit the form when no option is active', () => {
    const { input, onSelect } = setup();
    fireEvent.change(input, { target: { value: 'chalons' } });
    const enter = fireEvent.keyDown(input, { key: 'Enter' });
    expect(enter).toBe(true);
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('closes the list with Escape, keeping the text, and reopens it with ArrowDown', () => {
    const { input, onSelect } = setup();
    fireEvent.change(input, { target: { value: 'chalons' } });
    fireEvent.keyDown(input, { key: 'ArrowDown' });

    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
    expect(listbox().hidden).toBe(true);
    expect((input as HTMLInputElement).value).toBe('chalons');
    expect(onSelect).not.toHaveBeenCalled();

    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[0].id);
  });

  it('closes the list without selecting when Tab leaves the field', () => {
    const { input, onSelect } = setup();
    fireEvent.change(input, { target: { value: 'chalons' } });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'Tab' });
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('selects an option clicked with the mouse', () => {
    const { input, onSelect } = setup();
    fireEvent.change(input, { target: { value: 'chalons' } });
    fireEvent.click(screen.getAllByRole('option')[2]);
    expect(onSelect).toHaveBeenCalledWith(OPTIONS[2]);
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('shows the empty message, outside the listbox, when nothing matches', () => {
    const onSelect = vi.fn();
    render(
      <Combobox
        label="Territoire du mandat"
        inputValue="zzz"
        onInputChange={() => undefined}
        options={[]}
        onSelect={onSelect}
        emptyMessage="Aucun territoire trouvé."
      />,
    );
    const input = screen.getByRole('combobox');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(screen.getByText('Aucun territoire trouvé.').closest('[role="listbox"]')).toBeNull();
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('shows an error next to the field and links it', () => {
    render(
      <Combobox
        label="Territoire du mandat"
        inputValue=""
        onInputChange={() => undefined}
        options={[]}
        onSelect={() => undefined}
        errorMessage="Territoire inconnu."
      />,
    );
    const input = screen.getByRole('combobox');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const describedBy = input.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toBe('Territoire inconnu.');
  });
});
