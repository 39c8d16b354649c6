import { useEffect, useRef, useState, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Button } from './Button';

interface Props {
  /** The button that opens the dialog. */
  label: ReactNode;
  title: ReactNode;
  body?: ReactNode;
  confirmLabel: ReactNode;
  onConfirm: () => Promise<void> | void;
  disabled?: boolean;
  variant?: 'primary' | 'secondary' | 'danger' | 'link';
}

/** A destructive action behind a modal question (native <dialog>: focus is trapped, Escape closes it). */
export function ConfirmButton({ label, title, body, confirmLabel, onConfirm, disabled, variant = 'secondary' }: Props) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal?.();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
      setOpen(false);
    }
  };
  return (
    <>
      <Button variant={variant} disabled={disabled} onClick={() => setOpen(true)}>
        {label}
      </Button>
      {open && (
        <dialog ref={ref} className="dialog" aria-labelledby="confirm-title" onClose={() => setOpen(false)}>
          <h2 id="confirm-title">{title}</h2>
          {body && <p>{body}</p>}
          <div className="actions">
            <Button variant="danger" disabled={busy} onClick={() => void confirm()}>
              {confirmLabel}
            </Button>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              <FormattedMessage id="common.keep" />
            </Button>
          </div>
        </dialog>
      )}
    </>
  );
}
