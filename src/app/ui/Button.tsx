import type { ButtonHTMLAttributes } from 'react';

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: 'primary' | 'danger' | 'plain'; isBig?: boolean };

export function Button({ variant = 'plain', isBig = false, className = '', type = 'button', ...rest }: Props) {
  const classes = ['btn', variant === 'plain' ? '' : `btn-${variant}`, isBig ? 'btn-big' : '', className];
  return <button type={type} className={classes.filter(Boolean).join(' ')} {...rest} />;
}
