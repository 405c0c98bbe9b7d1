#!/usr/bin/env node
// Accessibility checks of the performance annex pages beyond axe, in Debian's Chromium:
//
//   node tests/browser/check_annex.mjs <dir>   every annex.html under a built site
//
// For each annex page:
//   - shapes: special-cause months differ in shape as well as colour (common cause circles,
//     improvement squares, concern triangles, neutral diamonds); each chart's legend and
//     "Reading the charts" name the shapes;
//   - contrast: every SVG stroke reaches 3:1 against white, every text fill 4.5:1, every other
//     fill 3:1 unless the shape has such an outline (its boundary), computed by the browser
//     (currentColor resolved);
//   - reflow: at 320 CSS px the page does not scroll sideways; a wider chart or table scrolls
//     inside its own region, which has a name and is focusable; chart text does not shrink there
//     (it grows with zoom);
//   - forced colours: with forced-colors active on a dark scheme, a chart's axis labels still
//     contrast with the page (computed), and a screenshot of each chart shows marks in the
//     foreground colour;
//   - print: the page prints on A4;
//   - names: every table has an accessible name (Chromium's accessibility tree); a chart's
//     summary is announced once (no description repeating the caption); links with the same
//     name lead to the same place; icons are hidden from the accessibility tree, so their names
//     are not read beside the same words.
// Prints each problem, then "annex: N pages, M problems". Exits 1 on any problem, 2 on a usage
// error. Install once with: (cd tests/browser && npm ci --ignore-scripts)

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";

const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"];

function annexPages(dir) {
  const out = [];
  const walk = (rel) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(child);
      else if (e.name === "annex.html") out.push(child);
    }
  };
  walk("");
  return out.sort();
}

async function serve(dir) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const file = path.join(root, decodeURIComponent(new URL(req.url, "http://x").pathname));
    if (!file.startsWith(root + path.sep)) return res.writeHead(403).end();
    try {
      const body = fs.readFileSync(file);
      const type = file.endsWith(".css") ? "text/css" : file.endsWith(".html") ? "text/html; charset=utf-8"
                                                                                 : "application/octet-stream";
      res.writeHead(200, { "Content-Type": type }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}

// Runs in the page: contrast of every SVG mark against white.
function svgContrast() {
  const rgb = (s) => {
    const m = /rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)/.exec(s);
    return m && (m[4] === undefined || Number(m[4]) > 0) ? [m[1], m[2], m[3]].map(Number) : null;
  };
  const lum = ([r, g, b]) => {
    const c = [r, g, b].map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const ratio = (c) => 1.05 / (lum(c) + 0.05);
  const problems = [];
  const marks = document.querySelectorAll(".annex svg line, .annex svg path, .annex svg rect, .annex svg circle, " +
                                          ".annex svg polyline, .annex svg text");
  for (const el of marks) {
    const cs = getComputedStyle(el);
    const where = `${el.closest("[id]")?.id ?? "?"} <${el.tagName}>${el.tagName === "text" ? ` '${el.textContent}'` : ""}`;
    const stroke = cs.stroke === "none" ? null : rgb(cs.stroke);
    const fill = cs.fill === "none" ? null : rgb(cs.fill);
    const strokeOk = stroke && Number(cs.strokeWidth.replace("px", "")) > 0 && ratio(stroke) >= 3;
    if (stroke && ratio(stroke) < 3) problems.push(`${where}: stroke ${cs.stroke} is ${ratio(stroke).toFixed(2)}:1`);
    if (!fill) continue;
    if (el.tagName === "text") {
      if (ratio(fill) < 4.5) problems.push(`${where}: text ${cs.fill} is ${ratio(fill).toFixed(2)}:1`);
    } else if (ratio(fill) < 3 && !strokeOk) {
      problems.push(`${where}: fill ${cs.fill} is ${ratio(fill).toFixed(2)}:1 with no outline of 3:1`);
    }
  }
  return { problems, count: marks.length };
}

// Runs in the page: the shapes of the special-cause points and the words that name them.
function shapes() {
  const problems = [];
  const note = document.querySelector(".annex-method")?.textContent ?? "";
  for (const words of ["blue squares", "orange triangles", "purple diamonds", "grey circles"])
    if (!note.includes(words)) problems.push(`"Reading the charts" does not name ${words}`);
  const fills = { "rgb(0, 176, 240)": "rect", "rgb(228, 108, 10)": "path", "rgb(73, 0, 146)": "path",
                  "rgb(166, 166, 166)": "circle" };
  let special = 0;
  for (const svg of document.querySelectorAll("figure.chart svg")) {
    const title = svg.querySelector("title")?.textContent ?? "";
    if (!title.startsWith("SPC chart")) continue;
    const legend = svg.textContent;
    if (!legend.includes("Common cause (circle)")) problems.push(`${title}: the legend does not name the circle`);
    for (const el of svg.querySelectorAll("rect, path, circle")) {
      const want = fills[getComputedStyle(el).fill];
      if (!want) continue;
      if (el.tagName !== want) problems.push(`${title}: a ${getComputedStyle(el).fill} point is a <${el.tagName}>`);
      if (want !== "circle") special++;
    }
  }
  return { problems, special };
}

// Runs in the page at 320 px: sideways scrolling, and the scroll regions' names and focus.
function reflow() {
  const problems = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth + 1)
    problems.push(`at ${doc.clientWidth}px the page is ${doc.scrollWidth}px wide (it scrolls sideways)`);
  for (const region of document.querySelectorAll(".chart-scroll, .table-scroll")) {
    if (region.scrollWidth <= region.clientWidth) continue;
    const named = region.getAttribute("aria-label") || region.getAttribute("aria-labelledby");
    // a named <section> is a region landmark
    const isRegion = region.tagName === "SECTION" || region.getAttribute("role") === "region";
    if (!isRegion || !named || region.tabIndex !== 0)
      problems.push(`a scrolling ${region.className} is not a named, focusable region`);
  }
  const label = document.querySelector("figure.chart svg text");
  return { problems, labelHeight: label ? label.getBoundingClientRect().height : 0 };
}

// Runs in the page: links with the same text lead to the same place.
function links() {
  const byName = new Map();
  for (const a of document.querySelectorAll(".annex a[href]")) {
    const name = a.textContent.replace(/\s+/g, " ").trim();
    if (!byName.has(name)) byName.set(name, new Set());
    byName.get(name).add(a.getAttribute("href"));
  }
  return [...byName].filter(([, hrefs]) => hrefs.size > 1).map(([name, hrefs]) =>
    `${hrefs.size} links named '${name}' lead to different places`);
}

// Counts pixels of a PNG screenshot (drawn on a canvas in a blank page) that stand out from the
// colour of its corner (the background).
async function foregroundPixels(page, png) {
  return page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = img.width;
    c.height = img.height;
    const g = c.getContext("2d");
    g.drawImage(img, 0, 0);
    const px = g.getImageData(0, 0, c.width, c.height).data;
    const y = (i) => 0.2126 * px[i] + 0.7152 * px[i + 1] + 0.0722 * px[i + 2];
    const bg = y(0);
    let n = 0;
    for (let i = 0; i < px.length; i += 4) if (Math.abs(y(i) - bg) > 100) n++;
    return n;
  }, png.toString("base64"));
}

async function checkPage(browser, base, rel) {
  const problems = [];
  const url = `${base}/${rel}`;
  const wide = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await wide.goto(url, { waitUntil: "load" });
  const contrast = await wide.evaluate(svgContrast);
  if (contrast.count === 0) problems.push("no chart marks found");
  problems.push(...contrast.problems);
  const s = await wide.evaluate(shapes);
  problems.push(...s.problems);
  problems.push(...(await wide.evaluate(links)));
  const wideLabel = (await wide.evaluate(reflow)).labelHeight;

  // Accessible names from Chromium's own accessibility tree.
  const cdp = await wide.context().newCDPSession(wide);
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  let tables = 0;
  for (const n of nodes) {
    const role = n.role?.value;
    const name = (n.name?.value ?? "").trim();
    if (role === "table") {
      tables++;
      if (!name) problems.push(`a table has no accessible name`);
    }
    if (role === "image" && name.startsWith("SPC chart") && (n.description?.value ?? "") !== "")
      problems.push(`${name}: its summary is announced as its description as well as its caption`);
    if (role === "image" && /^(Special cause|Common cause|Assurance)/.test(name))
      problems.push(`an icon named '${name}' repeats the words beside it`);
  }
  if (tables === 0) problems.push("no tables found in the accessibility tree");
  // Printing the page: A4, from the stylesheet's @page.
  const printed = path.join(os.tmpdir(), `check-annex-${process.pid}.pdf`);
  await wide.pdf({ path: printed, preferCSSPageSize: true });
  const size = /^Page size:.*$/m.exec(execFileSync("pdfinfo", [printed], { encoding: "utf8" }))?.[0] ?? "";
  fs.rmSync(printed, { force: true });
  if (!size.includes("(A4)")) problems.push(`printed, the page is not A4 (${size})`);
  await wide.close();

  const narrow = await browser.newPage({ viewport: { width: 320, height: 640 } });
  await narrow.goto(url, { waitUntil: "load" });
  const r = await narrow.evaluate(reflow);
  problems.push(...r.problems);
  if (r.labelHeight < wideLabel * 0.8)
    problems.push(`chart text shrinks at 320px (${r.labelHeight.toFixed(1)}px against ${wideLabel.toFixed(1)}px)`);
  await narrow.close();

  const forced = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await forced.emulateMedia({ forcedColors: "active", colorScheme: "dark" });
  await forced.goto(url, { waitUntil: "load" });
  const fc = await forced.evaluate(() => {
    const parse = (s) => (/rgba?\(([\d.]+), ([\d.]+), ([\d.]+)/.exec(s) || []).slice(1).map(Number);
    const lum = (c) => c.map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
      .reduce((a, v, i) => a + v * [0.2126, 0.7152, 0.0722][i], 0);
    const label = document.querySelector("figure.chart svg text");
    let bgEl = label;
    let bg = "rgba(0, 0, 0, 0)";
    while (bgEl && /rgba\(0, 0, 0, 0\)|transparent/.test(bg)) {
      bg = getComputedStyle(bgEl).backgroundColor;
      bgEl = bgEl.parentElement;
    }
    const [a, b] = [lum(parse(getComputedStyle(label).fill)), lum(parse(bg))];
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  });
  if (fc < 4.5) problems.push(`forced colours: chart labels are ${fc.toFixed(2)}:1 against the page`);
  const charts = await forced.locator("figure.chart svg").all();
  for (const chart of charts.slice(0, 3)) {
    const shot = await chart.screenshot();
    const n = await foregroundPixels(forced, shot);
    if (n < 500) problems.push(`forced colours: a chart shows only ${n} pixels that stand out from its background`);
  }
  await forced.close();
  return { problems, special: s.special };
}

async function main(argv) {
  if (argv.length !== 1 || !fs.existsSync(argv[0])) {
    console.error("usage: node check_annex.mjs <dir>");
    return 2;
  }
  const pages = annexPages(argv[0]);
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), "check-annex-"));
  const { server, base } = await serve(argv[0]);
  const browser = await chromium.launch({
    executablePath: CHROMIUM, args: ARGS,
    env: { ...process.env, XDG_CONFIG_HOME: temp, XDG_CACHE_HOME: temp },
  });
  let total = 0, special = 0;
  try {
    if (pages.length === 0) {
      console.log("FAIL no annex.html found: nothing was checked");
      total++;
    }
    for (const rel of pages) {
      const r = await checkPage(browser, base, rel);
      special += r.special;
      if (r.problems.length) console.log(`FAIL ${rel}`);
      for (const p of r.problems) console.log(`  ${p}`);
      total += r.problems.length;
    }
  } finally {
    await browser.close();
    server.close();
    fs.rmSync(temp, { recursive: true, force: true });
  }
  console.log(`annex: ${pages.length} pages, ${special} special-cause points, ${total} problems`);
  return total === 0 ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2)).catch((err) => {
  console.error(`check_annex: ${err.stack || err}`);
  return 1;
});
