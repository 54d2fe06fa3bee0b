import { useCallback, useEffect, useRef, useState } from 'react';

/** A short message about files on a board, cleared after a while (or at once with an empty message). */
export function useFileNotice(ms = 8000): [string, (message: string) => void] {
  const [notice, setNotice] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const notify = useCallback(
    (message: string) => {
      if (timer.current) clearTimeout(timer.current);
      setNotice(message);
      if (message) timer.current = setTimeout(() => setNotice(''), ms);
    },
    [ms],
  );
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  return [notice, notify];
}
