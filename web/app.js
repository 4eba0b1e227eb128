/* app.js: the page of `parley serve`.  Codes a pasted text through POST /code
** and shows the evidence of each record in the text; with a database, draws
** a dyad's timeline (uPlot), a map of event places (d3-geo over world-atlas
** TopoJSON) and a table of events with exports.  Every script it uses is
** served by parley itself. */
(function () {
	"use strict";

	var QUADS = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];
	var QUAD_COLORS = ["#2b8cbe", "#31a354", "#fd8d3c", "#d7301f"];
	var cameoNames = {};
	var state = { records: [], text: "" };

	function $(id) { return document.getElementById(id); }
	function el(tag, attrs, kids) {
		var e = document.createElement(tag);
		Object.keys(attrs || {}).forEach(function (k) {
			if (k === "text") e.textContent = attrs[k];
			else if (k === "cls") e.className = attrs[k];
			else e.setAttribute(k, attrs[k]);
		});
		(kids || []).forEach(function (c) { if (c != null) e.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
		return e;
	}
	function status(msg, bad) {
		var s = $("status");
		s.textContent = msg || "";
		s.className = bad ? "bad" : "";
	}
	function cameoName(code) {
		if (!code) return "";
		return cameoNames[code] || cameoNames[code.slice(0, 3)] || cameoNames[code.slice(0, 2)] || "";
	}
	function getJSON(url) {
		return fetch(url).then(function (r) {
			return r.json().then(function (j) {
				if (!r.ok) throw new Error(j.error || r.statusText);
				return j;
			});
		});
	}

	/* ---- tabs ---- */
	function showTab(name) {
		document.querySelectorAll("#tabs button").forEach(function (b) {
			b.classList.toggle("on", b.dataset.tab === name);
		});
		document.querySelectorAll(".tab").forEach(function (t) {
			t.classList.toggle("on", t.id === "tab-" + name);
		});
		if (name === "timeline" && !$("timeline").dataset.drawn) drawTimeline();
		if (name === "map" && !$("map").dataset.drawn) drawMap();
		if (name === "events" && !$("ev-table").dataset.drawn) loadEvents();
	}
	document.querySelectorAll("#tabs button").forEach(function (b) {
		b.addEventListener("click", function () { showTab(b.dataset.tab); });
	});

	/* ---- coding a text ---- */

	/* The marks of one record: [start, end, kind, label] in code points. */
	function marksOf(r, i) {
		var m = [];
		function add(part, kind, role) {
			if (part && part.span) m.push({ s: part.span[0], e: part.span[1], kind: kind, ref: "r" + i + ":" + role });
		}
		if (r.type === "event") {
			add(r.source, "src", "source");
			add(r.verb, "verb", "verb");
			add(r.target, "tgt", "target");
		} else if (r.type === "quote") {
			add(r.content, "quote", "content");
			add(r.speaker, "src", "speaker");
			add(r.cue, "verb", "cue");
		} else if (r.type === "figure") {
			if (r.span) m.push({ s: r.span[0], e: r.span[1], kind: "fig", ref: "r" + i + ":figure" });
		}
		return m;
	}

	/* Splits the text at every mark boundary; each piece carries the
	** marks that cover it (data-refs) and a class per kind. */
	function renderDoc(text, records) {
		var cps = Array.from(text), marks = [], cuts = {}, doc = $("doc");
		records.forEach(function (r, i) { marks = marks.concat(marksOf(r, i)); });
		cuts[0] = 1; cuts[cps.length] = 1;
		marks.forEach(function (m) {
			m.s = Math.max(0, Math.min(m.s, cps.length));
			m.e = Math.max(m.s, Math.min(m.e, cps.length));
			cuts[m.s] = 1; cuts[m.e] = 1;
		});
		var pts = Object.keys(cuts).map(Number).sort(function (a, b) { return a - b; });
		doc.textContent = "";
		for (var k = 0; k + 1 < pts.length; k++) {
			var a = pts[k], b = pts[k + 1], piece = cps.slice(a, b).join("");
			var on = marks.filter(function (m) { return m.s <= a && m.e >= b && m.e > m.s; });
			if (!on.length) { doc.appendChild(document.createTextNode(piece)); continue; }
			var kinds = {};
			on.forEach(function (m) { kinds["hl-" + m.kind] = 1; });
			var span = el("span", { cls: "hl " + Object.keys(kinds).join(" "), tabindex: "0",
				"data-refs": on.map(function (m) { return m.ref; }).join(" ") }, [piece]);
			doc.appendChild(span);
		}
	}

	function partLine(label, p) {
		if (!p) return label + ": none";
		var s = label + ": " + (p.code || "(no code)") + " \u2014 \u201c" + (p.text || "") + "\u201d";
		if (p.dict) s += "  [" + p.dict + "]";
		return s;
	}

	/* The lines shown for one record, on hover and in the list. */
	function describe(r) {
		var L = [];
		if (r.type === "event") {
			var name = cameoName(r.code);
			L.push({ cls: "tip-head", text: "Event " + r.code + (name ? " \u2014 " + name : " (no CAMEO name table)") });
			L.push({ text: partLine("Source", r.source) });
			L.push({ text: "Verb: \u201c" + (r.verb ? r.verb.text : "") + "\u201d" + (r.verb && r.verb.lemma ? " (" + r.verb.lemma + ")" : "") + (r.verb && r.verb.dict ? "  [" + r.verb.dict + "]" : "") });
			L.push({ text: partLine("Target", r.target) });
			L.push({ text: "Goldstein " + r.goldstein + " \u00b7 quad " + r.quad + " (" + (QUADS[r.quad - 1] || "?") + ")" });
			L.push({ text: "PLOVER: " + (r.plover ? [r.plover.category, r.plover.mode, r.plover.context].filter(Boolean).join(" / ") : "none") });
			if (r.confidence != null) L.push({ text: "Confidence " + Number(r.confidence).toFixed(2) });
			if (r.mood && r.mood !== "asserted") L.push({ text: "Mood: " + r.mood });
			var flags = ["negated", "passive", "nominal", "intent"].filter(function (f) { return r[f]; });
			if (flags.length) L.push({ text: "Flags: " + flags.join(", ") });
			if (r.location) L.push({ text: "Place: " + r.location.name + " (" + (r.location.country || "?") + ")" + (r.location.dict ? "  [" + r.location.dict + "]" : "") });
			if (r.date) L.push({ text: "Date: " + r.date + (r.date_precision ? " (" + r.date_precision + ")" : "") });
		} else if (r.type === "quote") {
			L.push({ cls: "tip-head", text: (r.direct ? "Direct" : "Indirect") + " quotation" });
			L.push({ text: partLine("Speaker", r.speaker) });
			if (r.cue) L.push({ text: "Cue: \u201c" + r.cue.text + "\u201d" });
		} else if (r.type === "figure") {
			L.push({ cls: "tip-head", text: "Figure: " + r.what + " " + (r.qualifier ? r.qualifier + " " : "") + r.count + (r.low !== r.high ? " (" + r.low + "\u2013" + r.high + ")" : "") });
			if (r.of) L.push({ text: partLine("Of", r.of) });
		} else if (r.type === "error") {
			L.push({ cls: "tip-head", text: "Error: " + r.message });
		}
		return L;
	}

	function recIndexes(node) {
		return (node.dataset.refs || "").split(" ").map(function (s) { return Number(s.slice(1, s.indexOf(":"))); })
			.filter(function (v, i, a) { return a.indexOf(v) === i; });
	}

	function setActive(idxs) {
		document.querySelectorAll("#doc .hl").forEach(function (s) {
			s.classList.toggle("active", recIndexes(s).some(function (i) { return idxs.indexOf(i) >= 0; }));
		});
		document.querySelectorAll("#records li").forEach(function (li) {
			li.classList.toggle("active", idxs.indexOf(Number(li.dataset.rec)) >= 0);
		});
	}

	function showTip(target, idxs) {
		var tip = $("tip");
		tip.textContent = "";
		idxs.forEach(function (i) {
			var box = el("div", { cls: "tip-rec", "data-rec": String(i) });
			describe(state.records[i]).forEach(function (l) { box.appendChild(el("div", { cls: l.cls || "", text: l.text })); });
			tip.appendChild(box);
		});
		tip.hidden = false;
		var r = target.getBoundingClientRect();
		tip.style.left = Math.max(8, Math.min(window.innerWidth - tip.offsetWidth - 8, r.left + window.scrollX)) + "px";
		tip.style.top = (r.bottom + window.scrollY + 6) + "px";
	}

	/* hover or keyboard focus on highlighted words shows their records */
	function onPart(ev) {
		var t = ev.target.closest(".hl");
		if (!t) return;
		var idxs = recIndexes(t);
		setActive(idxs);
		showTip(t, idxs);
	}
	$("doc").addEventListener("mouseover", onPart);
	$("doc").addEventListener("focusin", onPart);
	$("doc").addEventListener("focusout", function () { $("tip").hidden = true; });
	$("doc").addEventListener("mouseleave", function () { $("tip").hidden = true; setActive([]); });

	function renderList(records) {
		var ol = $("records");
		ol.textContent = "";
		records.forEach(function (r, i) {
			var lines = describe(r);
			var li = el("li", { cls: "rec rec-" + r.type, "data-rec": String(i) });
			var head = el("a", { href: "#", cls: "rec-head", text: lines[0].text });
			li.appendChild(head);
			lines.slice(1, 4).forEach(function (l) { li.appendChild(el("div", { cls: "rec-line", text: l.text })); });
			head.addEventListener("click", function (ev) {
				ev.preventDefault();
				var first = Array.prototype.find.call(document.querySelectorAll("#doc .hl"), function (s) {
					return recIndexes(s).indexOf(i) >= 0;
				});
				setActive([i]);
				if (first) { first.scrollIntoView({ block: "center", behavior: "smooth" }); showTip(first, [i]); }
			});
			li.addEventListener("mouseenter", function () { setActive([i]); });
			ol.appendChild(li);
		});
		var n = { event: 0, quote: 0, figure: 0, error: 0 };
		records.forEach(function (r) { n[r.type] = (n[r.type] || 0) + 1; });
		$("records-title").textContent = "Records: " + n.event + " events, " + n.quote + " quotations, " + n.figure + " figures" + (n.error ? ", " + n.error + " errors" : "");
	}

	$("code-form").addEventListener("submit", function (ev) {
		ev.preventDefault();
		var text = $("text").value, date = $("date").value;
		status("coding\u2026");
		fetch("/code" + (date ? "?date=" + encodeURIComponent(date) : ""), {
			method: "POST", headers: { "Content-Type": "text/plain; charset=utf-8", "Accept": "application/json" }, body: text
		}).then(function (r) {
			return r.json().then(function (j) { if (!r.ok) throw new Error(j.error || r.statusText); return j; });
		}).then(function (records) {
			state.records = records;
			state.text = text;
			renderDoc(text, records);
			renderList(records);
			document.body.dataset.coded = String(records.length);
			status(records.length + " records");
		}).catch(function (e) { status(String(e.message || e), true); });
	});

	/* ---- database views ---- */

	function query(ids) {
		var p = [];
		Object.keys(ids).forEach(function (k) {
			var v = $(ids[k]).value.trim();
			if (v) p.push(k + "=" + encodeURIComponent(v));
		});
		return p.join("&");
	}

	function weekStart(s) { return Date.parse(s + "T00:00:00Z") / 1000; }

	function drawTimeline() {
		var q = query({ dyad: "tl-dyad", from: "tl-from", to: "tl-to" });
		var box = $("timeline");
		status("loading the timeline\u2026");
		var both = $("tl-both").checked && /^[A-Z0-9]+-[A-Z0-9]+$/.test($("tl-dyad").value.trim());
		getJSON("/aggregate?by=week" + (q ? "&" + q : "") + (both ? "&both=1" : "")).then(function (j) {
			var rows = j.rows || [];
			box.textContent = "";
			if (!rows.length) { box.appendChild(el("p", { cls: "note", text: "No events for this dyad and period." })); }
			var xs = rows.map(function (r) { return weekStart(r.period); });
			/* stacked bars: series k holds quads 1..k summed, the tallest drawn
			** first, so that each quad class shows as its own band */
			var data = [xs], raw = [null], series = [{}];
			for (var k = 4; k >= 1; k--) {
				data.push(rows.map(function (r) { var t = 0; for (var j = 1; j <= k; j++) t += r["quad" + j] || 0; return t; }));
				raw.push(rows.map(function (r) { return r["quad" + k] || 0; }));
				series.push({ label: QUADS[k - 1], stroke: QUAD_COLORS[k - 1], fill: QUAD_COLORS[k - 1] + "cc", width: 1,
					value: (function (si) { return function (u, v, s2, i) { return i == null ? "--" : raw[si][i]; }; })(5 - k),
					paths: uPlot.paths.bars({ size: [0.6, 40], gap: 1 }) });
			}
			data.push(rows.map(function (r) { return r.goldstein_mean == null ? null : r.goldstein_mean; }));
			series.push({ label: "Goldstein mean", stroke: "#222", width: 2, scale: "g", spanGaps: true, points: { show: true, size: 5 } });
			var plot = new uPlot({
				title: "Events per week" + (j.dyad ? ": " + j.dyad + (j.both ? " and back" : "") : ""),
				width: Math.max(600, box.clientWidth || 900), height: 360,
				series: series,
				scales: { x: { time: true }, g: { range: [-10, 10] } },
				axes: [{}, { label: "events" }, { scale: "g", side: 1, label: "Goldstein", grid: { show: false } }]
			}, data, box);
			box.dataset.drawn = "1";
			box.dataset.weeks = String(rows.length);
			status(rows.length + " weeks");
			return plot;
		}).catch(function (e) { status(String(e.message || e), true); });
	}
	$("tl-form").addEventListener("submit", function (ev) { ev.preventDefault(); drawTimeline(); });

	var world = null;
	function drawMap() {
		var q = query({ dyad: "map-dyad", from: "map-from", to: "map-to" });
		var box = $("map");
		status("loading the map\u2026");
		Promise.all([world ? Promise.resolve(world) : getJSON("/assets/countries-110m.json"),
			getJSON("/events?format=json&limit=5000" + (q ? "&" + q : ""))]).then(function (res) {
			world = res[0];
			var events = res[1].events || [];
			var W = Math.max(640, box.clientWidth || 960), H = Math.round(W * 0.52);
			var land = topojson.feature(world, world.objects.countries);
			var proj = d3.geoNaturalEarth1().fitSize([W, H], { type: "Sphere" });
			var path = d3.geoPath(proj);
			var NS = "http://www.w3.org/2000/svg";
			var svg = document.createElementNS(NS, "svg");
			svg.setAttribute("viewBox", "0 0 " + W + " " + H);
			svg.setAttribute("width", W);
			svg.setAttribute("height", H);
			function add(tag, attrs, parent) {
				var e = document.createElementNS(NS, tag);
				Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
				(parent || svg).appendChild(e);
				return e;
			}
			add("path", { d: path({ type: "Sphere" }), cls: "sphere", fill: "#eef4f8", stroke: "#9ab" });
			var g = add("g", { fill: "#dcd6c8", stroke: "#fff", "stroke-width": "0.5" });
			land.features.forEach(function (f) {
				var p = add("path", { d: path(f) || "" }, g);
				var t = document.createElementNS(NS, "title");
				t.textContent = (f.properties && f.properties.name) || "";
				p.appendChild(t);
			});
			var places = {};
			events.forEach(function (e) {
				if (e.lat == null || e.lon == null) return;
				var key = e.lat.toFixed(2) + "," + e.lon.toFixed(2);
				var p = places[key] || (places[key] = { lat: e.lat, lon: e.lon, name: e.place || "?", n: 0, quads: [0, 0, 0, 0] });
				p.n++;
				if (e.quad >= 1 && e.quad <= 4) p.quads[e.quad - 1]++;
			});
			var dots = add("g", {});
			var keys = Object.keys(places);
			keys.forEach(function (k) {
				var p = places[k], xy = proj([p.lon, p.lat]);
				if (!xy) return;
				var top = p.quads.indexOf(Math.max.apply(null, p.quads));
				var c = add("circle", { cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: (3 + 2.5 * Math.sqrt(p.n)).toFixed(1),
					fill: QUAD_COLORS[top], "fill-opacity": "0.7", stroke: "#333", "stroke-width": "0.5", "class": "place" }, dots);
				var t = document.createElementNS(NS, "title");
				t.textContent = p.name + ": " + p.n + " events";
				c.appendChild(t);
			});
			box.textContent = "";
			box.appendChild(svg);
			box.dataset.drawn = "1";
			box.dataset.places = String(keys.length);
			status(keys.length + " places, " + events.length + " events");
		}).catch(function (e) { status(String(e.message || e), true); });
	}
	$("map-form").addEventListener("submit", function (ev) { ev.preventDefault(); drawMap(); });

	var COLS = [["date", "date"], ["source", "source"], ["code", "event"], ["target", "target"],
		["goldstein", "Goldstein"], ["quad", "quad"], ["place", "place"], ["num_articles", "articles"], ["root_article", "first article"]];
	function loadEvents() {
		var q = query({ from: "ev-from", to: "ev-to", dyad: "ev-dyad", root: "ev-root" });
		$("export-csv").href = "/events?format=csv" + (q ? "&" + q : "");
		$("export-tsv").href = "/events?format=tsv" + (q ? "&" + q : "");
		status("loading events\u2026");
		getJSON("/events?format=json&limit=1000" + (q ? "&" + q : "")).then(function (j) {
			var t = $("ev-table"), head = t.tHead, body = t.tBodies[0];
			head.textContent = "";
			body.textContent = "";
			head.appendChild(el("tr", {}, COLS.map(function (c) { return el("th", { text: c[1] }); })));
			(j.events || []).forEach(function (e) {
				var name = cameoName(e.code);
				body.appendChild(el("tr", {}, [
					el("td", { text: e.date || "" }),
					el("td", { text: e.source || "" }),
					el("td", { text: e.code + (name ? " " + name : ""), title: name }),
					el("td", { text: e.target || "" }),
					el("td", { text: e.goldstein == null ? "" : String(e.goldstein) }),
					el("td", { text: String(e.quad || "") }),
					el("td", { text: e.place || "" }),
					el("td", { text: String(e.num_articles || "") }),
					el("td", {}, [e.root_article ? el("a", { href: "/articles/" + encodeURIComponent(e.root_article), target: "_blank", text: e.root_article }) : null])
				]));
			});
			t.dataset.drawn = "1";
			status((j.events || []).length + " events" + (j.more ? " (first " + j.events.length + ")" : ""));
		}).catch(function (e) { status(String(e.message || e), true); });
	}
	$("ev-form").addEventListener("submit", function (ev) { ev.preventDefault(); loadEvents(); });

	/* ---- start ---- */
	getJSON("/assets/cameo-names.json").then(function (j) { cameoNames = j; }).catch(function () {});
	getJSON("/health").then(function (h) {
		document.body.classList.toggle("has-db", !!h.db);
		status("parley " + h.version + (h.db ? " \u00b7 database open" : ""));
	}).catch(function () {});
	$("date").value = new Date().toISOString().slice(0, 10);
})();
