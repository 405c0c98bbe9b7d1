#!/usr/bin/env node
// Checks the website of a built output folder (its public/ and members/ trees):
//
//   node tests/browser/check_web.mjs <out> [--search PHRASE --expect PATH] [--screenshots DIR]
//   node tests/browser/check_web.mjs --self-test   prove the checks find what they claim
//
//   - every page, opened from disk (file://) in Debian's Chromium at 320 px
//     wide, loads all it needs and does not scroll sideways; a screenshot of
//     each goes to DIR (default: a temporary folder, printed);
//   - links: every href and src of every page, and every address in the
//     feeds and the sitemap, leads to a file of the same tree (an id for a
//     #fragment); nothing in the public tree leads into the members' tree;
//   - feeds: each .atom parses as XML (fast-xml-parser) and has what RFC 4287
//     requires, with unique entry ids; each .ics parses as iCalendar
//     (ical.js) and every event has a unique UID, DTSTAMP and DTSTART;
//     sitemap.xml parses and lists only public pages; the members' tree has
//     no feeds, sitemap or robots.txt, and every members' page is noindex;
//   - search: with --search, public/search.html (served over HTTP, as search
//     needs) finds PHRASE and lists a result linking to PATH.
// Prints each problem and "web: N pages, M problems"; exits 1 on any problem.

import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import ICAL from "ical.js";

const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync", "--allow-file-access-from-files"];
const TYPES = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript",
  ".json": "application/json", ".png": "image/png", ".wasm": "application/wasm" };

const problems = [];
const problem = (where, what) => problems.push(`${where}: ${what}`);

function walk(dir, rel = "") {
  const out = [];
  if (!fs.existsSync(path.join(dir, rel))) return out;
  for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...walk(dir, child));
    else out.push(child);
  }
  return out.sort();
}

const decodeEntities = (s) => s.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&apos;/g, "'")
  .replace(/&lt;/g, "<").replace(/&gt;/g, ">");

// The ids of an HTML file, for #fragments.
const idCache = new Map();
function idsOf(file) {
  if (!idCache.has(file)) {
    const html = fs.readFileSync(file, "utf8");
    idCache.set(file, new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decodeEntities(m[1]))));
  }
  return idCache.get(file);
}

// Checks one address found in tree file `from` (relative to the tree root).
function checkLink(out, tree, from, raw, siteUrl) {
  let url = decodeEntities(raw);
  if (/^(mailto|tel):/i.test(url)) return;
  if (siteUrl && url.startsWith(siteUrl)) {
    url = url.slice(siteUrl.length);
    from = "";  // absolute under the site: from the tree's root
  } else if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//")) {
    return;  // another site
  }
  const [beforeHash, fragment] = url.split("#");
  const target = beforeHash.split("?")[0];
  const root = path.join(out, tree);
  let file = target === "" ? path.join(root, from) : path.resolve(path.join(root, path.dirname(from)), decodeURI(target));
  if (file !== root && !file.startsWith(root + path.sep)) {
    problem(`${tree}/${from}`, `link ${raw} leads out of the ${tree} tree`);
    return;
  }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
  if (!fs.existsSync(file)) {
    problem(`${tree}/${from}`, `link ${raw} leads nowhere`);
    return;
  }
  if (fragment && file.endsWith(".html") && !idsOf(file).has(decodeURIComponent(fragment)))
    problem(`${tree}/${from}`, `link ${raw}: no id '${fragment}' there`);
}

function checkLinks(out, tree, files, siteUrl) {
  for (const rel of files) {
    const file = path.join(out, tree, rel);
    if (rel.endsWith(".html")) {
      const html = fs.readFileSync(file, "utf8");
      for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) checkLink(out, tree, rel, m[1], siteUrl);
      if (tree === "members" && !/<meta name="robots" content="noindex/.test(html))
        problem(`${tree}/${rel}`, "a members' page without noindex");
    } else if (rel.endsWith(".atom")) {
      const xml = fs.readFileSync(file, "utf8");
      for (const m of xml.matchAll(/\shref="([^"]*)"/g)) checkLink(out, tree, rel, m[1], siteUrl);
    } else if (rel.endsWith("sitemap.xml")) {
      const xml = fs.readFileSync(file, "utf8");
      for (const m of xml.matchAll(/<loc>([^<]*)<\/loc>/g)) {
        if (!siteUrl || !decodeEntities(m[1]).startsWith(siteUrl)) problem(`${tree}/${rel}`, `${m[1]} is not under the site's address`);
        else checkLink(out, tree, rel, m[1], siteUrl);
      }
    } else if (rel.endsWith(".ics")) {
      const text = fs.readFileSync(file, "utf8").replace(/\r\n[ \t]/g, "");
      for (const m of text.matchAll(/^URL:(.*)$/gm)) checkLink(out, tree, rel, m[1].trim(), siteUrl);
    }
  }
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const asList = (x) => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

function checkAtom(where, xml) {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return problem(where, `not well-formed XML (${valid.err.msg} at line ${valid.err.line})`);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(xml);
  const feed = doc.feed;
  if (!feed || feed["@xmlns"] !== "http://www.w3.org/2005/Atom") return problem(where, "no Atom <feed> element");
  const absolute = (id) => /^[a-z][a-z0-9+.-]*:/i.test(String(id));
  for (const el of ["id", "title", "updated"]) if (feed[el] === undefined) problem(where, `the feed has no <${el}>`);
  if (feed.id !== undefined && !absolute(feed.id)) problem(where, `the feed's id ${feed.id} is not an absolute IRI`);
  if (feed.updated !== undefined && !RFC3339.test(feed.updated)) problem(where, `the feed's updated ${feed.updated} is not RFC 3339`);
  const self = asList(feed.link).find((l) => l["@rel"] === "self");
  if (!self) problem(where, "no link rel=\"self\"");
  const ids = new Set();
  for (const entry of asList(feed.entry)) {
    for (const el of ["id", "title", "updated"]) if (entry[el] === undefined) problem(where, `an entry has no <${el}>`);
    if (!absolute(entry.id)) problem(where, `entry id ${entry.id} is not an absolute IRI`);
    if (ids.has(entry.id)) problem(where, `entry id ${entry.id} is used twice`);
    ids.add(entry.id);
    for (const d of ["updated", "published"]) if (entry[d] !== undefined && !RFC3339.test(entry[d])) problem(where, `entry ${d} ${entry[d]} is not RFC 3339`);
    const links = asList(entry.link);
    if (!links.some((l) => (l["@rel"] ?? "alternate") === "alternate")) problem(where, `entry ${entry.id} has no alternate link`);
    if (feed.author === undefined && entry.author === undefined) problem(where, `entry ${entry.id} has no author`);
  }
}

function checkCalendar(where, text) {
  let comp;
  try {
    comp = new ICAL.Component(ICAL.parse(text));
  } catch (err) {
    return problem(where, `not iCalendar (${err.message})`);
  }
  if (!/\r\n$/.test(text) || /[^\r]\n/.test(text)) problem(where, "lines do not all end in CRLF");
  for (const line of text.split("\r\n")) if (Buffer.byteLength(line) > 75) problem(where, `a line longer than 75 octets: ${line.slice(0, 40)}…`);
  if (comp.getFirstPropertyValue("version") !== "2.0") problem(where, "no VERSION:2.0");
  if (!comp.getFirstPropertyValue("prodid")) problem(where, "no PRODID");
  const tzids = new Set(comp.getAllSubcomponents("vtimezone").map((z) => z.getFirstPropertyValue("tzid")));
  const uids = new Set();
  for (const ev of comp.getAllSubcomponents("vevent")) {
    const uid = ev.getFirstPropertyValue("uid");
    if (!uid) problem(where, "an event has no UID");
    if (uids.has(uid)) problem(where, `UID ${uid} is used twice`);
    uids.add(uid);
    if (!ev.getFirstPropertyValue("dtstamp")) problem(where, `event ${uid} has no DTSTAMP`);
    const start = ev.getFirstProperty("dtstart");
    if (!start) problem(where, `event ${uid} has no DTSTART`);
    else if (start.getParameter("tzid") && !tzids.has(start.getParameter("tzid")))
      problem(where, `event ${uid} names time zone ${start.getParameter("tzid")}, which the file does not define`);
  }
}

function checkFeeds(out, files) {
  for (const tree of ["public", "members"])
    for (const rel of files[tree]) {
      const where = `${tree}/${rel}`;
      const text = () => fs.readFileSync(path.join(out, tree, rel), "utf8");
      if (rel.endsWith(".atom")) {
        if (tree === "members") problem(where, "a feed in the members' tree");
        else checkAtom(where, text());
      } else if (rel.endsWith(".ics")) {
        if (tree === "members" && !/\/meeting\.ics$/.test(rel)) problem(where, "a calendar feed in the members' tree");
        checkCalendar(where, text());
      } else if (rel === "sitemap.xml" || rel === "robots.txt") {
        if (tree === "members") problem(where, "in the members' tree");
        else if (rel === "sitemap.xml" && XMLValidator.validate(text()) !== true) problem(where, "not well-formed XML");
      }
      if (tree === "public" && /\.(atom|ics|xml|txt)$/.test(rel) && text().includes("members/"))
        problem(where, "names the members' tree");
    }
}

async function withBrowser(fn) {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), "check-web-"));
  let context;
  try {
    context = await chromium.launchPersistentContext(path.join(temp, "profile"), {
      executablePath: CHROMIUM, args: CHROMIUM_ARGS, viewport: { width: 320, height: 640 },
      env: { ...process.env, XDG_CONFIG_HOME: path.join(temp, "config"), XDG_CACHE_HOME: path.join(temp, "cache") },
    });
    return await fn(context.pages()[0] || (await context.newPage()));
  } finally {
    if (context) await context.close();
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

// Every page from disk at 320 px: all it loads is there, nothing scrolls sideways.
async function checkNarrow(page, out, files, shots) {
  let current = "";
  page.on("requestfailed", (req) => problem(current, `request failed: ${req.url()}`));
  let count = 0;
  for (const tree of ["public", "members"])
    for (const rel of files[tree].filter((f) => f.endsWith(".html"))) {
      current = `${tree}/${rel}`;
      await page.goto(pathToFileURL(path.join(out, tree, rel)).href, { waitUntil: "load" });
      const { scroll, width } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth }));
      if (scroll > width) problem(current, `scrolls sideways at 320 px (content ${scroll} px wide)`);
      await page.screenshot({ path: path.join(shots, current.replace(/\//g, "__") + ".png"), fullPage: false });
      count++;
    }
  return count;
}

// The public tree is served at the path of the site's address (/meetings/),
// as it is published: search results are addresses under it.
async function checkSearch(page, out, phrase, expect, siteUrl) {
  const root = path.join(out, "public");
  const prefix = siteUrl ? new URL(siteUrl).pathname : "/";
  const server = http.createServer((req, res) => {
    const wanted = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (!wanted.startsWith(prefix)) return res.writeHead(404).end();
    const file = path.join(root, wanted.slice(prefix.length));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory())
      return res.writeHead(404).end();
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream" });
    res.end(fs.readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const base = `http://127.0.0.1:${server.address().port}`;
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.goto(`${base}${prefix}search.html`, { waitUntil: "load" });
    const input = page.locator("pagefind-input input");
    await input.waitFor({ timeout: 10000 });
    await input.fill(phrase);
    const link = page.locator(`pagefind-results a[href*="${expect}"]`).first();
    try {
      await link.waitFor({ timeout: 10000 });
    } catch {
      const shown = await page.locator("pagefind-results").innerText().catch(() => "");
      problem("public/search.html", `searching for "${phrase}" lists no result linking to ${expect} (shown: ${shown.slice(0, 200)})`);
    }
  } finally {
    server.close();
  }
}

// Builds a small output folder with one fault of each kind the checks claim
// to find, and shows that each is found (and that a good page passes).
async function selfTest() {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "check-web-self-"));
  const page = (body, extra = "") => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">${extra}<title>t</title></head>` +
    `<body><main id="main">${body}</main></body></html>`;
  const write = (rel, text) => {
    fs.mkdirSync(path.dirname(path.join(out, rel)), { recursive: true });
    fs.writeFileSync(path.join(out, rel), text);
  };
  write("public/index.html", page('<a href="good.html#main">good</a> <a href="missing.html">gone</a> ' +
    '<a href="../members/index.html">members</a> <a href="good.html#nowhere">no id</a>'));
  write("public/good.html", page("<p>Fine.</p>"));
  write("public/wide.html", page('<div style="width:900px">wide</div>'));
  write("public/papers.atom", '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>' +
    "<updated>2025-01-01</updated><entry><id>x</id><title>e</title></entry></feed>");
  write("public/bad.ics", "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR\n");
  write("public/robots.txt", "User-agent: *\nDisallow: /members/\n");
  write("members/index.html", page("<p>Members.</p>"));
  write("members/papers.atom", "<feed/>");
  const expectations = [
    ["a link to a missing file", "link missing.html leads nowhere"],
    ["a link into the members' tree", "leads out of the public tree"],
    ["a missing #fragment", "no id 'nowhere'"],
    ["sideways scrolling at 320 px", "public/wide.html: scrolls sideways"],
    ["an Atom feed without an id", "the feed has no <id>"],
    ["an Atom date not in RFC 3339", "is not RFC 3339"],
    ["an Atom entry id that is not an IRI", "entry id x is not an absolute IRI"],
    ["iCalendar lines not ending in CRLF", "lines do not all end in CRLF"],
    ["an event without a UID", "an event has no UID"],
    ["a members' page without noindex", "a members' page without noindex"],
    ["a feed in the members' tree", "a feed in the members' tree"],
    ["a public file naming the members' tree", "robots.txt: names the members' tree"],
  ];
  try {
    const files = { public: walk(path.join(out, "public")), members: walk(path.join(out, "members")) };
    for (const tree of ["public", "members"]) checkLinks(out, tree, files[tree], "");
    checkFeeds(out, files);
    await withBrowser((p) => checkNarrow(p, out, files, fs.mkdtempSync(path.join(os.tmpdir(), "check-web-shots-"))));
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
  let passed = 0;
  for (const [name, needle] of expectations) {
    const ok = problems.some((p) => p.includes(needle));
    console.log(`${ok ? "ok  " : "FAIL"} ${name} is found`);
    if (ok) passed++;
  }
  const good = !problems.some((p) => p.startsWith("public/good.html"));
  console.log(`${good ? "ok  " : "FAIL"} a good page passes`);
  if (passed < expectations.length || !good) for (const p of problems) console.log(`  found: ${p}`);
  console.log(`self-test: ${passed + good} passed, ${expectations.length + 1 - passed - good} failed`);
  return passed === expectations.length && good ? 0 : 1;
}

async function main(argv) {
  if (argv.length === 1 && argv[0] === "--self-test") return selfTest();
  const args = { out: null, search: null, expect: null, shots: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--search") args.search = argv[++i];
    else if (argv[i] === "--expect") args.expect = argv[++i];
    else if (argv[i] === "--screenshots") args.shots = argv[++i];
    else if (!args.out && !argv[i].startsWith("-")) args.out = argv[i];
    else return console.error(`check_web: unknown argument ${argv[i]}`), 2;
  }
  if (!args.out || !fs.existsSync(path.join(args.out, "public")) || (args.search && !args.expect)) {
    console.error("usage: node check_web.mjs <out> [--search PHRASE --expect PATH] [--screenshots DIR]");
    return 2;
  }
  const files = { public: walk(path.join(args.out, "public")), members: walk(path.join(args.out, "members")) };
  const robots = path.join(args.out, "public", "robots.txt");
  const sitemapLine = fs.existsSync(robots) ? /^Sitemap: (.*)sitemap\.xml$/m.exec(fs.readFileSync(robots, "utf8")) : null;
  const siteUrl = sitemapLine ? sitemapLine[1] : "";
  for (const tree of ["public", "members"]) checkLinks(args.out, tree, files[tree], tree === "public" ? siteUrl : "");
  checkFeeds(args.out, files);
  const shots = args.shots ?? fs.mkdtempSync(path.join(os.tmpdir(), "screenshots-320-"));
  fs.mkdirSync(shots, { recursive: true });
  const pages = await withBrowser(async (page) => {
    const n = await checkNarrow(page, args.out, files, shots);
    if (args.search) await checkSearch(page, args.out, args.search, args.expect, siteUrl);
    return n;
  });
  for (const p of problems) console.log(`FAIL ${p}`);
  console.log(`screenshots at 320 px: ${shots}`);
  console.log(`web: ${pages} pages, ${files.public.length + files.members.length} files, ${problems.length} problems`);
  return problems.length === 0 ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2)).catch((err) => {
  console.error(`check_web: ${err.stack || err}`);
  return 1;
});
