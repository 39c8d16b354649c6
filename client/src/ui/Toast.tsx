import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';

type Kind = 'ok' | 'error';
interface Toast {
  id: number;
  text: string;
  kind: Kind;
}

const ToastContext = createContext<(text: string, kind?: Kind) => void>(() => {});
const LIFETIME_MS = 4000;

/** Short confirmations ("Saved.") that stack at the bottom, are read out politely and go away by themselves. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const intl = useIntl();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(0);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const show = useCallback((text: string, kind: Kind = 'ok') => {
    const id = ++next.current;
    // The same message twice in a row replaces the first instead of piling up.
    setToasts((all) => [...all.filter((t) => t.text !== text), { id, text, kind }].slice(-3));
  }, []);
  return (
    <ToastContext.Provider value={show}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((t) => (
          <ToastItem key={t.id} toast={t} onClose={() => dismiss(t.id)} closeLabel={intl.formatMessage({ id: 'common.close' })} />
        ))}
      </div>
    </ToastContext.Provider>
  );
}

function ToastItem({ toast, onClose, closeLabel }: { toast: Toast; onClose: () => void; closeLabel: string }) {
  useEffect(() => {
    const timer = setTimeout(onClose, LIFETIME_MS);
    return () => clearTimeout(timer);
  }, [onClose]);
  return (
    <div className={`toast toast-${toast.kind}`} data-toast>
      <span>{toast.text}</span>
      <button type="button" className="toast-close" aria-label={closeLabel} onClick={onClose}>
        ×
      </button>
    </div>
  );
}

export function useToast() {
  return useContext(ToastContext);
}
