// Part of the report's script (see report.ftlh, which wraps the parts in one function scope):
// DOM builders that only ever set text, and formatting.
var SVGNS = 'http://www.w3.org/2000/svg';
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
