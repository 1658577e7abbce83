// Times the npm package compromise on a corpus folder: people, places and organisations of every article.
//   node run.mjs MODULE_DIR CORPUS_DIR [RUNS]
// MODULE_DIR is where bench/compromise/setup installed it (bench/.cache/compromise). Reads every .md/.txt file,
// drops the front matter, and runs nlp(text) with .people(), .places() and .organizations() on each body, on
// this one thread (Node runs JavaScript on one). Prints one JSON line: articles, words, the seconds of each run
// (reading not counted), and how many names of each kind the last run found.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [moduleDir, corpusDir, runsArg] = process.argv.slice(2);
if (!moduleDir || !corpusDir) {
  console.error('usage: node run.mjs MODULE_DIR CORPUS_DIR [RUNS]');
  process.exit(2);
}
const runs = Number(runsArg ?? 3);
const entry = createRequire(join(resolve(moduleDir), 'package.json')).resolve('compromise');
const nlp = (await import(pathToFileURL(entry).href)).default;

const bodies = readdirSync(corpusDir)
  .filter((name) => /\.(md|txt)$/.test(name))
  .sort()
  .map((name) => {
    const text = readFileSync(join(corpusDir, name), 'utf8');
    const front = text.match(/^---\n[\s\S]*?\n---\n/);
    return front ? text.slice(front[0].length) : text;
  });
const words = bodies.reduce((sum, body) => sum + body.split(/\s+/).filter((w) => w.length > 0).length, 0);

// Warm-up (JIT, lexicon), not counted.
for (const body of bodies.slice(0, 20)) nlp(body).people().out('array');

const seconds = [];
let found = { people: 0, places: 0, organizations: 0 };
for (let run = 0; run < runs; run++) {
  found = { people: 0, places: 0, organizations: 0 };
  const started = process.hrtime.bigint();
  for (const body of bodies) {
    const doc = nlp(body);
    found.people += doc.people().out('array').length;
    found.places += doc.places().out('array').length;
    found.organizations += doc.organizations().out('array').length;
  }
  seconds.push(Number(process.hrtime.bigint() - started) / 1e9);
}
console.log(JSON.stringify({ articles: bodies.length, words, seconds, found }));
