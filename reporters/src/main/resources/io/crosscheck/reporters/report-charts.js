// Part of the report's script: a step's report items; charts drawn as inline SVG.
var PALETTE = ['#0969da', '#1a7f37', '#bc4c00', '#8250df', '#cf222e', '#1b7c83', '#9a6700', '#bf3989', '#57606a', '#4d2d00'];
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
