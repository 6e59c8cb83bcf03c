(function () {
  'use strict';
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
  var ROWS_PAGE = 50;
  var JSON_ITEMS = 100;
  var STATUSES = ['PASSED', 'FAILED', 'ERROR', 'SKIPPED'];
  var RANK = { ERROR: 0, FAILED: 1, PASSED: 2, SKIPPED: 3 };
  var PALETTE = ['#0969da', '#1a7f37', '#bc4c00', '#8250df', '#cf222e', '#1b7c83', '#9a6700', '#bf3989', '#57606a', '#4d2d00'];
  var SVGNS = 'http://www.w3.org/2000/svg';

  var state = { status: new Set(STATUSES), tag: '', text: '', sort: 'problems', shown: PAGE };
  var openScenarios = new Set();
  var list = document.getElementById('cc-list');
  var countLine = document.getElementById('cc-count');

  // ---------- DOM helpers ----------
  function h(tag, attrs, kids) {
    var e = document.createElement(tag);
    setAll(e, attrs);
    add(e, kids);
    return e;
  }
  function sv(tag, attrs, kids) {
    var e = document.createElementNS(SVGNS, tag);
    setAll(e, attrs);
    add(e, kids);
    return e;
  }
  function setAll(e, attrs) {
    if (!attrs) return;
    Object.keys(attrs).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) return;
      if (k === 'text') e.textContent = printable(String(v));
      else if (k === 'class') e.setAttribute('class', v);
      else if (k.indexOf('on') === 0) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, String(v));
    });
  }
  function add(e, kids) {
    if (kids === null || kids === undefined) return;
    if (!Array.isArray(kids)) kids = [kids];
    kids.forEach(function (k) {
      if (k === null || k === undefined || k === false) return;
      e.appendChild(typeof k === 'object' ? k : document.createTextNode(String(k)));
    });
  }
  // Control characters (a bell from a system under test) are shown as escapes instead of invisible glyphs.
  var CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
  var CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
  function printable(t) {
    return CONTROL.test(t) ? t.replace(CONTROLS, function (c) { return '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'); }) : t;
  }
  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); }

  // ---------- formatting ----------
  function dur(ms) {
    ms = Math.max(0, ms || 0);
    if (ms < 1000) return ms + ' ms';
    if (ms < 60000) return (ms / 1000).toFixed(1) + ' s';
    var s = Math.floor(ms / 1000);
    if (s < 3600) return Math.floor(s / 60) + 'm ' + String(s % 60).padStart(2, '0') + 's';
    return Math.floor(s / 3600) + 'h ' + String(Math.floor((s % 3600) / 60)).padStart(2, '0') + 'm';
  }
  function count(n) { return n.toLocaleString('en-US'); }
  function pos(p) { return p ? p.file + ':' + p.line + (p.column ? ':' + p.column : '') : ''; }
  function isObj(v) { return v !== null && typeof v === 'object' && !Array.isArray(v); }
  function compact(v) {
    var s = typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v);
    return s === undefined ? 'undefined' : s;
  }
  function pretty(v) { return JSON.stringify(v, null, 2); }
  function fmtNum(n) {
    if (typeof n !== 'number' || !isFinite(n)) return String(n);
    var a = Math.abs(n);
    if (a >= 1e9) return (n / 1e9).toFixed(1).replace(/\.0$/, '') + 'G';
    if (a >= 1e6) return (n / 1e6).toFixed(1).replace(/\.0$/, '') + 'M';
    if (a >= 1e4) return (n / 1e3).toFixed(1).replace(/\.0$/, '') + 'k';
    if (Number.isInteger(n)) return String(n);
    return String(+n.toPrecision(4));
  }

  // ---------- filtering ----------
  function hay(s) {
    if (s._hay === undefined) {
      var parts = [s.displayName, s.position && s.position.file, s.tags.join(' '), s.message, s.description];
      s.steps.forEach(function (st) { parts.push(st.name, st.verb, st.error); });
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
      s.steps.forEach(function (st, j) { body.appendChild(stepBox(st, i, j)); });
    } else if (s.message) {
      body.appendChild(h('div', { class: 'error', text: s.message }));
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
    var body = null;
    function toggle(force) {
      var open = force === undefined ? !(body && !body.hidden) : force;
      head.setAttribute('aria-expanded', String(open));
      if (open && !body) { body = stepBody(st); box.appendChild(body); }
      if (body) body.hidden = !open;
    }
    head.addEventListener('click', function () { toggle(); });
    box._toggle = toggle;
    if (st.status === 'FAILED' || st.status === 'ERROR' || (st.reports && st.reports.length)) toggle(true);
    return box;
  }

  function stepBody(st) {
    var body = h('div', { class: 'step-body' });
    // the engine often sums up a failed check as the step's error too: show it once, with the check
    var errorIsACheck = st.error && (st.checks || []).some(function (c) { return !c.passed && c.message && c.message.indexOf(st.error.trim()) >= 0; });
    if (st.error && !errorIsACheck) body.appendChild(h('div', { class: 'error mono', text: st.error }));
    if (st.checks && st.checks.length) {
      body.appendChild(h('h3', { text: 'Checks' }));
      body.appendChild(checksTable(st.checks));
      st.checks.forEach(function (c) { if (!c.passed) body.appendChild(checkDetail(c)); });
    }
    var hasReq = isObj(st.request) && Object.keys(st.request).length;
    var hasResp = st.response !== null && st.response !== undefined;
    if (hasReq || hasResp) {
      var cols = h('div', { class: 'cols' });
      if (hasReq) cols.appendChild(h('div', null, [h('h3', { text: 'Request' }), valueView(st.request)]));
      if (hasResp) cols.appendChild(h('div', null, [h('h3', { text: 'Response' }), valueView(st.response)]));
      body.appendChild(cols);
    }
    if (st.reports && st.reports.length) body.appendChild(h('div', { class: 'reports' }, st.reports.map(reportItem)));
    return body;
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
      for (var i = 0; i < Math.max(e.length, a.length); i++) {
        var p = path + '[' + i + ']';
        if (i >= a.length) out.push({ op: '-', path: p, e: e[i] });
        else if (i >= e.length) out.push({ op: '+', path: p, a: a[i] });
        else diff(e[i], a[i], p, out);
      }
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

  // ---------- values: rows as tables, everything else as a collapsible JSON tree ----------
  // A list of maps is shown as a table. The page keeps the first 500 items of a list and ends it with a
  // "…(N more items)" marker, which the table shows as a note.
  function isMore(v) { return typeof v === 'string' && v.indexOf('…(') === 0; }
  function isRows(v) {
    if (!Array.isArray(v) || !v.length) return false;
    var n = isMore(v[v.length - 1]) ? v.length - 1 : v.length;
    if (!n) return false;
    for (var i = 0; i < n; i++) if (!isObj(v[i])) return false;
    return true;
  }

  function valueView(v) {
    var wrap = h('div');
    if (isRows(v)) {
      wrap.appendChild(rowsTable(v));
      return wrap;
    }
    if (isObj(v)) {
      var rest = {}, tables = 0;
      Object.keys(v).forEach(function (k) {
        if (isRows(v[k])) {
          wrap.appendChild(h('div', { class: 'muted', text: k + ' (' + v[k].filter(isObj).length + ' rows)' }));
          wrap.appendChild(rowsTable(v[k]));
          tables++;
        } else {
          rest[k] = v[k];
        }
      });
      if (tables && Object.keys(rest).length) wrap.appendChild(jsonView(rest));
      if (tables) return wrap;
    }
    wrap.appendChild(jsonView(v));
    return wrap;
  }

  function rowsTable(list) {
    var more = isMore(list[list.length - 1]) ? list[list.length - 1] : null;
    var rows = more ? list.slice(0, -1) : list;
    var cols = [];
    rows.slice(0, 500).forEach(function (r) { Object.keys(r).forEach(function (k) { if (cols.indexOf(k) < 0) cols.push(k); }); });
    var tb = h('tbody');
    var shown = 0;
    function page() {
      var end = Math.min(rows.length, shown + ROWS_PAGE);
      for (; shown < end; shown++) {
        var r = rows[shown];
        tb.appendChild(h('tr', null, cols.map(function (c) {
          var v = r[c];
          return h('td', { class: typeof v === 'number' ? 'n' : null, text: v === undefined ? '' : typeof v === 'string' ? v : compact(v) });
        })));
      }
      btn.hidden = shown >= rows.length;
      btn.textContent = 'show ' + Math.min(ROWS_PAGE, rows.length - shown) + ' more of ' + (rows.length - shown) + ' rows';
    }
    var btn = h('button', { type: 'button', class: 'linkish', onclick: function () { page(); } });
    var table = h('table', { class: 'grid rows' }, [
      h('thead', null, h('tr', null, cols.map(function (c) { return h('th', { text: c }); }))), tb]);
    page();
    return h('div', null, [table, btn, more ? h('div', { class: 'j-note', text: more + ' — results.json has them all' }) : null]);
  }

  function kvTable(obj) {
    return h('table', { class: 'grid' }, h('tbody', null, Object.keys(obj).map(function (k) {
      var v = obj[k];
      return h('tr', null, [h('th', { text: k }), h('td', { text: typeof v === 'string' ? v : compact(v) })]);
    })));
  }

  function jsonView(v) {
    var box = h('div', { class: 'json' });
    box.appendChild(h('button', {
      type: 'button', class: 'copy', text: 'copy', title: 'copy as JSON',
      onclick: function () {
        var text = pretty(v), btn = this;
        var done = function () { btn.textContent = 'copied'; setTimeout(function () { btn.textContent = 'copy'; }, 1200); };
        if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(done, function () {});
      }
    }));
    box.appendChild(jsonNode(null, v, 0));
    return box;
  }

  function scalar(v) {
    if (v === null) return h('span', { class: 'j-kw', text: 'null' });
    if (typeof v === 'string') return h('span', { class: 'j-str', text: JSON.stringify(v) });
    if (typeof v === 'number') return h('span', { class: 'j-num', text: String(v) });
    if (typeof v === 'boolean') return h('span', { class: 'j-kw', text: String(v) });
    return h('span', { text: String(v) });
  }

  function jsonNode(key, v, depth) {
    var keyEl = key === null ? null : h('span', { class: 'j-key', text: JSON.stringify(key) + ': ' });
    if (v === null || typeof v !== 'object') return h('div', { class: 'kv' }, [keyEl, scalar(v)]);
    var arr = Array.isArray(v);
    var keys = arr ? null : Object.keys(v);
    var n = arr ? v.length : keys.length;
    if (!n) return h('div', { class: 'kv' }, [keyEl, h('span', { text: arr ? '[]' : '{}' })]);
    var det = h('details', (depth < 2 && n <= 50) || (depth < 4 && n <= 12) ? { open: '' } : null);
    det.appendChild(h('summary', null, [keyEl, h('span', { class: 'j-note', text: arr ? '[' + n + ' items]' : '{' + n + ' keys}' })]));
    var shown = 0;
    var moreBtn = null;
    function fill() {
      var end = Math.min(n, shown + JSON_ITEMS);
      var frag = document.createDocumentFragment();
      for (; shown < end; shown++) frag.appendChild(arr ? jsonNode(shown, v[shown], depth + 1) : jsonNode(keys[shown], v[keys[shown]], depth + 1));
      if (moreBtn) moreBtn.remove();
      det.appendChild(frag);
      if (shown < n) {
        moreBtn = h('button', { type: 'button', class: 'linkish', text: 'show ' + Math.min(JSON_ITEMS, n - shown) + ' more of ' + (n - shown), onclick: fill });
        det.appendChild(moreBtn);
      }
    }
    if (det.open) fill();
    else det.addEventListener('toggle', function once() { if (det.open && !shown) fill(); });
    return det;
  }

  // ---------- report items: tables and charts ----------
  function reportItem(r) {
    var box = h('div', { class: 'report-item' });
    if (r.kind === 'error') {
      box.appendChild(h('div', { class: 'error mono', text: r.title || 'report failed' }));
      return box;
    }
    box.appendChild(h('h4', { text: r.title || (r.kind === 'chart' ? r.chartType + ' chart' : 'table') }));
    if (r.data === null || r.data === undefined) box.appendChild(h('div', { class: 'muted', text: 'no data' }));
    else if (r.kind === 'chart') box.appendChild(chart(r.chartType, r.data));
    else if (isRows(r.data)) box.appendChild(rowsTable(r.data));
    else if (isObj(r.data)) box.appendChild(kvTable(r.data));
    else box.appendChild(jsonView(r.data));
    return box;
  }

  // A series is [{label, value, x}] from a map label→number, a list of numbers, or a list of {x, y} maps.
  function series(data) {
    if (isObj(data)) return Object.keys(data).map(function (k) { return { label: k, x: k, value: num(data[k]) }; });
    if (!Array.isArray(data)) return [];
    return data.map(function (d, i) {
      if (isObj(d)) {
        var x = 'x' in d ? d.x : 'label' in d ? d.label : 'name' in d ? d.name : firstOf(d, 'string', i + 1);
        var y = 'y' in d ? d.y : 'value' in d ? d.value : 'count' in d ? d.count : firstOf(d, 'number', 0);
        return { label: String(x), x: x, value: num(y) };
      }
      return { label: String(i + 1), x: i + 1, value: num(d) };
    });
  }
  function firstOf(o, type, dflt) {
    var ks = Object.keys(o);
    for (var i = 0; i < ks.length; i++) if (typeof o[ks[i]] === type) return o[ks[i]];
    return dflt;
  }
  function num(v) { var n = typeof v === 'number' ? v : parseFloat(v); return isFinite(n) ? n : 0; }

  function chart(type, data) {
    try {
      if (type === 'pie') return pieChart(series(data));
      if (type === 'histogram') return histogram(data);
      if (type === 'line') return lineChart(series(data));
      return barChart(series(data));
    } catch (e) {
      return h('div', { class: 'muted', text: 'cannot draw this chart: ' + e.message });
    }
  }

  function niceStep(min, max, count) {
    var raw = (max - min) / count;
    if (!(raw > 0)) return 1;
    var step = Math.pow(10, Math.floor(Math.log10(raw)));
    var err = raw / step;
    return step * (err >= 7.5 ? 10 : err >= 3.5 ? 5 : err >= 1.5 ? 2 : 1);
  }

  function ticks(min, max, count) {
    if (max <= min) return [min];
    var step = niceStep(min, max, count);
    var out = [];
    for (var t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) out.push(+t.toFixed(10));
    return out;
  }

  // A value axis from a nice floor to a nice ceiling, so that no bar or point is above the top line.
  function frame(W, H, yMin, yMax, M) {
    var svg = sv('svg', { viewBox: '0 0 ' + W + ' ' + H, class: 'chart', role: 'img' });
    var step = niceStep(yMin, yMax, 5);
    var lo = Math.floor(yMin / step + 1e-9) * step, hi = Math.ceil(yMax / step - 1e-9) * step;
    if (hi <= lo) hi = lo + step;
    var y = function (v) { return M.t + (H - M.t - M.b) * (1 - (v - lo) / (hi - lo)); };
    for (var t = lo; t <= hi + step * 1e-9; t += step) {
      var tv = +t.toFixed(10);
      svg.appendChild(sv('line', { x1: M.l, x2: W - M.r, y1: y(tv), y2: y(tv), class: 'gridline' }));
      svg.appendChild(sv('text', { x: M.l - 6, y: y(tv) + 4, 'text-anchor': 'end', text: fmtNum(tv) }));
    }
    svg.appendChild(sv('line', { x1: M.l, x2: W - M.r, y1: y(lo), y2: y(lo), class: 'axis' }));
    return { svg: svg, y: y, lo: lo };
  }

  function barChart(pts) {
    if (!pts.length) return h('div', { class: 'muted', text: 'no data' });
    var rotate = pts.length > 8;
    var W = 640, H = rotate ? 290 : 250, M = { l: 48, r: 12, t: 18, b: rotate ? 70 : 30 };
    var max = Math.max.apply(null, pts.map(function (p) { return p.value; }).concat([0]));
    var min = Math.min.apply(null, pts.map(function (p) { return p.value; }).concat([0]));
    var f = frame(W, H, min, max || 1, M);
    var band = (W - M.l - M.r) / pts.length;
    pts.forEach(function (p, i) {
      var x = M.l + i * band + band * 0.15, w = band * 0.7;
      var y0 = f.y(0), y1 = f.y(p.value);
      f.svg.appendChild(sv('rect', { x: x, y: Math.min(y0, y1), width: Math.max(1, w), height: Math.max(1, Math.abs(y0 - y1)), rx: 2, fill: PALETTE[0], class: 'bar' },
        sv('title', { text: p.label + ': ' + p.value })));
      if (pts.length <= 24) f.svg.appendChild(sv('text', { x: x + w / 2, y: Math.min(y0, y1) - 4, 'text-anchor': 'middle', class: 'val', text: fmtNum(p.value) }));
      var lbl = p.label.length > 16 ? p.label.slice(0, 15) + '…' : p.label;
      var lx = x + w / 2, ly = H - M.b + 14;
      if (pts.length <= 40 || i % Math.ceil(pts.length / 40) === 0) {
        f.svg.appendChild(sv('text', rotate ? { x: lx, y: ly, 'text-anchor': 'end', transform: 'rotate(-40 ' + lx + ' ' + ly + ')', text: lbl }
          : { x: lx, y: ly, 'text-anchor': 'middle', text: lbl }));
      }
    });
    return f.svg;
  }

  function histogram(data) {
    var values = [];
    if (Array.isArray(data)) data.forEach(function (d) { var v = isObj(d) ? num('value' in d ? d.value : 'y' in d ? d.y : firstOf(d, 'number', NaN)) : num(d); if (isFinite(v)) values.push(v); });
    else if (isObj(data)) return barChart(series(data)); // already binned: label → count
    if (!values.length) return h('div', { class: 'muted', text: 'no data' });
    var min = Math.min.apply(null, values), max = Math.max.apply(null, values);
    var bins = Math.min(30, Math.max(1, Math.ceil(Math.log2(values.length)) + 1));
    if (max === min) bins = 1;
    var width = (max - min) / bins || 1;
    var counts = new Array(bins).fill(0);
    values.forEach(function (v) { counts[Math.min(bins - 1, Math.floor((v - min) / width))]++; });
    var W = 640, H = 260, M = { l: 48, r: 12, t: 16, b: 36 };
    var f = frame(W, H, 0, Math.max.apply(null, counts), M);
    var bw = (W - M.l - M.r) / bins;
    counts.forEach(function (c, i) {
      var x = M.l + i * bw, y1 = f.y(c);
      var lo = min + i * width, hi = lo + width;
      f.svg.appendChild(sv('rect', { x: x + 0.5, y: y1, width: Math.max(1, bw - 1), height: Math.max(0, f.y(0) - y1), fill: PALETTE[0], class: 'bar' },
        sv('title', { text: fmtNum(lo) + ' – ' + fmtNum(hi) + ': ' + c })));
      if (bins <= 16 && c) f.svg.appendChild(sv('text', { x: x + bw / 2, y: y1 - 4, 'text-anchor': 'middle', class: 'val', text: String(c) }));
    });
    var step = Math.max(1, Math.ceil(bins / 8));
    for (var i = 0; i <= bins; i += step) {
      f.svg.appendChild(sv('text', { x: M.l + i * bw, y: H - M.b + 16, 'text-anchor': 'middle', text: fmtNum(min + i * width) }));
    }
    f.svg.appendChild(sv('text', { x: W - M.r, y: H - 4, 'text-anchor': 'end', text: values.length + ' values in ' + bins + ' bins' }));
    return f.svg;
  }

  function lineChart(pts) {
    if (!pts.length) return h('div', { class: 'muted', text: 'no data' });
    var numeric = pts.every(function (p) { return typeof p.x === 'number'; });
    if (numeric) pts = pts.slice().sort(function (a, b) { return a.x - b.x; });
    var W = 640, H = 260, M = { l: 48, r: 16, t: 16, b: 40 };
    var vals = pts.map(function (p) { return p.value; });
    var lo = Math.min.apply(null, vals), hi = Math.max.apply(null, vals);
    if (lo > 0 && lo < hi * 0.5) lo = 0;
    if (lo === hi) { lo = lo - 1; hi = hi + 1; }
    var f = frame(W, H, lo, hi, M);
    var xmin = numeric ? pts[0].x : 0, xmax = numeric ? pts[pts.length - 1].x : pts.length - 1;
    var xs = function (p, i) { var v = numeric ? p.x : i; return M.l + (W - M.l - M.r) * (xmax === xmin ? 0.5 : (v - xmin) / (xmax - xmin)); };
    var d = pts.map(function (p, i) { return (i ? 'L' : 'M') + xs(p, i).toFixed(1) + ' ' + f.y(p.value).toFixed(1); }).join(' ');
    f.svg.appendChild(sv('path', { d: d + ' L' + xs(pts[pts.length - 1], pts.length - 1).toFixed(1) + ' ' + f.y(f.lo) + ' L' + xs(pts[0], 0).toFixed(1) + ' ' + f.y(f.lo) + ' Z', class: 'area' }));
    f.svg.appendChild(sv('path', { d: d, class: 'line' }));
    pts.forEach(function (p, i) {
      if (pts.length <= 120) f.svg.appendChild(sv('circle', { cx: xs(p, i), cy: f.y(p.value), r: 3, class: 'pt' }, sv('title', { text: p.label + ': ' + p.value })));
    });
    var labels = numeric ? ticks(xmin, xmax, 6).map(function (t) { return { x: M.l + (W - M.l - M.r) * (xmax === xmin ? 0.5 : (t - xmin) / (xmax - xmin)), t: fmtNum(t) }; })
      : pts.map(function (p, i) { return { x: xs(p, i), t: p.label, i: i }; }).filter(function (l) { return l.i % Math.max(1, Math.ceil(pts.length / 8)) === 0; });
    labels.forEach(function (l) { f.svg.appendChild(sv('text', { x: l.x, y: H - M.b + 16, 'text-anchor': 'middle', text: l.t.length > 14 ? l.t.slice(0, 13) + '…' : l.t })); });
    return f.svg;
  }

  function pieChart(pts) {
    pts = pts.filter(function (p) { return p.value > 0; });
    var total = pts.reduce(function (a, p) { return a + p.value; }, 0);
    if (!total) return h('div', { class: 'muted', text: 'no data' });
    var R = 90, r = 52, C = 100;
    var svg = sv('svg', { viewBox: '0 0 200 200', width: 200, class: 'chart pie', role: 'img' });
    var angle = -Math.PI / 2;
    pts.forEach(function (p, i) {
      var a = 2 * Math.PI * p.value / total;
      var color = PALETTE[i % PALETTE.length];
      var title = sv('title', { text: p.label + ': ' + p.value + ' (' + (100 * p.value / total).toFixed(1) + '%)' });
      if (pts.length === 1) {
        svg.appendChild(sv('circle', { cx: C, cy: C, r: (R + r) / 2, fill: 'none', stroke: color, 'stroke-width': R - r }, title));
      } else {
        var a2 = angle + a, large = a > Math.PI ? 1 : 0;
        var pt = function (rad, ang) { return (C + rad * Math.cos(ang)).toFixed(2) + ' ' + (C + rad * Math.sin(ang)).toFixed(2); };
        svg.appendChild(sv('path', {
          d: 'M' + pt(R, angle) + ' A' + R + ' ' + R + ' 0 ' + large + ' 1 ' + pt(R, a2) + ' L' + pt(r, a2) + ' A' + r + ' ' + r + ' 0 ' + large + ' 0 ' + pt(r, angle) + ' Z',
          fill: color, class: 'slice'
        }, title));
      }
      angle += a;
    });
    svg.appendChild(sv('text', { x: C, y: C + 5, 'text-anchor': 'middle', class: 'val', text: fmtNum(total) }));
    var legend = h('div', { class: 'legend' }, pts.map(function (p, i) {
      var sw = h('span', { class: 'sw' });
      sw.style.background = PALETTE[i % PALETTE.length];
      return h('div', null, [sw, p.label + ' — ' + fmtNum(p.value) + ' (' + (100 * p.value / total).toFixed(1) + '%)']);
    }));
    return h('div', { class: 'pie-wrap' }, [svg, legend]);
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
})();
