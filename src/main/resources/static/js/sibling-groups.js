import { getJson, escapeHtml, showError, humanise } from './common.js';

const ALL_KINDS = 'full,half,step,adoptive,raised_together,unknown';
const NO_STEP = 'full,half,adoptive,raised_together,unknown';
const STATES = {
  as_assessed: { mark: '✓', words: 'apart as assessed', note: 'a together-or-apart assessment supports the split' },
  contrary_to_assessment: { mark: '✗', words: 'apart contrary to assessment', note: 'the assessment recommended they live together' },
  unassessed: { mark: '?', words: 'apart, unassessed', note: 'no concluded together-or-apart assessment covers the split' },
};
const summaryBox = document.getElementById('summary');
const overviewBox = document.getElementById('overview');
const groupsBox = document.getElementById('groups');
const message = document.getElementById('message');

const kinds = () => (document.getElementById('step').checked ? ALL_KINDS : NO_STEP);
const person = p => `<a href="/children/${encodeURIComponent(p.personId)}/genogram">${escapeHtml(p.name)}</a>`;
const names = members => members.map(m => escapeHtml(m.name.split(' ')[0])).join(', ');
const familyNames = members => [...new Set(members.map(m => m.name.split(' ').slice(-1)[0]))].join(' / ');

function stateBadge(split) {
  const state = STATES[split.assessmentState] || { mark: '?', words: humanise(split.assessmentState), note: '' };
  const pending = split.assessmentPending ? ' (assessment pending)' : '';
  return `<span class="state state-${escapeHtml(split.assessmentState)}" title="${escapeHtml(state.note)}">`
    + `<span class="mark" aria-hidden="true">${state.mark}</span> ${escapeHtml(state.words + pending)}</span>`;
}

function summary(s) {
  const rows = [
    ['Sibling groups with a child in care', s.groupsWithLookedAfterChildren],
    ['Split: children in care living apart', s.splitGroups],
    ['Split, counting brothers and sisters at home or adopted', s.splitIncludingHomeOrAdopted],
    [`${STATES.as_assessed.mark} Apart as assessed`, s.splitsAsAssessed],
    [`${STATES.contrary_to_assessment.mark} Apart contrary to assessment`, s.splitsContraryToAssessment],
    [`${STATES.unassessed.mark} Apart, unassessed`, s.unassessedSplits],
    ['… of which an assessment is pending', s.splitsWithAssessmentPending],
    ['Separated pairs of brothers and sisters', s.separatedPairs],
    ['⚠ Separated pairs with no contact recorded', s.separatedPairsWithoutContact],
    ['Split groups a carer could take together now', s.groupsWithReunificationOption],
    ['… of which not apart as assessed', s.splitsNotAsAssessedWithReunificationOption],
    ['Splits needing review', s.splitsNeedingReview],
  ];
  summaryBox.innerHTML = `<table id="summary-table" class="figures">
    <caption>Counted over every sibling group (relations: ${escapeHtml(s.kinds.map(humanise).join(', '))})</caption>
    <tbody>${rows.map(([label, n]) => `<tr><th scope="row">${escapeHtml(label)}</th><td class="number">${n}</td></tr>`).join('')}</tbody>
  </table>`;
}

function overview(rows, details) {
  overviewBox.innerHTML = `<table id="overview-table">
    <caption>${rows.length} split groups, children in care apart first; follow a name for the group's details</caption>
    <thead><tr><th scope="col">Group</th><th scope="col">Homes</th><th scope="col">Together or apart</th>
      <th scope="col">Pairs without contact</th><th scope="col">Carers who could take them together</th><th scope="col">Review</th></tr></thead>
    <tbody>${rows.map(row => {
      const d = details.get(row.id);
      const split = d.splitDetail;
      const noContact = split.separatedPairs.filter(p => p.noContactRecorded).length;
      return `<tr data-group="${escapeHtml(row.id)}">
        <th scope="row"><a href="#${escapeHtml(row.id)}">${escapeHtml(familyNames(d.members))}</a>
          <div class="muted small">${names(d.members)}</div></th>
        <td>${split.households.length}${row.split ? '' : ' <span class="muted small">(a brother or sister at home or adopted)</span>'}</td>
        <td>${stateBadge(split)}</td>
        <td>${noContact ? `<span class="flag"><span aria-hidden="true">⚠</span> ${noContact}</span>` : '0'}</td>
        <td>${d.reunificationOptions.length ? `<strong>${d.reunificationOptions.length}</strong>` : 'none'}</td>
        <td>${split.reviewNeeded ? 'needed' : 'not needed'}</td>
      </tr>`;
    }).join('')}</tbody>
  </table>`;
}

function contact(pair) {
  if (pair.noContactRecorded) {
    return '<span class="flag no-contact"><span aria-hidden="true">⚠</span> No contact recorded</span>';
  }
  const c = pair.contact;
  return escapeHtml([c.frequencyLabel || humanise(c.frequency), c.mode, c.supervised ? 'supervised' : (c.supervised === false ? 'unsupervised' : '')]
    .filter(Boolean).join(', '));
}

function assessment(split) {
  const a = split.assessment;
  const parts = [`<p class="state-line">${stateBadge(split)}: ${escapeHtml(STATES[split.assessmentState]?.note || '')}.</p>`];
  if (a) {
    parts.push(`<dl class="details">
      <dt>Latest together-or-apart assessment</dt><dd>${escapeHtml(humanise(a.status))}${a.concludedOn ? ', concluded ' + escapeHtml(a.concludedOn) : ''}${a.assessor ? ', by ' + escapeHtml(a.assessor) : ''}</dd>
      <dt>Recommendation</dt><dd>${escapeHtml(a.recommendationLabel || humanise(a.recommendation) || 'none yet')}</dd>
      <dt>Covers</dt><dd>${a.children.map(person).join(', ')}</dd>
      ${a.reasons ? `<dt>Reasons</dt><dd>${escapeHtml(a.reasons)}</dd>` : ''}
    </dl>`);
  }
  if (split.reviewNeeded) {
    parts.push(`<p><strong>Review needed:</strong></p><ul>${split.reviewReasons.map(r => `<li>${escapeHtml(r)}</li>`).join('')}</ul>`);
  }
  return parts.join('');
}

function options(group) {
  const list = group.reunificationOptions;
  if (!list.length) {
    return '<p>No carer household could take the children in care together now.</p>';
  }
  return `<table class="options">
    <caption>${list.length === 1 ? 'One carer household' : list.length + ' carer households'} could take the children in care together now, fewest moves first</caption>
    <thead><tr><th scope="col">Carer household</th><th scope="col">Children who would move</th><th scope="col">Average distance</th><th scope="col">Room since</th><th scope="col">Why</th></tr></thead>
    <tbody>${list.map(o => `<tr class="option" data-household="${escapeHtml(o.householdId)}">
      <th scope="row">${escapeHtml(o.name)} <span class="muted small">${escapeHtml(o.postcode || '')}</span>
        ${o.childrenAlreadyThere.length ? `<div class="small">already there: ${o.childrenAlreadyThere.map(person).join(', ')}</div>` : ''}</th>
      <td>${o.moves}</td>
      <td>${o.averageKm != null ? o.averageKm.toFixed(1) + ' km' : 'not known'}</td>
      <td>${escapeHtml(o.roomSince || 'not known')}</td>
      <td><details><summary>${o.reasons.length} reasons</summary><ul class="reasons">${o.reasons.map(r => `<li>${escapeHtml(r)}</li>`).join('')}</ul></details></td>
    </tr>`).join('')}</tbody>
  </table>`;
}

function shortlistLink(group) {
  const inCare = group.members.filter(m => m.lookedAfter);
  if (inCare.length < 2 || inCare.length > 6) return '';
  const [first, ...others] = inCare;
  return `<p class="no-print"><a class="shortlist-link" href="/children/${encodeURIComponent(first.personId)}/matches?with=${others.map(m => encodeURIComponent(m.personId)).join(',')}">Carer shortlist for ${names(inCare)} together</a></p>`;
}

function section(group) {
  const split = group.splitDetail;
  const title = `${familyNames(group.members)}: ${names(group.members)}`;
  const distances = split.distances.length
    ? `<table class="distances"><caption>Distances between the homes</caption>
        <thead><tr><th scope="col">From</th><th scope="col">To</th><th scope="col">Distance</th></tr></thead>
        <tbody>${split.distances.map(d => `<tr><td>${escapeHtml(d.from)}</td><td>${escapeHtml(d.to)}</td><td>${d.km != null ? d.km.toFixed(1) + ' km' : 'not known (no address recorded)'}</td></tr>`).join('')}</tbody></table>`
    : '';
  return `<section class="group" id="${escapeHtml(group.id)}" aria-labelledby="${escapeHtml(group.id)}-title">
    <h2 id="${escapeHtml(group.id)}-title">${escapeHtml(title)}</h2>
    ${assessment(split)}
    <table class="members">
      <caption>Members and where each lives</caption>
      <thead><tr><th scope="col">Name</th><th scope="col">Age</th><th scope="col">In care</th><th scope="col">Lives</th><th scope="col">Pages</th></tr></thead>
      <tbody>${group.members.map(m => `<tr>
        <th scope="row">${escapeHtml(m.name)}</th>
        <td>${m.age ?? ''}</td>
        <td>${m.lookedAfter ? `yes: <abbr title="${escapeHtml(m.legalStatusLabel || '')}">${escapeHtml(m.legalStatus || '')}</abbr>${m.permanencePlanLabel ? ', plan ' + escapeHtml(m.permanencePlanLabel) : ''}` : 'no'}</td>
        <td>${escapeHtml(m.livingLabel || humanise(m.living))}${m.home ? ': ' + escapeHtml(m.home.name || m.home.provider || '') + (m.home.postcode ? ` <span class="muted small">${escapeHtml(m.home.postcode)}</span>` : '') : ''}</td>
        <td>${m.lookedAfter ? `<a href="/children/${encodeURIComponent(m.personId)}/genogram">Genogram</a> · <a href="/children/${encodeURIComponent(m.personId)}/relatives">Relatives</a> · <a href="/children/${encodeURIComponent(m.personId)}/matches">Shortlist</a>` : `<a href="/children/${encodeURIComponent(m.personId)}/genogram">Genogram</a>`}</td>
      </tr>`).join('')}</tbody>
    </table>
    ${distances}
    <table class="contact">
      <caption>Contact between each separated pair</caption>
      <thead><tr><th scope="col">Brothers and sisters</th><th scope="col">Contact</th><th scope="col">Apart since</th><th scope="col">The assessment said</th></tr></thead>
      <tbody>${split.separatedPairs.map(p => `<tr class="${p.noContactRecorded ? 'pair no-contact-row' : 'pair'}">
        <th scope="row">${escapeHtml(p.a.name)} and ${escapeHtml(p.b.name)}</th>
        <td>${contact(p)}</td>
        <td>${escapeHtml(p.separatedOn || 'not known')}${p.livedTogetherOnRecord ? '' : ' <span class="muted small">(not recorded living together)</span>'}</td>
        <td>${p.assessed ? escapeHtml(p.assessed) : `<span class="muted">${split.assessmentPending ? 'not concluded yet' : 'not covered'}</span>`}</td>
      </tr>`).join('')}</tbody>
    </table>
    <h3>Carers who could take them together</h3>
    ${options(group)}
    ${shortlistLink(group)}
  </section>`;
}

async function load() {
  const k = kinds();
  try {
    const [s, rows] = await Promise.all([
      getJson(`/api/sibling-groups/summary?kinds=${k}`),
      getJson(`/api/sibling-groups?inCare=true&kinds=${k}`),
    ]);
    summary(s);
    const splits = rows.filter(r => r.splitIncludingHomeOrAdopted)
      .sort((a, b) => Number(b.split) - Number(a.split));
    const details = new Map((await Promise.all(splits.map(r => getJson(`/api/sibling-groups/${encodeURIComponent(r.id)}?kinds=${k}`))))
      .map(d => [d.id, d]));
    overview(splits, details);
    groupsBox.innerHTML = splits.map(r => section(details.get(r.id))).join('');
    message.textContent = '';
    if (window.location.hash) document.getElementById(decodeURIComponent(window.location.hash.slice(1)))?.scrollIntoView();
  } catch (error) {
    showError(message, error);
  }
}

document.getElementById('step').addEventListener('change', load);
document.getElementById('print').addEventListener('click', () => window.print());
window.addEventListener('beforeprint', () => document.querySelectorAll('details').forEach(d => { d.open = true; }));
load();
