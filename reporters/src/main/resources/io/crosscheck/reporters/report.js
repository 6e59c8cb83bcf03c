// The report's script, with report-dom.js, report-values.js and report-charts.js in one function scope
// (see report.ftlh): the scenario list, filters, scenarios, waterfall and steps.
// Everything from the result tree reaches the page through textContent, text nodes or setAttribute with a
// fixed attribute name: never as markup. Scenarios are drawn a page at a time, details when opened.
try {
  // first paint, for benchmarks and the curious: <html data-fcp-ms>
  new PerformanceObserver(function (list) {
    list.getEntries().forEach(function (e) {
      if (e.name === 'first-contentful-paint') document.documentElement.setAttribute('data-fcp-ms', String(Math.round(e.startTime)));
    });
  }).observe({ type: 'paint', buffered: true });
} catch (e) { /* no paint timing in this browser */ }
var root = document.documentElement;
root.setAttribute('data-script-ms', String(Math.round(performance.now())));
var DATA = JSON.parse(document.getElementById('cc-data').textContent);
root.setAttribute('data-parsed-ms', String(Math.round(performance.now())));
var SC = DATA.scenarios;
var PAGE = 100;
var STATUSES = ['PASSED', 'FAILED', 'ERROR', 'SKIPPED'];
var RANK = { ERROR: 0, FAILED: 1, PASSED: 2, SKIPPED: 3 };

var state = { status: new Set(STATUSES), tag: '', text: '', sort: 'problems', shown: PAGE };
var openScenarios = new Set();
var list = document.getElementById('cc-list');
var countLine = document.getElementById('cc-count');

// ---------- filtering ----------
function hay(s) {
  if (s._hay === undefined) {
    var parts = [s.displayName, s.position && s.position.file, s.tags.join(' '), s.message, s.description];
    (function add(steps) {
      steps.forEach(function (st) { parts.push(st.name, st.verb, st.error); add(st.steps || []); });
    })(s.steps);
    // the evidence too: a service's name or an error it logged finds the scenarios it took part in
    parts.push(s.traceId);
    (s.evidence || []).forEach(function (l) { parts.push(l.service, l.message); });
    s._hay = parts.join('\n').toLowerCase();
  }
  return s._hay;
}
function visible() {
  var terms = state.text.toLowerCase().split(/\s+/).filter(Boolean);
  var out = [];
  for (var i = 0; i < SC.length; i++) {
    var s = SC[i];
    if (!state.status.has(s.status)) continue;
    if (state.tag && s.tags.indexOf(state.tag) < 0) continue;
    if (terms.length) {
      var text = hay(s), ok = true;
      for (var t = 0; t < terms.length && ok; t++) ok = text.indexOf(terms[t]) >= 0;
      if (!ok) continue;
    }
    out.push(i);
  }
  if (state.sort === 'problems') out.sort(function (a, b) { return (RANK[SC[a].status] - RANK[SC[b].status]) || a - b; });
  else if (state.sort === 'slowest') out.sort(function (a, b) { return (SC[b].durationMs - SC[a].durationMs) || a - b; });
  else if (state.sort === 'name') out.sort(function (a, b) { return SC[a].displayName.localeCompare(SC[b].displayName) || a - b; });
  return out;
}

function renderList() {
  var idx = visible();
  clear(list);
  var frag = document.createDocumentFragment();
  var n = Math.min(idx.length, state.shown);
  for (var i = 0; i < n; i++) frag.appendChild(scenarioRow(idx[i]));
  if (!idx.length) frag.appendChild(h('div', { class: 'empty', text: 'No scenario matches the filters.' }));
  if (idx.length > n) {
    frag.appendChild(h('button', {
      type: 'button', class: 'more', text: 'Show ' + Math.min(PAGE, idx.length - n) + ' more of ' + count(idx.length - n),
      onclick: function () { state.shown += PAGE; renderList(); }
    }));
  }
  list.appendChild(frag);
  countLine.textContent = (idx.length === SC.length ? 'All ' + count(SC.length) : count(idx.length) + ' of ' + count(SC.length)) +
    ' scenarios' + (idx.length > n ? ' · showing ' + count(n) : '');
}

function refilter() { state.shown = PAGE; renderList(); }

// ---------- scenario ----------
function scenarioRow(i) {
  var s = SC[i];
  var box = h('div', { class: 'sc st-' + s.status, id: 's-' + i, 'data-index': i });
  var tags = h('span', { class: 'sc-tags' }, s.tags.map(function (t) {
    return h('span', { class: 'tag', text: t, title: 'filter by tag ' + t, onclick: function (e) { e.stopPropagation(); setTag(t); } });
  }));
  var head = h('button', { type: 'button', class: 'sc-head', 'aria-expanded': 'false' }, [
    h('span', { class: 'badge st-' + s.status, text: s.status }),
    h('span', { class: 'sc-name', text: s.displayName, title: s.displayName }),
    tags,
    h('span', { class: 'sc-pos', text: s.position ? s.position.file + ':' + s.position.line : '' }),
    h('span', { class: 'sc-dur', text: s.status === 'SKIPPED' ? '' : dur(s.durationMs) })
  ]);
  box.appendChild(head);
  if ((s.status === 'FAILED' || s.status === 'ERROR') && s.message) box.appendChild(h('div', { class: 'sc-msg', text: s.message }));
  var body = null;
  function toggle(force) {
    var open = force === undefined ? !box.classList.contains('open') : force;
    box.classList.toggle('open', open);
    head.setAttribute('aria-expanded', String(open));
    if (open) {
      openScenarios.add(i);
      if (!body) { body = scenarioBody(s, i); box.appendChild(body); }
      body.hidden = false;
    } else {
      openScenarios.delete(i);
      if (body) body.hidden = true;
    }
  }
  head.addEventListener('click', function () { toggle(); });
  box._toggle = toggle;
  if (openScenarios.has(i)) toggle(true);
  return box;
}

function scenarioBody(s, i) {
  var body = h('div', { class: 'sc-body' });
  if (s.description) body.appendChild(h('p', { class: 'desc', text: s.description }));
  body.appendChild(h('div', { class: 'meta' }, [
    h('span', null, ['file ', h('b', { class: 'mono', text: pos(s.position) })]),
    s.startedAt ? h('span', null, ['started ', h('b', { text: s.startedAt.replace('T', ' ').replace(/\.\d+Z$/, 'Z') })]) : null,
    h('span', null, ['duration ', h('b', { text: dur(s.durationMs) })]),
    h('span', null, ['steps ', h('b', { text: String(s.steps.length) })])
  ]));
  if (s.example && isObj(s.exampleRow) && Object.keys(s.exampleRow).length) {
    body.appendChild(h('h3', { text: 'Example row' }));
    body.appendChild(kvTable(s.exampleRow));
  }
  if (s.steps.length) {
    body.appendChild(h('h3', { text: 'Timeline' }));
    body.appendChild(waterfall(s, i));
    body.appendChild(h('h3', { text: 'Steps' }));
    var failed = hasEvidence(s) ? failedStepIndex(s) : -2;
    s.steps.forEach(function (st, j) {
      body.appendChild(stepBox(st, i, j));
      if (j === failed) body.appendChild(evidenceBox(s, st));
    });
    if (failed === -1) body.appendChild(evidenceBox(s, null));
  } else if (s.message) {
    body.appendChild(h('div', { class: 'error', text: s.message }));
    if (hasEvidence(s)) body.appendChild(evidenceBox(s, null));
  }
  return body;
}

// ---------- waterfall ----------
function waterfall(s, i) {
  var steps = s.steps;
  var end = Math.max(1, s.durationMs || 0);
  steps.forEach(function (st) { end = Math.max(end, (st.startOffsetMs || 0) + (st.durationMs || 0)); });
  var W = 1000, LABEL = 260, TIME = 70, ROW = 20, TOP = 18;
  var plot = W - LABEL - TIME - 10;
  var H = TOP + steps.length * ROW + 6;
  var svg = sv('svg', { viewBox: '0 0 ' + W + ' ' + H, class: 'wf', role: 'img', 'aria-label': 'step timeline' });
  ticks(0, end, 5).forEach(function (t) {
    var x = LABEL + plot * t / end;
    svg.appendChild(sv('line', { x1: x, x2: x, y1: TOP - 4, y2: H, class: 'wf-grid' }));
    svg.appendChild(sv('text', { x: x, y: 11, class: 'wf-time', 'text-anchor': 'middle', text: dur(Math.round(t)) }));
  });
  steps.forEach(function (st, j) {
    var y = TOP + j * ROW;
    var name = (st.phase && st.phase !== 'STEP' ? st.phase.toLowerCase() + ': ' : '') + st.name;
    var label = sv('text', { x: LABEL - 8, y: y + 13, class: 'wf-label', 'text-anchor': 'end' });
    label.textContent = name.length > 40 ? name.slice(0, 39) + '…' : name;
    svg.appendChild(label);
    var x = LABEL + plot * (st.startOffsetMs || 0) / end;
    var w = Math.max(2, plot * (st.durationMs || 0) / end);
    var bar = sv('rect', { x: x, y: y + 3, width: w, height: ROW - 7, rx: 2, class: 'wf-bar fill-' + st.status },
      sv('title', { text: st.name + ' · ' + st.status + ' · +' + dur(st.startOffsetMs) + ' · ' + dur(st.durationMs) }));
    bar.addEventListener('click', function () {
      var el = document.getElementById('s-' + i + '-' + j);
      if (el) { if (el._toggle) el._toggle(true); el.scrollIntoView({ block: 'nearest' }); }
    });
    svg.appendChild(bar);
    svg.appendChild(sv('text', { x: Math.min(x + w + 6, W - TIME + 4), y: y + 13, class: 'wf-time', text: dur(st.durationMs) }));
  });
  return h('div', { class: 'waterfall' }, svg);
}

// ---------- steps ----------
function stepBox(st, i, j) {
  var box = h('div', { class: 'step st-' + st.status, id: 's-' + i + '-' + j });
  var head = h('button', { type: 'button', class: 'step-head', 'aria-expanded': 'false' }, [
    h('span', { class: 'badge st-' + st.status, text: st.status }),
    h('span', { class: 'step-phase', text: (st.phase || 'STEP').toLowerCase() }),
    h('span', { class: 'step-name', text: st.name, title: st.name }),
    st.verb ? h('span', { class: 'verb', text: st.verb }) : null,
    st.attempts > 1 ? h('span', { class: 'attempts', text: st.attempts + ' attempts' }) : null,
    h('span', { class: 'step-pos', text: pos(st.position) }),
    h('span', { class: 'step-dur', text: dur(st.durationMs) })
  ]);
  box.appendChild(head);
  // the steps a use step ran (its fragment's), each with its own position, indented under it
  var kids = null;
  if (st.steps && st.steps.length) {
    kids = h('div', { class: 'step-children' });
    st.steps.forEach(function (child, k) { kids.appendChild(stepBox(child, i, j + '-' + k)); });
    box.appendChild(kids);
  }
  var body = null;
  function toggle(force) {
    var open = force === undefined ? !(body && !body.hidden) : force;
    head.setAttribute('aria-expanded', String(open));
    if (open && !body) { body = stepBody(st); box.insertBefore(body, kids); }
    if (body) body.hidden = !open;
  }
  head.addEventListener('click', function () { toggle(); });
  box._toggle = toggle;
  if (st.status === 'FAILED' || st.status === 'ERROR' || (st.reports && st.reports.length)) toggle(true);
  return box;
}

function stepBody(st) {
  var body = h('div', { class: 'step-body' });
  var hasResp = st.response !== null && st.response !== undefined;
  // a failure's details stand in for a result the step did not get, shown as its response: else they show here
  if (st.failure && !saidByItsCheck(st)) body.appendChild(failureBox(st.failure, !hasResp));
  if (st.checks && st.checks.length) {
    body.appendChild(h('h3', { text: 'Checks' }));
    body.appendChild(checksTable(st.checks));
    st.checks.forEach(function (c) { if (!c.passed) body.appendChild(checkDetail(c)); });
  }
  var hasReq = isObj(st.request) && Object.keys(st.request).length;
  if (hasReq || hasResp) {
    var cols = h('div', { class: 'cols' });
    if (hasReq) cols.appendChild(h('div', null, [h('h3', { text: 'Request' }), valueView(st.request)]));
    if (hasResp) cols.appendChild(h('div', null, [h('h3', { text: 'Response' }), valueView(st.response)]));
    body.appendChild(cols);
  }
  if (st.reports && st.reports.length) body.appendChild(h('div', { class: 'reports' }, st.reports.map(reportItem)));
  return body;
}

// a failed check with a message of its own is its step's failure, said in full with the check
function saidByItsCheck(st) {
  var first = (st.checks || []).filter(function (c) { return !c.passed; })[0];
  return st.failure.kind === 'FAILED_CHECK' && !!(first && first.message);
}

// the message, its hint after it in parentheses (as the console says it), and the details that show it
function failureBox(f, withDetails) {
  var box = h('div', { class: 'error mono' }, [document.createTextNode(f.message)]);
  if (f.hint) box.appendChild(h('span', { class: 'hint', text: ' (' + f.hint + ')' }));
  var keys = withDetails && isObj(f.details) ? Object.keys(f.details) : [];
  if (keys.length) {
    box.appendChild(h('dl', { class: 'details' }, keys.reduce(function (all, k) {
      return all.concat([h('dt', { text: k }), h('dd', { text: typeof f.details[k] === 'string' ? f.details[k] : JSON.stringify(f.details[k]) })]);
    }, [])));
  }
  return box;
}

function checksTable(checks) {
  var tb = h('tbody');
  checks.forEach(function (c) {
    var assertion = c.matcher === 'that';
    tb.appendChild(h('tr', { class: c.passed ? null : 'fail' }, [
      h('td', null, h('span', { class: c.passed ? 'ok-mark' : 'no-mark', text: c.passed ? '✓' : '✗' })),
      h('td', { text: (assertion ? 'assert ' : '') + c.path }),
      h('td', { text: assertion ? '' : c.matcher }),
      h('td', { text: assertion && c.expected === null ? '' : compact(c.expected) }),
      h('td', { text: assertion && c.actual === null ? '' : compact(c.actual) }),
      h('td', { text: c.message || '' })
    ]));
  });
  return h('table', { class: 'grid checks' }, [
    h('thead', null, h('tr', null, ['', 'path', 'matcher', 'expected', 'actual', 'message'].map(function (t) { return h('th', { text: t }); }))),
    tb
  ]);
}

function checkDetail(c) {
  var box = h('div', { class: 'check-detail' });
  box.appendChild(h('div', { class: 'mono', text: (c.matcher === 'that' ? 'assert ' + c.path : 'expect ' + c.path + ' ' + c.matcher) }));
  if (c.message) box.appendChild(h('div', { class: 'muted', text: c.message }));
  if (c.matcher === 'that' && c.expected === null && c.actual === null) return box;
  var e = c.expected, a = c.actual;
  var vs = h('div', { class: 'vs' });
  if (typeof e === 'string' && typeof a === 'string') {
    var k = 0;
    while (k < e.length && k < a.length && e[k] === a[k]) k++;
    vs.appendChild(h('span', { class: 'lbl', text: 'expected' }));
    vs.appendChild(h('pre', null, [e.slice(0, k), h('span', { class: 'hl-exp', text: e.slice(k) })]));
    vs.appendChild(h('span', { class: 'lbl', text: 'actual' }));
    vs.appendChild(h('pre', null, [a.slice(0, k), h('span', { class: 'hl-act', text: a.slice(k) })]));
  } else if ((e !== null && typeof e === 'object') || (a !== null && typeof a === 'object')) {
    vs = h('div', { class: 'vs2' }, [
      h('div', null, [h('div', { class: 'lbl', text: 'expected' }), h('pre', { class: 'json-text', text: pretty(e) })]),
      h('div', null, [h('div', { class: 'lbl', text: 'actual' }), h('pre', { class: 'json-text', text: pretty(a) })])
    ]);
  } else {
    vs.appendChild(h('span', { class: 'lbl', text: 'expected' }));
    vs.appendChild(h('pre', { text: compact(e) }));
    vs.appendChild(h('span', { class: 'lbl', text: 'actual' }));
    vs.appendChild(h('pre', { text: compact(a) }));
  }
  box.appendChild(vs);
  if (e !== null && a !== null && typeof e === 'object' && typeof a === 'object') {
    var lines = [];
    diff(e, a, '$', lines);
    if (lines.length) {
      box.appendChild(h('div', { class: 'diff' }, lines.slice(0, 200).map(function (l) {
        if (l.op === '-') return h('div', { class: 'd-minus' }, ['- ', h('span', { class: 'd-path', text: l.path }), ' missing, expected ' + compact(l.e)]);
        if (l.op === '+') return h('div', { class: 'd-plus' }, ['+ ', h('span', { class: 'd-path', text: l.path }), ' only in actual: ' + compact(l.a)]);
        return h('div', { class: 'd-change' }, ['~ ', h('span', { class: 'd-path', text: l.path }), ' expected ' + compact(l.e) + ', actual ' + compact(l.a)]);
      }).concat(lines.length > 200 ? [h('div', { class: 'j-note', text: (lines.length - 200) + ' more differences' })] : [])));
    }
  }
  return box;
}

function diff(e, a, path, out) {
  if (out.length > 500) return;
  if (Array.isArray(e) && Array.isArray(a)) {
    align(e, a).forEach(function (pair) {
      if (pair.j < 0) out.push({ op: '-', path: path + '[' + pair.i + ']', e: e[pair.i] });
      else if (pair.i < 0) out.push({ op: '+', path: path + '[' + pair.j + ']', a: a[pair.j] });
      else diff(e[pair.i], a[pair.j], path + '[' + pair.i + (pair.i === pair.j ? '' : '→' + pair.j) + ']', out);
    });
  } else if (isObj(e) && isObj(a)) {
    Object.keys(e).forEach(function (k) {
      var p = path + (/^[A-Za-z_$][\w$]*$/.test(k) ? '.' + k : '[' + JSON.stringify(k) + ']');
      if (!(k in a)) out.push({ op: '-', path: p, e: e[k] });
      else diff(e[k], a[k], p, out);
    });
    Object.keys(a).forEach(function (k) {
      if (!(k in e)) out.push({ op: '+', path: path + (/^[A-Za-z_$][\w$]*$/.test(k) ? '.' + k : '[' + JSON.stringify(k) + ']'), a: a[k] });
    });
  } else if (JSON.stringify(e) !== JSON.stringify(a)) {
    out.push({ op: '~', path: path, e: e, a: a });
  }
}

/*
 * Lines up two lists as a diff tool does: items equal in both (the longest common subsequence of their JSON) are
 * pairs, so one item moved to the front is one '+' and one '-', not a change at every index. Between two such
 * anchors the leftovers pair up in order (a changed item) and the rest are missing or extra. Lists too long for
 * the quadratic table are compared by position.
 */
function align(e, a) {
  var pairs = [], i, j;
  if (e.length * a.length > 250000) {
    for (i = 0; i < Math.max(e.length, a.length); i++) pairs.push({ i: i < e.length ? i : -1, j: i < a.length ? i : -1 });
    return pairs;
  }
  var ek = e.map(function (x) { return JSON.stringify(x); }), ak = a.map(function (x) { return JSON.stringify(x); });
  var n = e.length, m = a.length, len = [];
  for (i = 0; i <= n; i++) len.push(new Int32Array(m + 1));
  for (i = n - 1; i >= 0; i--) {
    for (j = m - 1; j >= 0; j--) len[i][j] = ek[i] === ak[j] ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
  }
  var pe = [], pa = [];
  function flush() {
    for (var k = 0; k < Math.max(pe.length, pa.length); k++) pairs.push({ i: k < pe.length ? pe[k] : -1, j: k < pa.length ? pa[k] : -1 });
    pe = []; pa = [];
  }
  i = 0; j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && ek[i] === ak[j]) { flush(); i++; j++; }
    else if (j >= m || (i < n && len[i + 1][j] >= len[i][j + 1])) pe.push(i++);
    else pa.push(j++);
  }
  flush();
  return pairs;
}

// ---------- controls ----------
function setTag(t) {
  state.tag = t;
  document.getElementById('cc-tag').value = t;
  refilter();
  document.querySelector('.results').scrollIntoView({ block: 'start' });
}
function syncChips() {
  document.querySelectorAll('.chip[data-status]').forEach(function (c) {
    c.setAttribute('aria-pressed', String(state.status.has(c.getAttribute('data-status'))));
  });
}
function openScenario(i) {
  var s = SC[i];
  if (!s) return;
  var shownNow = visible();
  var at = shownNow.indexOf(i);
  if (at < 0) {
    state.status = new Set(STATUSES); state.tag = ''; state.text = '';
    document.getElementById('cc-tag').value = ''; document.getElementById('cc-search').value = '';
    syncChips();
    at = visible().indexOf(i);
  }
  if (at >= state.shown) state.shown = (Math.floor(at / PAGE) + 1) * PAGE;
  openScenarios.add(i);
  renderList();
  var el = document.getElementById('s-' + i);
  if (el) el.scrollIntoView({ block: 'start' });
}

document.querySelectorAll('.chip[data-status]').forEach(function (c) {
  c.addEventListener('click', function () {
    var st = c.getAttribute('data-status');
    if (state.status.has(st)) state.status.delete(st); else state.status.add(st);
    syncChips();
    refilter();
  });
});
document.querySelectorAll('[data-only]').forEach(function (c) {
  c.addEventListener('click', function () {
    state.status = new Set([c.getAttribute('data-only')]);
    syncChips();
    refilter();
    document.querySelector('.results').scrollIntoView({ block: 'start' });
  });
});
document.querySelectorAll('[data-tag]').forEach(function (b) {
  b.addEventListener('click', function () { setTag(b.getAttribute('data-tag')); });
});
document.querySelectorAll('[data-open]').forEach(function (a) {
  a.addEventListener('click', function (e) { e.preventDefault(); openScenario(+a.getAttribute('data-open')); });
});
document.getElementById('cc-tag').addEventListener('change', function () { state.tag = this.value; refilter(); });
document.getElementById('cc-sort').addEventListener('change', function () { state.sort = this.value; refilter(); });
var search = document.getElementById('cc-search');
var timer = null;
search.addEventListener('input', function () {
  clearTimeout(timer);
  timer = setTimeout(function () { state.text = search.value; refilter(); }, SC.length > 2000 ? 200 : 60);
});
document.addEventListener('keydown', function (e) {
  if (e.key === '/' && document.activeElement !== search) { e.preventDefault(); search.focus(); }
});

// A failed run opens its first failure; a link with #s-N opens that scenario.
var hash = /^#s-(\d+)$/.exec(location.hash);
if (hash) openScenario(+hash[1]);
else {
  var first = visible()[0];
  if (first !== undefined && (SC[first].status === 'FAILED' || SC[first].status === 'ERROR')) openScenarios.add(first);
  renderList();
}
root.setAttribute('data-render-ms', String(Math.round(performance.now())));
root.setAttribute('data-ready', 'true');

// Exposed for tests and the console, read-only use.
window.crosscheckReport = { scenarios: SC.length, visible: function () { return visible().length; } };
