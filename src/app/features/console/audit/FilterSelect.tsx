import { useId } from 'react';
import type { Choice } from '../../../ui/ChoiceGroup';

type Props = { label: string; allLabel: string; value: string; choices: readonly Choice<string>[]; onChange: (value: string) => void };

/** A select whose first choice is "all" (no filter); SelectField's placeholder cannot be chosen. */
export function FilterSelect({ label, allLabel, value, choices, onChange }: Props) {
  const id = useId();
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{allLabel}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}
