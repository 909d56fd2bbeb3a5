import { getJson, escapeHtml, showError } from './common.js';

const form = document.getElementById('filters');
const container = document.getElementById('events');

async function load() {
  const query = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (value) query.set(name, value);
  query.set('limit', '500');
  try {
    const events = await getJson(`/api/audit?${query}`);
    container.innerHTML = `<table id="events-table"><caption class="muted left">${events.length} events</caption>
      <thead><tr><th scope="col">When (UTC)</th><th scope="col">Who</th><th scope="col">What</th>
        <th scope="col">Child</th><th scope="col">Outcome</th><th scope="col">From</th><th scope="col">Request</th></tr></thead>
      <tbody>${events.map(e => `<tr>
        <td>${escapeHtml(e.at)}</td><td>${escapeHtml(e.username)}</td>
        <td>${escapeHtml(e.action)}${e.detail ? `<br><span class="muted small">${escapeHtml(e.detail)}</span>` : ''}</td>
        <td>${escapeHtml(e.childId || '')}</td><td>${escapeHtml(e.outcome)}</td><td>${escapeHtml(e.remoteAddress || '')}</td>
        <td class="small">${escapeHtml(e.method)} ${escapeHtml(e.path || '')}</td></tr>`).join('')}</tbody></table>`;
  } catch (error) {
    showError(container, error);
  }
}

form.addEventListener('submit', event => { event.preventDefault(); load(); });
load();
