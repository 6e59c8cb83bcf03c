// Part of the report's script: values of steps as paged tables (lists of maps) or collapsible JSON trees.
var ROWS_PAGE = 50;
var JSON_ITEMS = 100;

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
  if (arr && n <= 24 && v.every(function (x) { return x === null || typeof x !== 'object'; })) {
    var line = '[' + v.map(function (x) { return JSON.stringify(x); }).join(', ') + ']';
    if (line.length <= 80) return h('div', { class: 'kv' }, [keyEl, h('span', { class: 'j-inline', text: line })]);
  }
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
