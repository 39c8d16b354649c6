import type { ButtonHTMLAttributes } from 'react';

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: 'primary' | 'secondary' | 'danger' | 'link' };

/** The one button: at least 44 px tall, a visible focus ring, four looks. */
export function Button({ variant = 'primary', className, type = 'button', ...rest }: Props) {
  return <button type={type} className={`button ${variant === 'primary' ? '' : variant} ${className ?? ''}`.trim()} {...rest} />;
}
