// Casework on the genogram page: the selected person's card gets forms to add a relative, correct their details,
// flag or clear a risk, change or remove their links, remove them if they were entered by mistake, and their history.
// Every change goes to /api/children/{child}/network/... with the version the card showed; a refusal is shown in an
// error summary at the top of the form and beside each field it names (errors[].pointer), a stale version (409) says
// what changed meanwhile. After a save the genogram is drawn again from the API (the page session carries the
// Kinmap-Sequence the write answered with, so the new drawing reflects it) and the card is opened again.
// genogram.js announces a selection with the event 'genogram:selected' and redraws on 'genogram:reload'.
import { escapeHtml, childIdFromPath, csrfHeaders, humanise } from './common.js';

const childId = childIdFromPath();
const base = `/api/children/${encodeURIComponent(childId)}/network`;
const panel = document.getElementById('network-edits');
const historyPanel = document.getElementById('person-history');
let formCount = 0;

const RELATIONS = [['parent', 'Parent'], ['child', 'Child'], ['partner', 'Partner'],
  ['full_sibling', 'Brother or sister (same parents)'], ['half_sibling', 'Half-brother or half-sister'],
  ['twin', 'Twin (born at the same birth)'], ['connected_person', 'Connected person']];
const SEXES = [['', 'not recorded'], ['female', 'female'], ['male', 'male'], ['unknown', 'unknown']];
const PARENT_TYPES = [['birth', 'birth parent'], ['adoptive', 'adoptive parent'], ['step', 'step-parent'],
  ['foster', 'foster carer'], ['special_guardian', 'special guardian'], ['other', 'other parent figure']];
const PARTNERSHIP_TYPES = [['married', 'married'], ['civil_partnership', 'civil partnership'], ['cohabiting', 'cohabiting'], ['other', 'other']];
const PARTNERSHIP_STATUSES = [['current', 'current'], ['separated', 'separated'], ['divorced', 'divorced'],
  ['dissolved', 'dissolved'], ['widowed', 'widowed']];
const ZYGOSITIES = [['unknown', 'not known'], ['identical', 'identical'], ['fraternal', 'fraternal']];
const NATURES = [['relative', 'relative'], ['family_friend', 'family friend'], ['neighbour', 'neighbour'], ['godparent', 'godparent'],
  ['teacher', 'teacher'], ['former_foster_carer', 'former foster carer'], ['other', 'other connection']];
const IDENTIFIED = [['', 'not recorded'], ['proposed_by_family', 'proposed by the family'],
  ['family_group_conference', 'family group conference'], ['named_by_child', 'named by the child'],
  ['found_by_social_worker', 'found by the social worker']];

// ---- fields: each input's name is its JSON path in the request ("person.givenName"), its pointer "/person/givenName"

function uid(name) {
  return `f${formCount}-${name.replace(/[^A-Za-z0-9]/g, '-')}`;
}

function text(name, label, value = '', hint = '') {
  const id = uid(name);
  return `<div class="field"><label for="${id}">${escapeHtml(label)}</label>
    ${hint ? `<p class="hint" id="${id}-hint">${escapeHtml(hint)}</p>` : ''}
    <input type="text" id="${id}" name="${name}" value="${escapeHtml(value ?? '')}" autocomplete="off"${hint ? ` aria-describedby="${id}-hint"` : ''}></div>`;
}

function area(name, label, value = '') {
  const id = uid(name);
  return `<div class="field"><label for="${id}">${escapeHtml(label)}</label>
    <textarea id="${id}" name="${name}" rows="2">${escapeHtml(value ?? '')}</textarea></div>`;
}

function select(name, label, options, value = '') {
  const id = uid(name);
  return `<div class="field"><label for="${id}">${escapeHtml(label)}</label>
    <select id="${id}" name="${name}">${options.map(([v, words]) =>
      `<option value="${escapeHtml(v)}"${v === (value ?? '') ? ' selected' : ''}>${escapeHtml(words)}</option>`).join('')}</select></div>`;
}

function check(name, label, checked) {
  const id = uid(name);
  return `<div class="field check"><input type="checkbox" id="${id}" name="${name}"${checked ? ' checked' : ''}>
    <label for="${id}">${escapeHtml(label)}</label></div>`;
}

function form(kind, title, body, submit) {
  formCount += 1;
  return `<form class="casework form" data-kind="${kind}" novalidate>
    <h3>${escapeHtml(title)}</h3><div class="error-summary" role="alert" tabindex="-1" hidden></div>${body}
    <button type="submit">${escapeHtml(submit)}</button></form>`;
}

function disclosure(id, title, content) {
  return `<details class="casework" id="${id}"><summary>${escapeHtml(title)}</summary>${content}</details>`;
}

/** The request body from a form: names with dots become nested objects, lists are comma separated. */
function body(formEl, lists = []) {
  const out = {};
  formEl.querySelectorAll('input, select, textarea').forEach(input => {
    if (!input.name || input.closest('[hidden]')) return;
    let value = input.type === 'checkbox' ? input.checked : input.value.trim();
    if (lists.includes(input.name)) value = value ? value.split(',').map(v => v.trim()).filter(Boolean) : null;
    else if (value === '') value = null;
    if (input.dataset.number !== undefined && value != null) value = Number(value);
    const path = input.name.split('.');
    let at = out;
    path.slice(0, -1).forEach(p => { at[p] = at[p] || {}; at = at[p]; });
    at[path[path.length - 1]] = value;
  });
  return out;
}

// ---- answers

async function send(method, url, payload) {
  const response = await fetch(url, {
    method,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Requested-With': 'kinmap-page', ...csrfHeaders() },
    body: JSON.stringify(payload),
  });
  if (response.status === 401) {
    window.location.assign('/sign-in?expired');
  }
  const answer = await response.json().catch(() => ({}));
  return { ok: response.ok, status: response.status, answer, sequence: response.headers.get('Kinmap-Sequence') };
}

function clearErrors(formEl) {
  formEl.querySelectorAll('.field-error').forEach(e => e.remove());
  formEl.querySelectorAll('[aria-invalid]').forEach(input => {
    input.removeAttribute('aria-invalid');
    const described = (input.getAttribute('aria-describedby') || '').split(' ').filter(d => !d.endsWith('-error')).join(' ');
    if (described) input.setAttribute('aria-describedby', described); else input.removeAttribute('aria-describedby');
  });
  const summary = formEl.querySelector('.error-summary');
  summary.hidden = true;
  summary.innerHTML = '';
}

/** A refusal: the sentence at the top of the form, and each error beside the field its pointer names. */
function showRefusal(formEl, status, answer) {
  const summary = formEl.querySelector('.error-summary');
  const errors = Array.isArray(answer.errors) && answer.errors.length ? answer.errors : [{ pointer: '', message: answer.detail || answer.title || `The server answered ${status}` }];
  const items = errors.map(error => {
    const name = (error.pointer || '').replace(/^\//, '').split('/').join('.');
    const input = name ? formEl.querySelector(`[name="${CSS.escape(name)}"]`) : null;
    if (!input || input.closest('[hidden]')) return `<li>${escapeHtml(error.message)}</li>`;
    const messageId = `${input.id}-error`;
    if (!document.getElementById(messageId)) {
      const p = document.createElement('p');
      p.className = 'field-error';
      p.id = messageId;
      p.textContent = error.message;
      input.closest('.field').insertBefore(p, input);
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), messageId].filter(Boolean).join(' '));
    }
    return `<li><a href="#${input.id}">${escapeHtml(error.message)}</a></li>`;
  });
  const title = status === 409 ? 'Someone else changed this record' : 'The change was not saved';
  summary.innerHTML = `<h4>${escapeHtml(title)}</h4><ul>${items.join('')}</ul>${status === 409
    ? '<button type="button" class="reopen">Show the record as it is now</button>' : ''}`;
  summary.hidden = false;
  summary.querySelector('.reopen')?.addEventListener('click', () => reload(current.person.id));
  summary.focus();
}

function reload(select) {
  document.dispatchEvent(new CustomEvent('genogram:reload', { detail: { select } }));
}

/** What the last save did, said on the card drawn again after it (where the focus then goes). */
let saved = '';

// ---- the card's forms

let current = null;

function detailsFields(p = {}) {
  const c = p.contactDetails || {};
  return text('person.givenName', 'Given name', p.givenName) + text('person.familyName', 'Family name', p.familyName)
    + text('person.alsoKnownAs', 'Also known as', (p.alsoKnownAs || []).join(', '), 'Separate names with commas')
    + select('person.sex', 'Sex', SEXES, p.sex || '')
    + text('person.birthDate', 'Date of birth', p.birthDate, 'YYYY, YYYY-MM or YYYY-MM-DD; a year alone is fine')
    + check('person.deceased', 'Deceased', p.deceased)
    + text('person.deathDate', 'Date of death', p.deathDate, 'YYYY, YYYY-MM or YYYY-MM-DD')
    + text('person.postcode', 'Postcode', p.postcode)
    + text('person.contactDetails.phone', 'Phone', c.phone) + text('person.contactDetails.email', 'Email', c.email)
    + text('person.contactDetails.address', 'Address', c.address)
    + text('person.ethnicity', 'Ethnicity', p.ethnicity) + text('person.religion', 'Religion', p.religion)
    + text('person.firstLanguage', 'First language', p.firstLanguage)
    + text('person.otherLanguages', 'Other languages', (p.otherLanguages || []).join(', '), 'Separate languages with commas');
}

function addRelativeForm(person, people) {
  const birthParents = person.parents.filter(l => l.type === 'birth');
  const others = people.filter(s => s.id !== person.id);
  return form('add', `Add a relative of ${person.name}`,
    select('relation', 'Relation to ' + person.name, RELATIONS, 'child')
    + select('existingPerson', 'Someone already on this genogram (or leave as a new person)',
      [['', 'a new person (details below)'], ...others.map(s => [s.id, s.name])])
    + `<fieldset class="new-person"><legend>The new person</legend>${detailsFields()}</fieldset>`
    + `<div data-for="parent child">${select('parentLinkType', 'Type of parent link', PARENT_TYPES, 'birth')}
       ${check('parentalResponsibility', 'Has parental responsibility', false)}</div>`
    + `<div data-for="partner" hidden>${select('partnershipType', 'Type of partnership', PARTNERSHIP_TYPES, 'married')}
       ${select('partnershipStatus', 'Status', PARTNERSHIP_STATUSES, 'current')}</div>`
    + `<div data-for="parent child partner">${text('from', 'From', '', 'YYYY, YYYY-MM or YYYY-MM-DD')}${text('to', 'To', '', 'YYYY, YYYY-MM or YYYY-MM-DD')}</div>`
    + `<div data-for="half_sibling" hidden>${select('sharedParent', 'The parent they share',
      [['', 'not recorded (the other parent is unknown)'], ...birthParents.map(l => [l.personId, l.name])])}</div>`
    + `<div data-for="twin" hidden>${select('zygosity', 'Zygosity', ZYGOSITIES, 'unknown')}</div>`
    + `<div data-for="connected_person" hidden>${select('nature', 'Nature of the connection', NATURES, 'family_friend')}
       ${select('identifiedBy', 'How they were identified', IDENTIFIED, '')}</div>`
    + area('note', 'Note (why, or how you learnt it)'), 'Add');
}

function linkForms(person) {
  const forms = [];
  person.parents.forEach(l => forms.push(form('parent-link', `Parent link: ${l.name} → ${person.name}`,
    `<input type="hidden" name="parent" value="${escapeHtml(l.personId)}"><input type="hidden" name="child" value="${escapeHtml(person.id)}">
     <input type="hidden" name="version" data-number value="${l.version ?? 1}">`
    + select('type', 'Type', PARENT_TYPES, l.type)
    + check('parentalResponsibility', 'Has parental responsibility', l.detail === 'parental responsibility')
    + text('from', 'From', l.from) + text('to', 'To', l.to) + area('note', 'Note'), 'Save the parent link')));
  person.partners.forEach(l => forms.push(form('partnership', `Partnership with ${l.name}`,
    `<input type="hidden" name="other" value="${escapeHtml(l.personId)}"><input type="hidden" name="version" data-number value="${l.version ?? 1}">`
    + select('type', 'Type', PARTNERSHIP_TYPES, l.type) + select('status', 'Status', PARTNERSHIP_STATUSES, l.detail || 'current')
    + text('from', 'From', l.from) + text('to', 'To (when it ended)', l.to) + area('note', 'Note'), 'Save the partnership')));
  const removable = [
    ...person.parents.map(l => ['parent-links', l.personId, person.id, `parent link from ${l.name}`, l.version]),
    ...person.children.map(l => ['parent-links', person.id, l.personId, `parent link to ${l.name}`, l.version]),
    ...person.partners.map(l => ['partnerships', person.id, l.personId, `partnership with ${l.name}`, l.version]),
    ...person.siblingLinks.map(l => ['sibling-links', person.id, l.personId, `sibling link with ${l.name}`, l.version]),
  ];
  if (removable.length) {
    forms.push(form('remove-link', 'Remove a link entered by mistake',
      select('link', 'Link', removable.map(([kind, x, y, words, version]) => [`${kind}|${x}|${y}|${version ?? 1}`, words]))
      + area('reason', 'Why it is removed (kept in the history)'), 'Remove the link'));
  }
  return forms.join('') || '<p class="muted">No parent links or partnerships recorded.</p>';
}

function render(person, people) {
  formCount = 0;
  const editable = panel && panel.dataset.canEdit === 'true';
  if (panel && editable) {
    panel.innerHTML = `<h2 id="edits-title">Change ${escapeHtml(person.name)}'s record</h2>
      <p>Record version <span id="record-version">${person.version}</span>.</p>
      <p id="edit-status" role="status" tabindex="-1">${escapeHtml(saved)}</p>`
      + disclosure('edit-add', 'Add a relative', addRelativeForm(person, people))
      + disclosure('edit-details', 'Correct details', form('details', `Details of ${person.name}`,
        `<input type="hidden" name="version" data-number value="${person.version}">${detailsFields(person)}${area('note', 'Note (why)')}`, 'Save the details'))
      + disclosure('edit-risk', 'Risk to children', form('risk', `Risk to children: ${person.name}`,
        `<input type="hidden" name="version" data-number value="${person.version}">`
        + check('riskToChildren', 'Flagged as a risk to children', person.riskToChildren)
        + area('riskNote', 'What the risk is', person.riskNote) + area('note', 'Note (why the flag changes)'), 'Save the risk flag'))
      + disclosure('edit-links', 'Parent links and partnerships', linkForms(person))
      + (person.id === childId ? '' : disclosure('edit-remove', 'Remove (entered by mistake)', form('remove', `Remove ${person.name}`,
        `<input type="hidden" name="version" data-number value="${person.version}">`
        + area('reason', 'Why they are removed (kept in the history)'), `Remove ${person.name}`)));
    panel.querySelectorAll('form.casework').forEach(f => f.addEventListener('submit', submit));
    const add = panel.querySelector('form[data-kind="add"]');
    add.querySelector('[name="relation"]').addEventListener('change', () => showFor(add));
    add.querySelector('[name="existingPerson"]').addEventListener('change', () => showFor(add));
    showFor(add);
    if (saved) panel.querySelector('#edit-status').focus();
  }
  saved = '';
  showHistory(person);
}

/** Shows the fields that go with the relation chosen (and the new person's details unless someone existing is). */
function showFor(add) {
  const relation = add.querySelector('[name="relation"]').value;
  add.querySelectorAll('[data-for]').forEach(div => { div.hidden = !div.dataset.for.split(' ').includes(relation); });
  add.querySelector('fieldset.new-person').hidden = add.querySelector('[name="existingPerson"]').value !== '';
}

async function showHistory(person) {
  if (!historyPanel) return;
  try {
    const response = await fetch(`${base}/persons/${encodeURIComponent(person.id)}/history`,
      { headers: { Accept: 'application/json', 'X-Requested-With': 'kinmap-page' } });
    if (!response.ok) {
      historyPanel.innerHTML = '';
      return;
    }
    const history = await response.json();
    historyPanel.innerHTML = `<h2 id="history-title">History of ${escapeHtml(person.name)}</h2>`
      + (history.revisions.length ? `<ol class="history" aria-labelledby="history-title">${history.revisions.map(r => `<li>
        <p><strong>Version ${r.version}</strong>: ${escapeHtml(humanise(r.kind))} by ${escapeHtml(r.by)} at ${escapeHtml(r.at)}${r.note ? ` (${escapeHtml(r.note)})` : ''}</p>
        ${r.changes.length ? `<ul>${r.changes.map(c => `<li>${escapeHtml(c.field)}: ${escapeHtml(c.from || '(none)')} → ${escapeHtml(c.to || '(none)')}</li>`).join('')}</ul>` : ''}
      </li>`).join('')}</ol>` : '<p class="muted">No change recorded since this person was imported.</p>');
  } catch (error) {
    historyPanel.textContent = '';
  }
}

async function submit(event) {
  event.preventDefault();
  const formEl = event.target;
  clearErrors(formEl);
  const person = current.person;
  const id = encodeURIComponent(person.id);
  let method = 'PUT';
  let url;
  let payload;
  switch (formEl.dataset.kind) {
    case 'add': {
      method = 'POST';
      url = `${base}/persons/${id}/relatives`;
      payload = body(formEl, ['person.alsoKnownAs', 'person.otherLanguages']);
      if (payload.existingPerson) delete payload.person;
      else delete payload.existingPerson;
      if (payload.person && payload.person.contactDetails && !Object.values(payload.person.contactDetails).some(Boolean)) delete payload.person.contactDetails;
      break;
    }
    case 'details':
      url = `${base}/persons/${id}/details`;
      payload = body(formEl, ['person.alsoKnownAs', 'person.otherLanguages']);
      if (!Object.values(payload.person.contactDetails).some(Boolean)) delete payload.person.contactDetails;
      break;
    case 'risk':
      url = `${base}/persons/${id}/risk`;
      payload = body(formEl);
      break;
    case 'parent-link': {
      payload = body(formEl);
      url = `${base}/parent-links/${encodeURIComponent(payload.parent)}/${encodeURIComponent(payload.child)}`;
      delete payload.parent;
      delete payload.child;
      break;
    }
    case 'partnership': {
      payload = body(formEl);
      url = `${base}/partnerships/${id}/${encodeURIComponent(payload.other)}`;
      delete payload.other;
      break;
    }
    case 'remove-link': {
      method = 'POST';
      const [kind, x, y, version] = formEl.querySelector('[name="link"]').value.split('|');
      url = `${base}/${kind}/${encodeURIComponent(x)}/${encodeURIComponent(y)}/removal`;
      payload = { version: Number(version), reason: body(formEl).reason };
      break;
    }
    default:
      method = 'POST';
      url = `${base}/persons/${id}/removal`;
      payload = body(formEl);
  }
  const button = formEl.querySelector('button[type="submit"]');
  button.disabled = true;
  try {
    const { ok, status, answer } = await send(method, url, payload);
    if (!ok) {
      showRefusal(formEl, status, answer);
      return;
    }
    saved = `Saved: ${answer.summary}.`;
    // The card opened again: the new person's after an addition, the child's after a removal, else this one.
    reload({ add: answer.personId, remove: childId }[formEl.dataset.kind] || person.id);
  } catch (error) {
    showRefusal(formEl, 0, { detail: error.message });
  } finally {
    button.disabled = false;
  }
}

document.addEventListener('genogram:selected', e => {
  current = e.detail;
  render(e.detail.person, e.detail.people);
});
