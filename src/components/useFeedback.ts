import { useEffect, useState } from 'react';

/** A short message that clears itself after a few seconds ("Link kopiert"). */
export function useFeedback(duration = 3000): [string, (message: string) => void] {
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (!message) return;
    const timer = window.setTimeout(() => setMessage(''), duration);
    return () => window.clearTimeout(timer);
  }, [message, duration]);
  return [message, setMessage];
}

export const feedbackText = {
  copied: 'Link kopiert',
  failed: 'Kopieren nicht möglich',
} as const;
