import { useId } from 'react';

export type Choice<T extends string> = { value: T; label: string };

type Props<T extends string> = {
  legend: string;
  choices: readonly Choice<T>[];
  /** One value for a single choice (radios), a list for several (checkboxes). */
  value: T | null | readonly T[];
  onChange: (value: T) => void;
  error?: string;
  name?: string;
};

/** Big tap targets for a closed list: radios for one answer, checkboxes for several. */
export function ChoiceGroup<T extends string>({ legend, choices, value, onChange, error, name }: Props<T>) {
  const autoName = useId();
  const isMulti = Array.isArray(value);
  const errorId = `${autoName}-error`;
  return (
    <fieldset className="choices" aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="choice">
          <input
            type={isMulti ? 'checkbox' : 'radio'}
            name={name ?? autoName}
            value={choice.value}
            checked={isMulti ? (value as readonly T[]).includes(choice.value) : value === choice.value}
            onChange={() => onChange(choice.value)}
          />
          <span>{choice.label}</span>
        </label>
      ))}
      {error && (
        <p id={errorId} className="error-text" style={{ flexBasis: '100%' }}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
