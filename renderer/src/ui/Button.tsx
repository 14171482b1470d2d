import type { ComponentPropsWithRef } from 'react';
import './ui.css';

/** How prominent a button is. */
export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';

/** A button with a visible focus ring and a 44 px minimum target. */
export function Button({
  variant = 'secondary',
  className,
  type = 'button',
  ...rest
}: ComponentPropsWithRef<'button'> & { readonly variant?: ButtonVariant }) {
  return (
    <button
      type={type}
      className={['button', `button--${variant}`, className].filter(Boolean).join(' ')}
      {...rest}
    />
  );
}
