// browser.js: the page of `parley serve` in Debian's Chromium, driven by npm's
// playwright-core.  Pastes the seed article (or examples/article.jsonl where
// ../shared is absent), checks that every highlighted span holds the words
// of its record, hovers an event and reads its CAMEO name, and with a
// database draws the timeline, the map and the events table.  Screenshots go
// to OUTDIR.  $PARLEY_BROWSER_ARTICLE names another article (JSON Lines, the
// first line) to paste: the README's picture is of examples/article.jsonl.
//
//     NODE_PATH=build/npm-web/node_modules node tests/browser.js URL OUTDIR [db]
"use strict";
const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");

const [url, outdir, withDb] = process.argv.slice(2);
const shared = process.env.PARLEY_SHARED || "../shared";
let failures = 0;
function check(ok, what) {
	if (ok) console.log("ok: " + what);
	else { failures++; console.log("FAIL: " + what); }
}

function article() {
	const seed = path.join(shared, "seed", "article.jsonl");
	const f = process.env.PARLEY_BROWSER_ARTICLE || (fs.existsSync(seed) ? seed : "examples/article.jsonl");
	const a = JSON.parse(fs.readFileSync(f, "utf8").split("\n")[0]);
	return { from: f, text: a.text, date: a.date };
}

function cameoNames() {
	const f = path.join(shared, "cameo", "cameo_eventcodes.tsv");
	const names = {};
	if (!fs.existsSync(f)) return null;
	for (const line of fs.readFileSync(f, "utf8").split("\n")) {
		const [code, name] = line.split("\t");
		if (/^\d{2,4}$/.test(code || "")) names[code] = name;
	}
	return names;
}

// Pastes text with its date, codes it, and checks that the page shows every
// record and highlights every part of it with exactly the words of its span.
async function pasteAndCheck(page, text, date, label) {
	await page.fill("#text", text);
	await page.fill("#date", date);
	await page.evaluate(() => { delete document.body.dataset.coded; });
	await page.click("#code-btn");
	await page.waitForSelector("body[data-coded]");

	// the records, asked for apart from the page
	const res = await fetch(url + "code?date=" + date, {
		method: "POST", headers: { "Content-Type": "text/plain", "Accept": "application/json" }, body: text
	});
	const records = await res.json();
	const events = records.filter(r => r.type === "event");
	check(events.length > 0, `${label}: ${events.length} events among ${records.length} records`);
	check(Number(await page.getAttribute("body", "data-coded")) === records.length, `${label}: the page shows every record`);

	const marked = await page.$$eval("#doc .hl", spans => spans.map(s => ({ refs: s.dataset.refs.split(" "), text: s.textContent })));
	const cps = Array.from(text);
	let parts = 0;
	const wrong = [];
	records.forEach((r, i) => {
		const roles = r.type === "event" ? ["source", "verb", "target"] : r.type === "quote" ? ["speaker", "cue", "content"] : [];
		for (const role of roles) {
			const p = r[role];
			if (!p || !p.span) continue;
			parts++;
			const got = marked.filter(m => m.refs.includes(`r${i}:${role}`)).map(m => m.text).join("");
			const want = cps.slice(p.span[0], p.span[1]).join("");
			if (got !== want || (r.type === "event" && p.text !== want)) wrong.push(`${r.type} ${i} ${role}: page "${got}", record "${p.text}" at ${p.span}`);
		}
		if (r.type === "figure" && r.span) {
			parts++;
			const got = marked.filter(m => m.refs.includes(`r${i}:figure`)).map(m => m.text).join("");
			if (got !== cps.slice(r.span[0], r.span[1]).join("")) wrong.push(`figure ${i}: page "${got}"`);
		}
	});
	check(parts > 0 && wrong.length === 0, `${label}: ${parts} highlighted spans match their records` + (wrong.length ? ": " + wrong.slice(0, 5).join("; ") : ""));
	return records;
}

(async () => {
	fs.mkdirSync(outdir, { recursive: true });
	const a = article();
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
		args: ["--no-sandbox", "--disable-gpu"], timeout: 30000
	});
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		page.setDefaultTimeout(15000);
		const errors = [];
		page.on("pageerror", e => errors.push(String(e)));
		page.on("requestfailed", r => errors.push("request failed: " + r.url()));
		page.on("request", r => { if (!r.url().startsWith(url)) errors.push("outside request: " + r.url()); });
		await page.goto(url);
		// a text of our own with accents, curly quotes and characters outside
		// the BMP: spans count code points, not bytes or UTF-16 units
		await pasteAndCheck(page, "\u{1F30D} \u00C9mile\u2019s report \u2014 Brazil\u2019s president criticized " +
			"Argentina on Monday. \u201CWe call for calm,\u201D said the French foreign minister \u{1F1EB}\u{1F1F7}. " +
			"Russia attacked Ukraine\u2019s port of Odesa, killing 3 people.", "2024-05-14", "a text with non-ASCII characters");
		const records = await pasteAndCheck(page, a.text, a.date, a.from);

		// hover the verb of the first event: the tooltip names its CAMEO code
		const names = cameoNames();
		const first = records.findIndex(r => r.type === "event");
		const ev = records[first];
		const verb = page.locator(`#doc .hl[data-refs~="r${first}:verb"]`).first();
		await verb.hover();
		await page.waitForSelector("#tip:not([hidden])");
		const tip = await page.textContent("#tip");
		const name = names ? (names[ev.code] || "") : "";
		check(tip.includes("Event " + ev.code) && (!names || (name && tip.includes(name))),
			`hovering "${ev.verb.text}" shows ${ev.code}` + (names ? ` "${name}"` : " (no CAMEO table: code only)"));
		check(!ev.verb.dict || tip.includes(ev.verb.dict), "the tooltip names the dictionary line of the verb");
		check(ev.confidence == null || tip.includes("Confidence " + Number(ev.confidence).toFixed(2)),
			ev.confidence == null ? "no confidence in the record, none shown" : "the tooltip shows the event's confidence");
		await page.mouse.move(1, 1);
		await page.focus(`#doc .hl[data-refs~="r${first}:${ev.source && ev.source.span ? "source" : "verb"}"]`);
		check((await page.textContent("#tip")).includes("Event " + ev.code) && await page.isVisible("#tip"),
			"keyboard focus on its words shows the same record");
		await verb.hover();
		await page.$eval("#text", t => { t.scrollTop = 0; });
		await page.screenshot({ path: path.join(outdir, "page-code.png"), fullPage: false });

		if (withDb) {
			await page.click('#tabs button[data-tab="timeline"]');
			await page.fill("#tl-dyad", "RUS-UKR");
			await page.click("#tl-form button");
			await page.waitForSelector("#timeline canvas");
			// (the tab may first draw another dyad's chart: wait for the one asked
			// for, and let the check below fail if it never comes)
			await page.waitForFunction(() => {
				const t = document.querySelector("#timeline .u-title");
				return t && t.textContent.includes("RUS-UKR and back");
			}, null, { timeout: 10000 }).catch(() => {});
			const weeks = Number(await page.getAttribute("#timeline", "data-weeks"));
			const title = await page.textContent("#timeline .u-title");
			check(weeks > 0 && title.includes("RUS-UKR and back"), `the timeline of RUS-UKR and back has ${weeks} weeks`);
			await page.screenshot({ path: path.join(outdir, "page-timeline.png") });

			await page.click('#tabs button[data-tab="map"]');
			await page.waitForSelector("#map svg circle.place");
			const dots = await page.locator("#map circle.place").count();
			const countries = await page.locator("#map svg g path").count();
			check(dots > 0 && countries > 100, `the map draws ${countries} countries and ${dots} places`);
			await page.screenshot({ path: path.join(outdir, "page-map.png") });

			await page.click('#tabs button[data-tab="events"]');
			await page.waitForSelector("#ev-table tbody tr");
			const rows = await page.locator("#ev-table tbody tr").count();
			check(rows > 0, `the events table has ${rows} rows`);
			const csv = await page.getAttribute("#export-csv", "href");
			const r = await fetch(new URL(csv, url));
			check(r.ok && (await r.text()).split("\n").length > rows, "the CSV export answers with the events");
			const tsv = await (await fetch(new URL(await page.getAttribute("#export-tsv", "href"), url))).text();
			const lines = tsv.split("\n").filter(Boolean);
			check(lines.length === rows && lines.every(l => l.split("\t").length === lines[0].split("\t").length),
				`the Phoenix TSV export has the ${rows} events in columns of equal count`);
			await page.screenshot({ path: path.join(outdir, "page-events.png") });
		}
		check(errors.length === 0, "no script errors and nothing fetched from outside" + (errors.length ? ": " + errors.join("; ") : ""));
	} finally {
		await browser.close();
	}
	console.log(`browser: ${failures ? "FAILED" : "passed"}; screenshots in ${outdir}`);
	process.exit(failures ? 1 : 0);
})().catch(e => { console.log("FAIL: " + (e && e.stack || e)); process.exit(1); });
