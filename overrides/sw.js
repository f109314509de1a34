/* The guide's service worker: reading offline after one visit (README, "Offline").
   Pages: network first, so a listing is never shown stale while the network works; with no
   connection, the copy saved when the reader last opened it, with a dated note on top, or
   this language's offline page. Assets with a hash in their name: cache first. Other assets
   (guide.css, icons, a search index): network first. Nothing is downloaded in advance on a
   first visit: the page and the assets it loaded (from the browser's HTTP cache) and the small
   offline page; the home and "I need help now" pages are kept from the second page on.
   The next line is written by the build (guide.site.offline). */
const GUIDE = {"keep": [""], "languages": {"": {"dir": "ltr", "lang": "en", "locale": "en-GB", "note": "You are offline. This page was saved on %(date)s."}}, "maxPages": 60, "version": "dev"};
const CACHE = "guide-" + GUIDE.version;
const SAVED = "X-Guide-Saved";
const ROOT = new URL("./", self.location.href).href;
const VERSIONED = /\.[0-9a-f]{8,}\.min\.(js|css)$/;
const ASSET = /^assets\/|\.webmanifest$|search\/search_index\.json$/;
const OFFLINE = "offline.html";

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    for (const name of await caches.keys()) {
      if (name === CACHE || !name.startsWith("guide-")) continue;
      const old = await caches.open(name); // a new build: the reader's saved pages move over
      for (const request of await old.keys()) {
        if (!request.url.endsWith(OFFLINE) && !(await cache.match(request))) {
          await cache.put(request, await old.match(request));
        }
      }
      await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(ROOT)) return;
  const path = request.url.slice(ROOT.length).split(/[?#]/)[0];
  if (request.mode === "navigate") event.respondWith(page(event, request));
  else if (VERSIONED.test(path)) event.respondWith(cacheFirst(event, request));
  else if (ASSET.test(path)) event.respondWith(networkFirst(event, request));
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.page) event.waitUntil(keep(event.data));
});

function language(url) {
  const path = url.slice(ROOT.length);
  const prefix = Object.keys(GUIDE.languages).find((p) => p && path.startsWith(p)) || "";
  return Object.assign({prefix: prefix}, GUIDE.languages[prefix] || GUIDE.languages[""]);
}

async function save(cache, key, response) {
  const headers = new Headers(response.headers);
  headers.set(SAVED, new Date().toISOString());
  const body = await response.clone().blob();
  await cache.put(key, new Response(body, {status: response.status, headers: headers}));
}

async function page(event, request) {
  const cache = await caches.open(CACHE);
  const key = request.url.split("#")[0];
  try {
    // Asks the server every time (a 304 costs a few bytes): never a stale listing online.
    const response = await fetch(new Request(request, {cache: "no-cache"}));
    if (response.ok) event.waitUntil(save(cache, key, response).then(() => trim(cache)));
    return response;
  } catch (error) {
    const lang = language(key);
    const saved = await cache.match(key, {ignoreSearch: true});
    if (saved) return rewrite(saved, (html) => withNote(html, note(saved, lang)));
    // A page never opened: this language's offline page (or any language's).
    const wanted = ROOT + lang.prefix + OFFLINE;
    const all = (await cache.keys()).map((r) => r.url).filter((url) => url.endsWith(OFFLINE));
    const found = all.includes(wanted) ? wanted : all[0];
    if (!found) throw error;
    const base = `<base href="${found.slice(0, -OFFLINE.length)}">`;
    return rewrite(await cache.match(found), (html) => html.replace("<head>", "<head>" + base));
  }
}

/* The note goes above the header (below the Exit bar, which stays at the top). */
function withNote(html, note) {
  const at = html.indexOf("<header");
  if (at >= 0) return html.slice(0, at) + note + html.slice(at);
  return html.replace(/<body[^>]*>/, (tag) => tag + note);
}

async function cacheFirst(event, request) {
  const cache = await caches.open(CACHE);
  const saved = await cache.match(request);
  if (saved) return saved;
  const response = await fetch(request);
  if (response.ok) event.waitUntil(save(cache, request, response));
  return response;
}

async function networkFirst(event, request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) event.waitUntil(save(cache, request, response));
    return response;
  } catch (error) {
    const saved = await cache.match(request);
    if (saved) return saved;
    throw error;
  }
}

/* After a page has loaded: on the first visit, keep it and the assets it loaded (from the
   HTTP cache); later, the language's home and "I need help now" pages when missing. The
   small offline page every time it is missing. */
async function keep(data) {
  const cache = await caches.open(CACHE);
  const lang = language(data.page);
  const wanted = [ROOT + lang.prefix + OFFLINE];
  if (data.first) wanted.push(data.page, ...(data.assets || []));
  else wanted.push(...GUIDE.keep.map((path) => ROOT + lang.prefix + path));
  for (const url of wanted) {
    if (!url.startsWith(ROOT) || (url !== data.page && await cache.match(url))) continue;
    try {
      const response = await fetch(url, {cache: data.first ? "force-cache" : "default"});
      if (response.ok) await save(cache, url, response);
    } catch (error) { /* no connection now: next time */ }
  }
  await trim(cache);
}

async function trim(cache) {
  const pages = (await cache.keys()).filter((request) => {
    const path = new URL(request.url).pathname;
    return (path.endsWith("/") || path.endsWith(".html")) && !path.endsWith(OFFLINE);
  });
  for (const request of pages.slice(0, Math.max(0, pages.length - GUIDE.maxPages))) {
    await cache.delete(request);
  }
}

async function rewrite(response, change) {
  const html = change(await response.text());
  return new Response(html, {status: 200, headers: response.headers});
}

function note(response, lang) {
  const saved = new Date(response.headers.get(SAVED) || Date.now());
  const text = lang.note.replace("%(date)s", when(saved, lang.locale));
  const safe = text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<p class="guide-offline" role="status" lang="${lang.lang}" dir="${lang.dir}">${safe}</p>`;
}

function when(date, locale) {
  try {
    if (Intl.DateTimeFormat.supportedLocalesOf([locale]).length) {
      return new Intl.DateTimeFormat(locale, {dateStyle: "long"}).format(date);
    }
  } catch (error) { /* an unknown locale: the date in numbers below */ }
  return date.toISOString().slice(0, 10);
}
