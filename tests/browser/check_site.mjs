#!/usr/bin/env node
// Checks every .html page under a folder in a real browser and for HTML validity.
//
//   node tests/browser/check_site.mjs <dir>        check a built site
//   node tests/browser/check_site.mjs --self-test  prove the checks catch a bad page
//
// For each page: serve it from 127.0.0.1, open it in Debian's Chromium
// (playwright-core, never a downloaded browser), then
//   - measure a test string: zero width means no fonts, and axe would then
//     skip colour contrast without saying so;
//   - run axe-core (WCAG 2.0/2.1/2.2 A and AA, plus heading-order and
//     td-has-header, which those tags leave out);
//   - fail on console errors, page errors, failed or off-site requests;
//   - run html-validate with .htmlvalidate.json beside this script.
// Prints each problem, then "browser: N pages, V violations" and
// "pages: N passed, M failed". Exits 1 on any failure, 2 on a usage error.
//
// Install once with: (cd tests/browser && npm ci --ignore-scripts)

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { HtmlValidate, StaticConfigLoader } from "html-validate";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const AXE_FILE = path.join(HERE, "node_modules", "axe-core", "axe.min.js");
const AXE_URL = "/__check_site__/axe.min.js";
const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
  "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync",
];
const AXE_OPTIONS = {
  runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
  rules: { "heading-order": { enabled: true }, "td-has-header": { enabled: true } },
  resultTypes: ["violations"],
};
const FONT_PROBE = "Police and Crime Panel £1,234 – Monday 20 January 2025";

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8", ".htm": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8", ".json": "application/json",
  ".txt": "text/plain; charset=utf-8", ".svg": "image/svg+xml",
  ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
  ".gif": "image/gif", ".webp": "image/webp", ".ico": "image/x-icon",
  ".woff": "font/woff", ".woff2": "font/woff2", ".ttf": "font/ttf",
  ".otf": "font/otf", ".pdf": "application/pdf", ".csv": "text/csv; charset=utf-8",
};

// Every .html file under dir, as sorted paths relative to it with "/" separators.
function findPages(dir) {
  const pages = [];
  const walk = (rel) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile() && /\.html?$/i.test(entry.name)) pages.push(child);
    }
  };
  walk("");
  return pages.sort();
}

// A static file server for dir on 127.0.0.1 at a free port; also serves axe.
async function startServer(dir) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file = urlPath === AXE_URL ? AXE_FILE : path.join(root, urlPath);
    if (urlPath !== AXE_URL && file !== root && !file.startsWith(root + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
      const body = fs.readFileSync(file);
      const type = CONTENT_TYPES[path.extname(file).toLowerCase()] || "application/octet-stream";
      res.writeHead(200, { "Content-Type": type, "Content-Length": body.length });
      res.end(req.method === "HEAD" ? undefined : body);
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}

// Browser checks for every page; returns a map page -> list of problem strings.
// The number of pages of a PDF, read by poppler's pdfinfo.
function pdfPages(file) {
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  return Number(/^Pages:\s+(\d+)/m.exec(info)[1]);
}

// Fidelity: where a page has its PDF beside it (agenda.html, agenda.pdf, or
// agenda-members.pdf in the members' tree when it holds exempt material),
// Chromium's print of the page with the same stylesheet must come within 10%
// of our page count (at least one page of slack for short papers).
async function comparePageCount(page, dir, rel) {
  const ours = [".pdf", "-members.pdf"]
    .map((suffix) => path.join(dir, rel.replace(/\.html?$/i, suffix)))
    .find((file) => fs.existsSync(file));
  if (!ours) return null;
  const printed = path.join(os.tmpdir(), `check-site-${process.pid}.pdf`);
  // The members' notice is web chrome that prints above the paper (so a
  // printout says whose it is); our PDF carries its own marks instead, so the
  // paper is compared without it.
  await page.addStyleTag({ content: "@media print { .restricted { display: none; } }" });
  await page.pdf({ path: printed, preferCSSPageSize: true, printBackground: true });
  const theirs = pdfPages(printed);
  fs.rmSync(printed, { force: true });
  const mine = pdfPages(ours);
  pageCounts.push(`${rel}: panelpack ${mine}, Chromium ${theirs}`);
  const slack = Math.max(1, Math.round(theirs * 0.1));
  if (Math.abs(mine - theirs) > slack)
    return `fidelity: our PDF has ${mine} pages, Chromium's print of this page ${theirs} (more than 10% apart)`;
  return null;
}
const pageCounts = [];

async function browserCheck(dir, pages) {
  const problems = new Map(pages.map((p) => [p, []]));
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), "check-site-"));
  const { server, base } = await startServer(dir);
  let context;
  try {
    for (const sub of ["profile", "config", "cache"]) fs.mkdirSync(path.join(temp, sub));
    context = await chromium.launchPersistentContext(path.join(temp, "profile"), {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      env: { ...process.env, XDG_CONFIG_HOME: path.join(temp, "config"), XDG_CACHE_HOME: path.join(temp, "cache") },
    });
    const page = context.pages()[0] || (await context.newPage());
    let current = []; // problems of the page being visited
    let failedUrls = new Set(); // its failed requests, each reported once
    const requestFailed = (url, why) => {
      if (!failedUrls.has(url)) current.push(`request failed: ${url} (${why})`);
      failedUrls.add(url);
    };
    // Only our own server is reachable: anything else is a failure, not a wait.
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(base + "/")) return route.continue();
      requestFailed(url, "off the site: a page may load only its own files");
      return route.abort("blockedbyclient");
    });
    page.on("console", (msg) => {
      // Chromium logs each failed load too; requestFailed already names its URL.
      if (msg.type() === "error" && !msg.text().startsWith("Failed to load resource")) {
        current.push(`console error: ${msg.text()}`);
      }
    });
    page.on("pageerror", (err) => current.push(`page error: ${err.message}`));
    page.on("requestfailed", (req) => requestFailed(req.url(), req.failure()?.errorText ?? "unknown"));
    page.on("response", (resp) => {
      if (resp.status() >= 400) requestFailed(resp.url(), `HTTP ${resp.status()}`);
    });

    for (const rel of pages) {
      current = problems.get(rel);
      failedUrls = new Set();
      const url = `${base}/${rel.split("/").map(encodeURIComponent).join("/")}`;
      try {
        await page.goto(url, { waitUntil: "load", timeout: 20000 });
        const width = await page.evaluate((text) => {
          const span = document.createElement("span");
          span.textContent = text;
          document.body.appendChild(span);
          const w = span.getBoundingClientRect().width;
          span.remove();
          return w;
        }, FONT_PROBE);
        if (!(width > 0)) current.push("fonts: test string has zero width (no fonts; axe would skip contrast)");
        await page.addScriptTag({ url: AXE_URL });
        const violations = await page.evaluate(
          async (options) => (await window.axe.run(document, options)).violations, AXE_OPTIONS);
        for (const v of violations) {
          const targets = v.nodes.map((n) => n.target.join(" ")).join(", ");
          current.push(`axe ${v.id} (${v.impact}): ${v.help} [${targets}]`);
        }
        const fidelity = await comparePageCount(page, dir, rel);
        if (fidelity) current.push(fidelity);
      } catch (err) {
        current.push(`could not check page: ${err.message.split("\n")[0]}`);
      }
    }
    current = [];
  } finally {
    if (context) await context.close();
    server.close();
    fs.rmSync(temp, { recursive: true, force: true });
  }
  return problems;
}

// html-validate on every page; appends to problems.
async function validateHtml(dir, pages, problems) {
  const config = JSON.parse(fs.readFileSync(path.join(HERE, ".htmlvalidate.json"), "utf8"));
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  for (const rel of pages) {
    const report = await validator.validateFile(path.join(dir, rel));
    for (const result of report.results) {
      for (const m of result.messages) {
        problems.get(rel).push(`html-validate ${m.ruleId} at ${m.line}:${m.column}: ${m.message}`);
      }
    }
  }
}

async function checkDir(dir) {
  const pages = findPages(dir);
  const problems = await browserCheck(dir, pages);
  await validateHtml(dir, pages, problems);
  return { pages, problems };
}

function report({ pages, problems }) {
  let failed = 0, violations = 0;
  if (pages.length === 0) {
    console.log("FAIL no .html files found: nothing was checked");
    failed = 1;
  }
  for (const rel of pages) {
    const list = problems.get(rel);
    if (list.length === 0) continue;
    failed++;
    violations += list.length;
    console.log(`FAIL ${rel}`);
    for (const p of list) console.log(`  ${p}`);
  }
  console.log(`browser: ${pages.length} pages, ${violations} violations`);
  for (const line of pageCounts) console.log(`page count ${line}`);
  console.log(`pages: ${Math.max(pages.length - failed, 0)} passed, ${failed} failed`);
  return failed === 0;
}

// Runs the checks on fixtures/: good.html must pass, bad.html must show each
// planted fault. Proves the harness detects what it claims to.
async function selfTest() {
  const { problems } = await checkDir(path.join(HERE, "fixtures"));
  const bad = problems.get("bad.html") ?? [];
  const expectations = [
    ["good.html passes every check", (problems.get("good.html") ?? ["missing"]).length === 0],
    ...[
      "axe image-alt", "axe heading-order", "axe td-has-header", "axe color-contrast",
      "axe html-has-lang", "console error", "page error", "missing.css (HTTP 404)",
      "example.org/logo.png (off the site",
      "html-validate",
    ].map((needle) => [`bad.html: ${needle} detected`, bad.some((p) => p.includes(needle))]),
  ];
  let passed = 0;
  for (const [name, ok] of expectations) {
    console.log(`${ok ? "ok  " : "FAIL"} ${name}`);
    if (ok) passed++;
  }
  if (passed < expectations.length) {
    console.log("problems found on the fixtures:");
    for (const [page, list] of problems) for (const p of list) console.log(`  ${page}: ${p}`);
  }
  console.log(`self-test: ${passed} passed, ${expectations.length - passed} failed`);
  return passed === expectations.length;
}

async function main(argv) {
  if (argv.length === 1 && argv[0] === "--self-test") return (await selfTest()) ? 0 : 1;
  if (argv.length !== 1 || argv[0].startsWith("-")) {
    console.error("usage: node check_site.mjs <dir> | --self-test");
    return 2;
  }
  const dir = argv[0];
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    console.error(`check_site: ${dir} is not a folder`);
    return 2;
  }
  return report(await checkDir(dir)) ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2)).catch((err) => {
  console.error(`check_site: ${err.stack || err}`);
  return 1;
});
