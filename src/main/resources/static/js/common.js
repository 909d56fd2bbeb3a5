// Shared helpers for kinmap's pages: fetch JSON (showing problem details plainly), escape text, read the path.
// Every request says it comes from a page (so a missing sign-in sends the person to the sign-in page rather than
// opening the browser's own password dialog), and every change carries the CSRF token from the XSRF-TOKEN cookie.

const PAGE = { 'X-Requested-With': 'kinmap-page' };

export function csrfHeaders() {
  const cookie = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
  return cookie ? { 'X-XSRF-TOKEN': decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) } : {};
}

async function answer(response) {
  if (response.status === 401) {
    window.location.assign('/sign-in?expired');
    throw new Error('Your session has ended. Sign in again.');
  }
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const message = body.detail || body.title || `The server answered ${response.status}`;
    throw new Error(message);
  }
  return body;
}

// While kinmap loads the sample authority its reads answer 503 with Retry-After: say so at the top of the page and
// ask again, rather than show a list that is still filling.
function stillLoading(message) {
  let notice = document.getElementById('still-loading');
  if (message && !notice) {
    notice = document.createElement('p');
    notice.id = 'still-loading';
    notice.className = 'notice';
    notice.setAttribute('role', 'status');
    (document.querySelector('main') || document.body).prepend(notice);
  }
  if (message) notice.textContent = `${message}. This page fills in when it is ready.`;
  else if (notice) notice.remove();
}

export async function getJson(url, headers = {}) {
  for (;;) {
    const response = await fetch(url, { headers: { Accept: 'application/json', ...PAGE, ...headers } });
    const retryAfter = Number(response.headers.get('Retry-After'));
    if (response.status !== 503 || !retryAfter) {
      stillLoading(null);
      return answer(response);
    }
    const problem = await response.json().catch(() => ({}));
    stillLoading(problem.title || 'kinmap is still starting');
    await new Promise(resolve => setTimeout(resolve, retryAfter * 1000));
  }
}

export async function sendJson(method, url, body) {
  return answer(await fetch(url, {
    method,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...PAGE, ...csrfHeaders() },
    body: JSON.stringify(body),
  }));
}

/** Score bars are sized here rather than by a style attribute, which the Content-Security-Policy refuses. */
export function sizeBars(root) {
  root.querySelectorAll('[data-score]').forEach(bar => { bar.style.width = `${Number(bar.dataset.score)}%`; });
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
