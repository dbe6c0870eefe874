import { useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * One query-string value as page state: a change shows at once (the address catches up a moment later, without
 * a history entry), and a change of the address from outside (a link, Back) replaces it. An empty value removes
 * the parameter (a blank one too).
 */
export function useSearchParam(name: string): [string, (value: string) => void] {
  const [params, setParams] = useSearchParams();
  const inUrl = params.get(name) ?? '';
  const [shown, setShown] = useState({ url: inUrl, value: inUrl });
  let value = shown.value;
  if (shown.url !== inUrl) {
    value = inUrl;
    setShown({ url: inUrl, value: inUrl });
  }
  function set(next: string) {
    setShown({ url: inUrl, value: next });
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        if (next.trim()) copy.set(name, next);
        else copy.delete(name);
        return copy;
      },
      { replace: true, preventScrollReset: true },
    );
  }
  return [value, set];
}
