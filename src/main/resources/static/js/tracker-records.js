// Recording a review held from a child's timeline (/children/{id}/timeline; docs/tracker.md, "Recording from
// kinmap"): the form posts to /api/children/{id}/reviews; a refusal shows each problem beside the field it names and
// in a summary above the form; a review recorded is announced and the timeline drawn again (tracker.js listens).
import { escapeHtml, childIdFromPath, csrfHeaders } from './common.js';

const form = document.getElementById('record-review');

async function send(url, body) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Requested-With': 'kinmap-page', ...csrfHeaders() },
    body: JSON.stringify(body),
  });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = new Error(answer.detail || answer.title || `The server answered ${response.status}`);
    error.fields = answer.errors || [];
    throw error;
  }
  return answer;
}

function clearErrors() {
  form.querySelectorAll('.field-error').forEach(p => { p.hidden = true; p.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach(i => { i.removeAttribute('aria-invalid'); i.removeAttribute('aria-describedby'); });
  const summary = document.getElementById('record-review-summary');
  summary.hidden = true;
  summary.innerHTML = '';
}

function showErrors(error) {
  const summary = document.getElementById('record-review-summary');
  const items = [];
  for (const e of error.fields.length ? error.fields : [{ pointer: '', message: error.message }]) {
    const name = e.pointer.replace(/^\//, '').split('/')[0];
    const input = name ? form.elements[name] : null;
    if (input && input.id) {
      const p = document.getElementById(`${input.id}-error`);
      p.textContent = e.message;
      p.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', p.id);
      items.push(`<li><a href="#${input.id}">${escapeHtml(e.message)}</a></li>`);
    } else {
      items.push(`<li>${escapeHtml(e.message)}</li>`);
    }
  }
  summary.innerHTML = `<p><strong>The review was not recorded.</strong></p><ul>${items.join('')}</ul>`;
  summary.hidden = false;
}

if (form) {
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors();
    const value = name => (form.elements[name].value.trim() === '' ? null : form.elements[name].value.trim());
    const status = document.getElementById('record-review-status');
    try {
      const saved = await send(`/api/children/${encodeURIComponent(childIdFromPath())}/reviews`,
        { held: value('held'), due: value('due'), chair: value('chair'), outcome: value('outcome') });
      status.textContent = `Review recorded (${saved.held || saved.due}).`;
      form.reset();
      document.dispatchEvent(new CustomEvent('kinmap:recorded'));
    } catch (error) {
      status.textContent = '';
      showErrors(error);
    }
  });
}
