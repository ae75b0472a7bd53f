import { useId, useState } from 'react';
import { Button } from './Button';

type Labels = { label: string; copy: string; copied: string; copyFailed: string };
type Props = Labels & { value: string; isLarge?: boolean };

/**
 * A value to pass on (a code, a link): read-only, selectable, and a button that copies it. Where the
 * clipboard is not allowed (plain http on a LAN), the text is selected so it can be copied by hand.
 */
export function CopyField({ value, label, copy, copied, copyFailed, isLarge = false }: Props) {
  const id = useId();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copyValue() {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      const input = document.getElementById(id);
      if (input instanceof HTMLInputElement) input.select();
      setState('failed');
    }
  }

  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <div className="row copy-field">
        <input id={id} className={isLarge ? 'copy-value big-code' : 'copy-value'} readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
        <Button onClick={() => void copyValue()}>{copy}</Button>
      </div>
      <p className="hint" role="status">
        {state === 'copied' ? copied : state === 'failed' ? copyFailed : ''}
      </p>
    </div>
  );
}
