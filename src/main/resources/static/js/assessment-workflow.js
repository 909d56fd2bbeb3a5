// The assessment workflow on the relatives work list: request a viability assessment of a candidate, move each
// assessment on (start, conclude positive or negative, withdraw), record a Regulation 24 temporary approval and its
// one Regulation 25 extension, and request a full connected-person or special guardianship assessment after a
// positive viability assessment. Every write answers with its Kinmap-Sequence; the reads that follow carry it, so the
// work list, the gaps and the statuses show the change at once, on any instance (docs/assessments.md).
import { getJson, csrfHeaders, escapeHtml, childIdFromPath, words, humanise } from './common.js';

const childId = childIdFromPath();
const base = `/api/children/${encodeURIComponent(childId)}`;
const list = document.getElementById('assessments');
const message = document.getElementById('assessment-message');
const panel = document.getElementById('assessment-form-panel');
let sequence = null;
let today = null;
let assessments = [];
let returnFocusTo = null;
let writes = false; // only social workers write; others see the assessments without the buttons

const TYPE_WORDS = {
  viability: 'Viability', connected_person_full: 'Full connected-person (fostering)',
  special_guardianship: 'Special guardianship', connected_person_reg24: 'Regulation 24 temporary approval',
};
const typeWords = code => TYPE_WORDS[code] || humanise(code);
const names = a => a.subjects.map(s => s.name).join(' and ');
const sequenceHeader = () => (sequence ? { 'Kinmap-Sequence': String(sequence) } : {});

async function send(url, body) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Requested-With': 'kinmap-page',
      ...csrfHeaders(), ...sequenceHeader() },
    body: JSON.stringify(body),
  });
  const answered = Number(response.headers.get('Kinmap-Sequence'));
  if (answered > (sequence || 0)) sequence = answered;
  if (response.status === 401) {
    window.location.assign('/sign-in?expired');
    throw new Error('Your session has ended. Sign in again.');
  }
  return { ok: response.ok, body: await response.json().catch(() => ({})) };
}

// What each step asks for. Fields: [name, label, kind, required, hint].
const FORMS = {
  request: {
    title: p => `Request a viability assessment of ${p.name}`, submit: 'Request viability assessment',
    fields: [['requestedOn', 'Date requested', 'date', true], ['assessor', 'Assessor (if known)', 'text', false],
      ['notes', 'Notes for the assessor', 'textarea', false]],
    send: (p, v) => send(`${base}/assessments`, { relative: p.personId, type: 'viability', ...v }),
    done: p => `Viability assessment of ${p.name} requested.`,
  },
  full: {
    title: a => `Request a full assessment of ${names(a)}`, submit: 'Request full assessment',
    fields: [['type', 'Kind of assessment', 'type', true], ['requestedOn', 'Date requested', 'date', true],
      ['assessor', 'Assessor (if known)', 'text', false]],
    send: (a, v) => send(`${base}/assessments`, { relative: a.subjects[0].personId, ...v }),
    done: a => `Full assessment of ${names(a)} requested.`,
  },
  in_progress: {
    title: a => `Start the ${typeWords(a.type).toLowerCase()} assessment of ${names(a)}`, submit: 'Record start',
    fields: [['on', 'Date started', 'date', true], ['assessor', 'Assessor', 'text', false]],
    send: (a, v) => send(`/api/assessments/${encodeURIComponent(a.id)}/status`, { status: 'in_progress', ...v }),
    done: a => `Assessment of ${names(a)} started.`,
  },
  positive: {
    title: a => `Conclude the assessment of ${names(a)}: positive`, submit: 'Record positive outcome',
    fields: [['on', 'Date concluded', 'date', true], ['reason', 'Summary of the outcome', 'textarea', false]],
    send: (a, v) => send(`/api/assessments/${encodeURIComponent(a.id)}/status`, { status: 'positive', ...v }),
    done: a => `Assessment of ${names(a)} concluded positive.`,
  },
  negative: {
    title: a => `Conclude the assessment of ${names(a)}: negative`, submit: 'Record negative outcome',
    fields: [['on', 'Date concluded', 'date', true], ['reason', 'Reasons', 'textarea', true]],
    send: (a, v) => send(`/api/assessments/${encodeURIComponent(a.id)}/status`, { status: 'negative', ...v }),
    done: a => `Assessment of ${names(a)} concluded negative.`,
  },
  withdrawn: {
    title: a => `Withdraw the assessment of ${names(a)}`, submit: 'Withdraw assessment',
    fields: [['on', 'Date withdrawn', 'date', true], ['reason', 'Reason', 'textarea', true]],
    send: (a, v) => send(`/api/assessments/${encodeURIComponent(a.id)}/status`, { status: 'withdrawn', ...v }),
    done: a => `Assessment of ${names(a)} withdrawn.`,
  },
  reg24: {
    title: a => `Record a Regulation 24 temporary approval of ${names(a)}`, submit: 'Record approval',
    fields: [['startsOn', 'Date approved (it ends 16 weeks later)', 'date', true], ['assessor', 'Assessor', 'text', false],
      ['notes', 'Notes', 'textarea', false]],
    send: (a, v) => send(`${base}/reg24-approvals`, { relative: a.subjects[0].personId, ...v }),
    done: a => `Regulation 24 temporary approval of ${names(a)} recorded.`,
  },
  reg25: {
    title: a => `Extend the Regulation 24 approval of ${names(a)} (Regulation 25)`, submit: 'Record extension',
    fields: [['weeks', 'Extension in weeks (1 to 8, once)', 'weeks', true], ['decidedOn', 'Date decided', 'date', true],
      ['reason', 'Why the full assessment needs longer', 'textarea', true]],
    send: (a, v) => send(`/api/assessments/${encodeURIComponent(a.id)}/reg25-extension`, { ...v, weeks: Number(v.weeks) }),
    done: a => `Regulation 24 approval of ${names(a)} extended.`,
  },
};

function field([name, label, kind, required]) {
  const idAttr = `af-${name}`;
  const req = required ? ' required aria-required="true"' : '';
  const described = `aria-describedby="${idAttr}-error"`;
  let control;
  if (kind === 'textarea') control = `<textarea id="${idAttr}" name="${name}" rows="3"${req} ${described}></textarea>`;
  else if (kind === 'date') control = `<input id="${idAttr}" name="${name}" type="date" max="${today}" value="${today}"${req} ${described}>`;
  else if (kind === 'weeks') control = `<input id="${idAttr}" name="${name}" type="number" min="1" max="8" step="1" value="8"${req} ${described}>`;
  else if (kind === 'type') {
    control = `<select id="${idAttr}" name="${name}"${req} ${described}>
      <option value="connected_person_full">Full connected-person (fostering) assessment</option>
      <option value="special_guardianship">Special guardianship assessment</option></select>`;
  } else control = `<input id="${idAttr}" name="${name}" type="text" autocomplete="off"${req} ${described}>`;
  return `<p class="field" data-field="${name}"><label for="${idAttr}">${escapeHtml(label)}${required ? '' : ' <span class="muted">(optional)</span>'}</label>
    ${control}<span id="${idAttr}-error" class="field-error" data-error-for="${name}"></span></p>`;
}

function openForm(action, subject, opener) {
  const form = FORMS[action];
  returnFocusTo = opener;
  panel.hidden = false;
  panel.innerHTML = `<form id="assessment-form" class="panel form" data-action="${action}" novalidate aria-labelledby="assessment-form-title">
      <h3 id="assessment-form-title" tabindex="-1">${escapeHtml(form.title(subject))}</h3>
      <div id="assessment-form-errors" aria-live="assertive"></div>
      ${form.fields.map(field).join('')}
      <p><button type="submit">${escapeHtml(form.submit)}</button> <button type="button" id="assessment-form-cancel">Cancel</button></p>
    </form>`;
  const element = document.getElementById('assessment-form');
  document.getElementById('assessment-form-cancel').addEventListener('click', () => closeForm());
  element.addEventListener('submit', async event => {
    event.preventDefault();
    const values = {};
    for (const [name] of form.fields) {
      const value = element.elements[name].value.trim();
      if (value !== '') values[name] = value;
    }
    const button = element.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const answer = await form.send(subject, values);
      if (!answer.ok) return showProblem(answer.body);
      closeForm(false);
      say(form.done(subject));
      await refresh();
      message.focus();
    } catch (error) {
      showProblem({ detail: error.message });
    } finally {
      button.disabled = false;
    }
  });
  document.getElementById('assessment-form-title').focus();
}

function closeForm(returnFocus = true) {
  panel.hidden = true;
  panel.innerHTML = '';
  if (returnFocus && returnFocusTo && document.body.contains(returnFocusTo)) returnFocusTo.focus();
}

// The problem's errors go next to their fields, and all of them into the summary at the top of the form.
function showProblem(problem) {
  const form = document.getElementById('assessment-form');
  form.querySelectorAll('[data-error-for]').forEach(e => { e.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach(e => e.removeAttribute('aria-invalid'));
  const errors = problem.errors && problem.errors.length ? problem.errors : [{ pointer: '', message: problem.detail || problem.title || 'The request was refused.' }];
  const items = errors.map(e => {
    const name = String(e.pointer || '').replace(/^\//, '').split('/')[0];
    const slot = name && form.querySelector(`[data-error-for="${name}"]`);
    if (slot) {
      slot.textContent = e.message;
      form.elements[name].setAttribute('aria-invalid', 'true');
      return `<li><a href="#af-${name}">${escapeHtml(e.message)}</a></li>`;
    }
    return `<li>${escapeHtml(e.message)}</li>`;
  });
  const summary = document.getElementById('assessment-form-errors');
  summary.innerHTML = `<div class="error" role="alert" tabindex="-1" id="assessment-error-summary">
    <p><strong>${escapeHtml(problem.title || 'Not recorded')}</strong></p><ul>${items.join('')}</ul></div>`;
  document.getElementById('assessment-error-summary').focus();
}

function say(text) {
  message.innerHTML = `<p class="notice" role="status">${escapeHtml(text)}</p>`;
}

function actionsFor(a) {
  if (!writes) return '';
  const buttons = [];
  const button = (action, text) => buttons.push(`<button type="button" data-action="${action}" data-assessment="${escapeHtml(a.id)}">${escapeHtml(text)}<span class="visually-hidden"> (${escapeHtml(names(a))})</span></button>`);
  if (a.next.includes('in_progress')) button('in_progress', 'Start');
  if (a.next.includes('positive')) button('positive', 'Conclude positive');
  if (a.next.includes('negative')) button('negative', 'Conclude negative');
  if (a.next.includes('withdrawn')) button('withdrawn', 'Withdraw');
  if (a.mayFollow.includes('connected_person_full')) button('full', 'Request full assessment');
  if (a.mayFollow.includes('connected_person_reg24')) button('reg24', 'Record Regulation 24 approval');
  if (a.extendable) button('reg25', 'Extend (Regulation 25)');
  return buttons.join(' ');
}

function dates(a) {
  const parts = [`requested ${a.requestedOn ?? '?'}`];
  if (a.type === 'connected_person_reg24') {
    return `approved ${escapeHtml(a.concludedOn)}, ends ${escapeHtml(a.expiresOn)}${a.extended ? ` (extended by ${a.extensionWeeks ?? ''} weeks)` : ''}`;
  }
  if (a.startedOn) parts.push(`started ${a.startedOn}`);
  if (a.concludedOn) parts.push(`${a.status === 'withdrawn' ? 'withdrawn' : 'concluded'} ${a.concludedOn}`);
  return escapeHtml(parts.join(', '));
}

function draw() {
  if (!assessments.length) {
    list.innerHTML = '<p>No one has been assessed for this child yet.</p>';
    return;
  }
  list.innerHTML = `<table id="assessments-table">
    <caption>${assessments.length} ${assessments.length === 1 ? 'assessment' : 'assessments'} of relatives and connected persons for this child</caption>
    <thead><tr><th scope="col">Person</th><th scope="col">Assessment</th><th scope="col">Status</th><th scope="col">Dates</th>
      <th scope="col">Assessor and reasons</th>${writes ? '<th scope="col">Actions</th>' : ''}</tr></thead>
    <tbody>${assessments.map(a => `<tr class="assessment" data-assessment="${escapeHtml(a.id)}" data-person="${escapeHtml(a.subjects[0]?.personId || '')}" data-status="${escapeHtml(a.status)}">
      <th scope="row">${escapeHtml(names(a))}</th>
      <td>${escapeHtml(typeWords(a.type))}</td>
      <td class="status"><span class="pill status-${escapeHtml(a.status)}">${escapeHtml(words[a.status] || humanise(a.status))}</span></td>
      <td>${dates(a)}</td>
      <td>${escapeHtml(a.assessor || '')}${a.outcomeReason ? `<div class="reason">${escapeHtml(a.outcomeReason)}</div>` : ''}
        ${a.history.length ? `<details><summary>History (${a.history.length})</summary><ol class="history">${a.history.map(h => `<li>${escapeHtml(h.on ?? '')}: ${escapeHtml(h.action)}${h.from && h.from !== h.to ? ` (${escapeHtml(words[h.from] || h.from)} → ${escapeHtml(words[h.to] || h.to)})` : ''} by ${escapeHtml(h.by)}${h.reason ? `: ${escapeHtml(h.reason)}` : ''}</li>`).join('')}</ol></details>` : ''}</td>
      ${writes ? `<td class="actions">${actionsFor(a)}</td>` : ''}
    </tr>`).join('')}</tbody></table>`;
}

// A "Request viability assessment" button in each candidate's row, added whenever the work list is drawn.
function addRequestButtons() {
  if (!writes) return;
  document.querySelectorAll('#candidates-table tr.candidate').forEach(row => {
    if (row.querySelector('button[data-action="request"]')) return;
    const name = row.querySelector('th[scope="row"]').textContent.trim();
    const cell = row.lastElementChild;
    cell.insertAdjacentHTML('beforeend', `<p class="no-print"><button type="button" data-action="request" data-person="${escapeHtml(row.dataset.person)}" data-name="${escapeHtml(name)}">Request viability assessment<span class="visually-hidden"> of ${escapeHtml(name)}</span></button></p>`);
  });
}

async function refresh() {
  try {
    const view = await getJson(`${base}/assessments`, sequenceHeader());
    today = view.today;
    assessments = view.assessments;
    draw();
  } catch (error) {
    list.innerHTML = `<p class="error" role="alert">${escapeHtml(error.message)}</p>`;
  }
  if (sequence) document.dispatchEvent(new CustomEvent('kinmap:network-changed', { detail: { sequence } }));
}

document.addEventListener('click', event => {
  const target = event.target.closest('button[data-action]');
  if (!target || target.closest('#assessment-form')) return;
  const action = target.dataset.action;
  if (action === 'request') {
    openForm('request', { personId: target.dataset.person, name: target.dataset.name }, target);
    return;
  }
  const a = assessments.find(x => x.id === target.dataset.assessment);
  if (a && FORMS[action]) openForm(action, a, target);
});

new MutationObserver(addRequestButtons).observe(document.getElementById('candidates'), { childList: true, subtree: true });
try {
  writes = (await getJson('/api/me')).roles.includes('SOCIAL_WORKER');
} catch (error) {
  writes = false;
}
addRequestButtons();
refresh();
