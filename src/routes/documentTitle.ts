import { useEffect } from 'react';

/** Sets document.title after render (never during render: the server has no document). */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
