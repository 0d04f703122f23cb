import { useEffect, useState } from 'react';
import { ensurePersistence, type PersistState } from '@/lib/db/persistence';

// One ask per page load, shared by every component that shows the answer.
let asked: Promise<PersistState> | null = null;

/** The storage's persistence, asked for on the dashboard's first use; `askAgain` asks once more. */
export function usePersistence(): { state: PersistState | null; askAgain: () => void } {
  const [state, setState] = useState<PersistState | null>(null);
  useEffect(() => {
    asked ??= ensurePersistence();
    void asked.then(setState);
  }, []);
  const askAgain = () => {
    asked = ensurePersistence({ askAgain: true });
    void asked.then(setState);
  };
  return { state, askAgain };
}
