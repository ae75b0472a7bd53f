import { useId } from 'react';
import type { Choice } from './ChoiceGroup';

type Props<T extends string> = {
  label: string;
  choices: readonly Choice<T>[];
  value: T | '';
  placeholder: string;
  onChange: (value: T) => void;
  error?: string;
};

export function SelectField<T extends string>({ label, choices, value, placeholder, onChange, error }: Props<T>) {
  const id = useId();
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value as T)}
      >
        <option value="" disabled>
          {placeholder}
        </option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="error-text">
          {error}
        </p>
      )}
    </div>
  );
}
