// ---------- evidence: what the services logged about the scenario run's trace (spec §8) ----------
function hasEvidence(s) {
  return (s.evidence && s.evidence.length) || (s.evidenceFailures && s.evidenceFailures.length);
}

// the first failing top-level step: the evidence shows beside it (or after the steps of a passed run)
function failedStepIndex(s) {
  for (var j = 0; j < s.steps.length; j++) {
    if (s.steps[j].status === 'FAILED' || s.steps[j].status === 'ERROR') return j;
  }
  return -1;
}

function sameLine(a, b) {
  return a && b && a.source === b.source && a.time === b.time && a.service === b.service
    && a.level === b.level && a.message === b.message;
}

function evidenceBox(s, step) {
  var box = h('div', { class: 'evidence' });
  box.appendChild(h('h3', { text: 'Evidence' }));
  if (s.traceId) box.appendChild(h('p', { class: 'ev-trace' }, ['trace id ', h('b', { class: 'mono', text: s.traceId })]));
  if (s.culprit) {
    box.appendChild(h('div', { class: 'ev-culprit' }, ['likely culprit: ', h('b', { text: s.culprit.service || s.culprit.source }),
      (s.culprit.time ? ' at ' + s.culprit.time : '') + ' — ' + s.culprit.message]));
  }
  var lines = s.evidence || [];
  if (lines.length) {
    var marked = false;
    var rows = lines.map(function (l) {
      var culprit = !marked && sameLine(l, s.culprit);
      if (culprit) marked = true;
      return h('tr', { class: culprit ? 'ev-row culprit' : 'ev-row' }, [
        h('td', { text: l.time || '' }), h('td', { text: l.service }), h('td', { class: 'lvl lvl-' + String(l.level).toUpperCase(), text: l.level }),
        h('td', null, [culprit ? h('span', { class: 'ev-mark', text: 'likely culprit' }) : null, h('span', { class: 'ev-msg', text: l.message })]),
        h('td', { text: l.source })
      ]);
    });
    box.appendChild(h('table', { class: 'grid ev-timeline' }, [
      h('thead', null, h('tr', null, ['time', 'service', 'level', 'message', 'source'].map(function (t) { return h('th', { text: t }); }))),
      h('tbody', null, rows)
    ]));
  } else {
    box.appendChild(h('p', { class: 'muted', text: 'No source had a line for this trace.' }));
  }
  (s.evidenceFailures || []).forEach(function (f) {
    box.appendChild(h('div', { class: 'ev-failure' }, ['source ', h('b', { text: f.source }), ' did not answer: ' + f.reason]));
  });
  if (step && isObj(step.request) && Object.keys(step.request).length) {
    box.appendChild(h('h3', { text: 'Request that carried the trace (' + step.name + ')' }));
    box.appendChild(valueView(step.request));
  }
  return box;
}
