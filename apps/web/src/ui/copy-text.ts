/*
 * Copying to the clipboard, also where the Clipboard API is missing: on plain http:// at a LAN address (the relay on
 * the facilitator's laptop) the page is not a secure context and `navigator.clipboard` is undefined. There the older
 * `document.execCommand('copy')` still copies the selection during a click; where even that fails, the text is left
 * selected so the person can press Ctrl+C or long-press it.
 */

/** Copies `text`, or selects it in `field` (when given) for copying by hand; true when it was copied. */
export async function copyText(text: string, field?: HTMLInputElement | null): Promise<boolean> {
  if (window.isSecureContext && typeof navigator.clipboard?.writeText === 'function') {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Denied (no focus, a permission policy): try the older way.
    }
  }
  return copyBySelection(text, field ?? null);
}

function copyBySelection(text: string, field: HTMLInputElement | null): boolean {
  // The visible field when it holds exactly the text (it stays selected if copying fails), else a hidden one.
  const target: HTMLInputElement | HTMLTextAreaElement = field && field.value === text ? field : hiddenField(text);
  const focused = document.activeElement;
  target.focus();
  target.select();
  target.setSelectionRange(0, text.length);
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  if (target !== field) {
    target.remove();
    if (focused instanceof HTMLElement) focused.focus();
  }
  return copied;
}

function hiddenField(text: string): HTMLTextAreaElement {
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.setAttribute('aria-hidden', 'true');
  // Off-screen but rendered (hidden elements cannot be selected); 16px keeps iOS from zooming in on focus.
  Object.assign(area.style, { position: 'fixed', insetInlineStart: '-9999px', top: '0', fontSize: '16px' });
  document.body.append(area);
  return area;
}
