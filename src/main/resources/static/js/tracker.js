// The permanence tracker's pages: the tracker table with its filters and the authority's figures (/tracker), a
// child's timeline (/children/{id}/timeline) and the panel list of a date (/panels). One module for the three: each
// part runs only when its page's elements are there. The chart is drawn by uPlot, served by kinmap as a WebJar.
import { getJson, escapeHtml, showError, childIdFromPath } from './common.js';

const UPLOT = '/webjars/uplot/1.6.30/dist/';
const message = document.getElementById('message');
const day = iso => (iso ? new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }) : '');
const childLink = (id, name) => `<a href="/children/${encodeURIComponent(id)}/timeline">${escapeHtml(name)}</a>`;

function alertList(alerts) {
  if (!alerts.length) return '<span class="state state-as_assessed"><span class="mark" aria-hidden="true">✓</span> on time</span>';
  return `<ul class="alerts">${alerts.map(a => `<li data-rule="${escapeHtml(a.rule)}"><span class="state state-unassessed">`
    + `<span class="mark" aria-hidden="true">!</span> ${escapeHtml(a.title)}</span> ${escapeHtml(a.sentence)}`
    + `<span class="muted small"> Since ${escapeHtml(day(a.bitesOn))}${a.daysOverdue > 0 ? `, ${a.daysOverdue} days` : ''}.</span></li>`).join('')}</ul>`;
}

// ---- the tracker

function query(form) {
  const params = new URLSearchParams();
  for (const field of ['team', 'worker', 'alert', 'minDaysOverdue', 'sort']) {
    const value = form.elements[field].value.trim();
    if (value) params.set(field, value);
  }
  return params.toString();
}

function trackerTable(view) {
  const rows = view.rows;
  return `<table id="tracker-table">
    <caption>${rows.length} children, ${view.withAlerts} with alerts, on ${escapeHtml(day(view.today))}</caption>
    <thead><tr><th scope="col">Child</th><th scope="col">Team and workers</th><th scope="col">Plan</th>
      <th scope="col">Stage</th><th scope="col">Next statutory date</th><th scope="col">Alerts</th></tr></thead>
    <tbody>${rows.map(r => `<tr data-child="${escapeHtml(r.childId)}">
      <th scope="row">${childLink(r.childId, r.name)}<div class="muted small">${escapeHtml(r.legalStatusLabel || '')}, looked after since ${escapeHtml(day(r.lookedAfterSince))}</div></th>
      <td>${escapeHtml(r.team || '')}<div class="muted small">${escapeHtml([r.socialWorker, r.teamManager && `manager ${r.teamManager}`, r.iro && `IRO ${r.iro}`].filter(Boolean).join('; '))}</div></td>
      <td>${escapeHtml(r.planLabel || 'none agreed')}${r.contingencyLabel ? `<div class="muted small">contingency: ${escapeHtml(r.contingencyLabel)}</div>` : ''}</td>
      <td>${escapeHtml(r.stage)}</td>
      <td>${r.next ? `${escapeHtml(day(r.next.date))}<div class="muted small">${escapeHtml(r.next.what)}</div>` : ''}</td>
      <td>${alertList(r.alerts)}</td></tr>`).join('')}</tbody></table>`;
}

async function tracker() {
  const form = document.getElementById('filters');
  const box = document.getElementById('tracker');
  const csv = document.getElementById('csv');
  let first = true;
  const load = async () => {
    const q = query(form);
    csv.href = `/api/tracker.csv${q ? `?${q}` : ''}`;
    try {
      const view = await getJson(`/api/tracker${q ? `?${q}` : ''}`);
      if (first) {
        const teams = [...new Set(view.rows.map(r => r.team).filter(Boolean))].sort();
        form.elements.team.insertAdjacentHTML('beforeend', teams.map(t => `<option>${escapeHtml(t)}</option>`).join(''));
        form.elements.alert.insertAdjacentHTML('beforeend',
          view.rules.map(r => `<option value="${escapeHtml(r.code)}">${escapeHtml(r.title)}</option>`).join(''));
        first = false;
      }
      box.innerHTML = trackerTable(view);
      message.textContent = '';
    } catch (error) {
      showError(box, error);
    }
  };
  form.addEventListener('submit', event => { event.preventDefault(); load(); });
  await load();
  figures();
}

async function figures() {
  let f;
  try {
    f = await getJson('/api/tracker/figures');
  } catch (error) {
    return; // the figures are for managers; others do not see the section
  }
  document.getElementById('figures-section').hidden = false;
  const share = f.sharePlanBySecondReview == null ? 'none yet' : `${Math.round(f.sharePlanBySecondReview * 100)}%`;
  const rows = [
    ['Children in care', f.children],
    ['Permanence plan by the second review', `${share} (${f.withPlanBySecondReview} of ${f.pastSecondReview} past it)`],
    ['Median days from looked after to permanence plan', f.medianDaysToPermanencePlan ?? '—'],
    ['Median days from looked after to permanence', f.medianDaysToPermanence ?? '—'],
    ...f.overThresholds.map(t => [`Children with an alert: ${t.title}`, t.children]),
  ];
  document.getElementById('figures').innerHTML = `<table id="figures-table" class="figures"><caption>On ${escapeHtml(day(f.today))}</caption>
    <tbody>${rows.map(([label, n]) => `<tr><th scope="row">${escapeHtml(label)}</th><td class="number">${escapeHtml(n)}</td></tr>`).join('')}</tbody></table>`;
  document.getElementById('months').innerHTML = `<table id="months-table" class="figures"><caption>The twelve months to ${escapeHtml(day(f.today))}</caption>
    <thead><tr><th scope="col">Month</th><th scope="col">Became looked after</th><th scope="col">Permanence plans agreed</th>
      <th scope="col">Reviews held</th><th scope="col">Alerts that began</th></tr></thead>
    <tbody>${f.months.map(m => `<tr><th scope="row">${escapeHtml(m.month)}</th><td class="number">${m.becameLookedAfter}</td>
      <td class="number">${m.permanencePlansAgreed}</td><td class="number">${m.reviewsHeld}</td><td class="number">${m.alertsBit}</td></tr>`).join('')}</tbody></table>`;
  await chart(f.months);
}

async function chart(months) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `${UPLOT}uPlot.min.css`;
  document.head.append(link);
  const { default: uPlot } = await import(`${UPLOT}uPlot.esm.js`);
  const box = document.getElementById('chart');
  box.setAttribute('role', 'img');
  box.setAttribute('aria-labelledby', 'chart-caption');
  const x = months.map(m => Date.UTC(Number(m.month.slice(0, 4)), Number(m.month.slice(5, 7)) - 1, 15) / 1000);
  // Series told apart by dash pattern and point shape as well as colour.
  const series = [
    { label: 'Became looked after', stroke: '#1f5fa8', width: 2, key: 'becameLookedAfter' },
    { label: 'Permanence plans agreed', stroke: '#15803d', width: 2, dash: [8, 4], key: 'permanencePlansAgreed' },
    { label: 'Reviews held', stroke: '#6b21a8', width: 2, dash: [2, 3], key: 'reviewsHeld' },
    { label: 'Alerts that began', stroke: '#b91c1c', width: 3, dash: [12, 3, 2, 3], key: 'alertsBit' },
  ];
  const width = Math.min(box.parentElement.clientWidth || 720, 900);
  // eslint-disable-next-line no-new
  new uPlot({
    width, height: 280, scales: { x: { time: true } },
    series: [{ label: 'Month', value: (u, v) => (v == null ? '' : new Date(v * 1000).toISOString().slice(0, 7)) },
      ...series.map(({ key, ...s }) => ({ ...s, points: { show: true, size: 6 } }))],
    axes: [{ values: (u, vals) => vals.map(v => new Date(v * 1000).toISOString().slice(0, 7)) }, { label: 'children' }],
  }, [x, ...series.map(s => months.map(m => m[s.key]))], box);
  box.dataset.drawn = 'true';
}

// ---- a child's timeline

async function timeline() {
  const id = childIdFromPath();
  const list = document.getElementById('timeline');
  try {
    const t = await getJson(`/api/children/${encodeURIComponent(id)}/timeline`);
    document.getElementById('title').textContent = `Timeline: ${t.name}`;
    document.title = `kinmap: timeline of ${t.name}`;
    document.getElementById('alerts').innerHTML = t.lookedAfterNow ? alertList(t.alerts) : '<p>No longer looked after.</p>';
    list.innerHTML = t.events.map(e => `<li class="event event-${escapeHtml(e.kind)}${e.future ? ' future' : ''}">
      <time datetime="${escapeHtml(e.date)}">${escapeHtml(day(e.date))}</time>
      <span class="what">${escapeHtml(e.title)}${e.future ? ' <span class="pill">to come</span>' : ''}</span>
      ${e.detail ? `<span class="muted small">${escapeHtml(e.detail)}</span>` : ''}</li>`).join('');
  } catch (error) {
    showError(message, error);
  }
}

// ---- the panel list

async function panels() {
  const form = document.getElementById('panel-date');
  const box = document.getElementById('panel-list');
  const input = form.elements.date;
  input.value = new URLSearchParams(window.location.search).get('date') || '';
  const load = async () => {
    if (!input.value) return;
    try {
      const p = await getJson(`/api/panels/${encodeURIComponent(input.value)}`);
      box.innerHTML = `<p id="panel-count">${p.children} children presented on ${escapeHtml(day(p.date))}.</p>`
        + p.groups.map(g => `<section class="group" aria-label="${escapeHtml(g.teamManager)}">
          <h2>${escapeHtml(g.teamManager)}</h2>
          <table class="panel-children"><thead><tr><th scope="col">Child</th><th scope="col">Panel and what is presented</th>
            <th scope="col">Plan</th><th scope="col">Siblings</th><th scope="col">Alerts</th><th scope="col">Papers</th></tr></thead>
          <tbody>${g.children.map(c => `<tr data-child="${escapeHtml(c.childId)}">
            <th scope="row">${childLink(c.childId, c.name)}<div class="muted small">${escapeHtml([c.team, c.socialWorker].filter(Boolean).join(', '))}</div></th>
            <td>${escapeHtml(c.panel)}<div class="muted small">${escapeHtml(c.presented)}</div></td>
            <td>${escapeHtml(c.plan || 'none agreed')}${c.contingency ? `<div class="muted small">contingency: ${escapeHtml(c.contingency)}</div>` : ''}</td>
            <td>${escapeHtml(c.siblingPosition)}</td>
            <td>${c.alerts.length ? `<ul>${c.alerts.map(a => `<li>${escapeHtml(a)}</li>`).join('')}</ul>` : 'none'}</td>
            <td><ul>${c.papers.map(paper => `<li><a href="${escapeHtml(paper.href)}">${escapeHtml(paper.title)}</a></li>`).join('')}</ul></td>
          </tr>`).join('')}</tbody></table></section>`).join('');
      history.replaceState(null, '', `?date=${encodeURIComponent(input.value)}`);
    } catch (error) {
      showError(box, error);
    }
  };
  form.addEventListener('submit', event => { event.preventDefault(); load(); });
  document.getElementById('print').addEventListener('click', () => window.print());
  await load();
}

if (document.getElementById('tracker')) tracker();
if (document.getElementById('timeline')) timeline();
document.addEventListener('kinmap:recorded', () => timeline()); // tracker-records.js recorded a review
if (document.getElementById('panel-list')) panels();
