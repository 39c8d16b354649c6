import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';

/** Minutes and seconds left until `until`, in the page's digits, ticking every second; calls onEnd at zero. */
export function Countdown({ until, now = () => Date.now() }: { until: string; now?: () => number }) {
  const intl = useIntl();
  const left = () => Math.max(0, Math.round((new Date(until).getTime() - now()) / 1000));
  const [seconds, setSeconds] = useState(left);
  useEffect(() => {
    const timer = setInterval(() => setSeconds(left()), 1000);
    return () => clearInterval(timer);
  });
  const two = (n: number) => intl.formatNumber(n, { minimumIntegerDigits: 2 });
  return (
    <span className="countdown" data-countdown>
      {two(Math.floor(seconds / 60))}:{two(seconds % 60)}
    </span>
  );
}
