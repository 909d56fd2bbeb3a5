// Shared helpers for kinmap's pages: fetch JSON (showing problem details plainly), escape text, read the path.
export async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const message = body.detail || body.title || `The server answered ${response.status}`;
    throw new Error(message);
  }
  return body;
}

export function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

export function childIdFromPath() {
  const parts = window.location.pathname.split('/').filter(Boolean);
  const at = parts.indexOf('children');
  return at >= 0 ? decodeURIComponent(parts[at + 1]) : null;
}

export function showError(container, error) {
  container.innerHTML = `<p class="error" role="alert">${escapeHtml(error.message)}</p>`;
}

export const words = {
  none: 'not assessed', requested: 'requested', in_progress: 'in progress', positive: 'positive',
  negative: 'negative', withdrawn: 'withdrawn',
};

export function humanise(code) {
  return code == null ? '' : String(code).replace(/_/g, ' ');
}
