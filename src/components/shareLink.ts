/** Sharing and copying links. Browser-only: call these from event handlers, never during render. */

export type ShareData = { title: string; text?: string; url: string };
export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

/** The address of this page (without its hash), with `hash` appended when given. */
export function linkHere(hash?: string): string {
  const url = new URL(window.location.href);
  url.hash = hash ?? '';
  return url.href;
}

/** Copies text to the clipboard; falls back to a selected text area where the API is missing. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    return copied;
  }
}

/**
 * Shares with the system's share sheet where the browser has one (phones), otherwise copies the
 * link so the reader can paste it anywhere.
 */
export async function shareOrCopy(data: ShareData): Promise<ShareOutcome> {
  if (typeof navigator.share === 'function' && (navigator.canShare?.(data) ?? true)) {
    try {
      await navigator.share(data);
      return 'shared';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    }
  }
  return (await copyText(data.url)) ? 'copied' : 'failed';
}
