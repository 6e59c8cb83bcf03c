// Runs yaml-language-server, the engine of VS Code's YAML extension, over crosscheck's schemas and prints what an
// editor would show as JSON: the problems of each file given, and the hover of every key in them.
// node editor-check.js SCHEMA_DIR FILE...   (crosscheck.yaml files get the config schema, the rest the scenario one)
const path = require('path');
const fs = require('fs');
const { getLanguageService } = require('yaml-language-server/lib/umd/languageservice/yamlLanguageService');
const { TextDocument } = require('vscode-languageserver-textdocument');

const [schemaDir, ...files] = process.argv.slice(2);
const schemaUri = name => 'file://' + path.resolve(schemaDir, name);
const service = getLanguageService({
  schemaRequestService: uri => Promise.resolve(fs.readFileSync(new URL(uri), 'utf8')),
  workspaceContext: { resolveRelativePath: (rel, resource) => new URL(rel, resource).toString() },
});
service.configure({ validate: true, hover: true, completion: true, schemas: [
  { uri: schemaUri('scenario.schema.json'), fileMatch: ['*.scenario.yaml'] },
  { uri: schemaUri('crosscheck.schema.json'), fileMatch: ['crosscheck.yaml'] },
] });

async function check(file) {
  // the name decides the schema; modelines are dropped so that the mapping, not a relative path, decides
  const text = fs.readFileSync(file, 'utf8').replace(/^# yaml-language-server:.*$/m, '#');
  const name = path.basename(file) === 'crosscheck.yaml' ? 'crosscheck.yaml' : path.basename(file) + '.scenario.yaml';
  const doc = TextDocument.create('file:///workspace/' + name, 'yaml', 1, text);
  const problems = (await service.doValidation(doc, false)).map(d => ({ line: d.range.start.line + 1, message: d.message }));
  const hovers = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*(?:-\s+)?)([A-Za-z_][\w.]*):/.exec(lines[i]);
    if (!m) continue;
    const hover = await service.doHover(doc, { line: i, character: m[1].length + 1 });
    if (!hover) continue;
    const value = hover.contents.value || String(hover.contents);
    const heading = (/^#### (.*)$/m.exec(value) || [null, ''])[1];
    const examples = [...value.matchAll(/```yaml\n([\s\S]*?)\n```/g)].map(x => x[1]);
    hovers.push({ line: i + 1, key: m[2], heading, examples });
  }
  return { file, problems, hovers };
}

(async () => {
  const out = [];
  for (const f of files) out.push(await check(f));
  process.stdout.write(JSON.stringify(out));
})().catch(e => { console.error(e); process.exit(1); });
