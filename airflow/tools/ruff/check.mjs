// Ruff over the Airflow project's Python: every lint finding and every file `ruff format` would
// change is printed as path:row:col and fails the run. `node check.mjs --fix` rewrites the files
// with ruff's formatter and its safe fixes instead. Settings: ruff.json beside this script.
// Ruff comes from the npm registry as WebAssembly (PyPI, where ruff is usually installed from, is
// out of reach of the build machines); the version is pinned in package-lock.json.
import { Workspace, PositionEncoding } from "@astral-sh/ruff-wasm-nodejs";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const fix = process.argv.includes("--fix");
const settings = JSON.parse(fs.readFileSync(path.join(here, "ruff.json"), "utf8"));
const workspace = new Workspace(settings, PositionEncoding.Utf16);

function pythonFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      return ["node_modules", "__pycache__", ".pytest_cache"].includes(e.name) ? [] : pythonFiles(p);
    }
    return e.name.endsWith(".py") ? [p] : [];
  });
}

/** Applies the edits of every fixable finding, last first, so earlier offsets stay valid. */
function applyFixes(source, diagnostics) {
  const lines = source.split("\n");
  const offset = (loc) =>
    lines.slice(0, loc.row - 1).reduce((n, l) => n + l.length + 1, 0) + loc.column - 1;
  const edits = diagnostics
    .flatMap((d) => (d.fix ? d.fix.edits : []))
    .map((e) => ({ from: offset(e.location), to: offset(e.end_location), text: e.content ?? "" }))
    .sort((a, b) => b.from - a.from);
  let out = source;
  let limit = Infinity;
  for (const e of edits) {
    if (e.to <= limit) {
      out = out.slice(0, e.from) + e.text + out.slice(e.to);
      limit = e.from;
    }
  }
  return out;
}

let problems = 0;
for (const file of ["dags", "include", "tests"].flatMap((d) => pythonFiles(path.join(root, d)))) {
  const rel = path.relative(root, file);
  let source = fs.readFileSync(file, "utf8");
  if (fix) {
    for (let pass = 0; pass < 3; pass++) {
      source = workspace.format(applyFixes(source, workspace.check(source)));
    }
    fs.writeFileSync(file, source);
  }
  for (const d of workspace.check(source)) {
    problems++;
    const at = `${rel}:${d.start_location.row}:${d.start_location.column}`;
    console.log(`${at}: ${d.code ?? "syntax"} ${d.message}`);
  }
  if (workspace.format(source) !== source) {
    problems++;
    console.log(`${rel}: not formatted (node tools/ruff/check.mjs --fix formats it)`);
  }
}
console.log(`ruff ${Workspace.version()}: ${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
