// Khao's site search: the browser half of Sources/Site/Search. No dependencies.
//
// The build cut every page into words with ICU and keyed them with SearchKey.make
// (NFC, Thai digits to ASCII, lower case); this script cuts the query with
// Intl.Segmenter, ICU too, and repairs and keys its words the same way.
//
// Words typed together (no space between) form a run, and a page matches a run
// when it contains the run's text: as a term of the index (a word, or a word
// the dictionary finds inside a longer one), or, when the text is no term (ICU
// cut it differently in the page), as index terms that spell it exactly,
// longest first, standing glued together in the page: their offsets, read
// from the p.*.json files, are each the previous one plus its length. Only
// when no page contains a run's text must each of its words be found instead.
// Every run must match (AND); while typing, the last run also matches the
// terms it begins. So every result contains the query's words themselves,
// never a shorter, different word.
//
// A score is negative where a page has the word only inside longer words
// (กรรมการ in คณะกรรมการ): such pages are listed after the others, under a
// heading of their own, because the text says something longer.
'use strict';
(() => {
  const form = document.querySelector('form[data-search-index]');
  if (!form) return;
  const input = form.querySelector('input[name="q"]');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const inside = document.getElementById('search-inside');
  const insideList = document.getElementById('search-inside-results');
  const more = document.querySelector('.search-more');
  if (!window.fetch || !window.Intl || !Intl.Segmenter) {
    status.textContent = 'เบราว์เซอร์นี้ไม่รองรับการค้นหา โปรดใช้เบราว์เซอร์รุ่นใหม่';
    return;
  }
  const manifestURL = new URL(form.dataset.searchIndex, location.href);
  const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
  const perPage = 10;
  // Beyond this many files, a word being typed matches only as a whole word.
  const prefixFiles = 4;
  const own = (object, name) => Object.prototype.hasOwnProperty.call(object, name);

  const files = new Map();
  const load = (name) => {
    const url = new URL(name, manifestURL).href;
    if (!files.has(url)) {
      files.set(url, fetch(url).then((response) => {
        if (!response.ok) throw new Error(url + ': ' + response.status);
        return response.json();
      }).catch((error) => { files.delete(url); throw error; }));
    }
    return files.get(url);
  };

  // ThaiNormalizer's repairs of typing (content was loaded through it, so a
  // query must be too): invisible characters, เเ for แ, tone marks typed
  // before the vowel under or over them, ํ + า for ำ, a mark typed twice.
  // Old fonts' private-use glyphs are not mirrored: browsers do not type them.
  const repair = (text) => {
    for (let pass = 0; pass < 8; pass++) {
      const before = text;
      text = text.normalize('NFC')
        .replace(/[\u200B\u200C\uFEFF]/g, '')
        .replace(/([\u0E00-\u0E7F])\u200D(?=[\u0E00-\u0E7F])/g, '$1')
        .replace(/\u0E40\u0E40/g, '\u0E41')
        .replace(/[\u0E31\u0E34-\u0E39\u0E47\u0E48-\u0E4D]+/g, (run) => /^[\u0E48-\u0E4C]/.test(run)
          ? run.replace(/[\u0E48-\u0E4C]/g, '') + run.replace(/[^\u0E48-\u0E4C]/g, '') : run)
        .replace(/\u0E4D\u0E32/g, '\u0E33')
        .replace(/\u0E4D([\u0E48-\u0E4B])\u0E32/g, '$1\u0E33')
        .replace(/\u0E33([\u0E48-\u0E4B])/g, '$1\u0E33')
        .replace(/([\u0E31\u0E34-\u0E3A\u0E47-\u0E4E])\1+/g, '$1')
        .normalize('NFC');
      if (text === before) break;
    }
    return text;
  };
  // SearchKey.make: NFC, Thai digits as ASCII, lower case.
  const key = (text) => text.normalize('NFC')
    .replace(/[\u0E50-\u0E59]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0x0E50 + 48))
    .toLowerCase();
  // SearchText.isSearchable: a word has a letter or a digit.
  const searchable = /[\p{L}\p{Nd}]/u;
  // The query's runs of words typed together, as keys.
  const runs = (query) => {
    const found = [];
    let run = [];
    for (const segment of segmenter.segment(repair(query))) {
      const word = key(segment.segment);
      if (segment.isWordLike && searchable.test(word)) {
        run.push(word);
      } else if (run.length) {
        found.push(run);
        run = [];
      }
    }
    if (run.length) found.push(run);
    return found;
  };

  let manifest;
  let prefixes;
  const index = async () => {
    if (!manifest) {
      manifest = await load(manifestURL.href);
      prefixes = new Map(Object.entries(manifest.prefixes));
    }
    return manifest;
  };
  // The file of the longest listed prefix that begins `term`, or -1.
  const fileOf = (term) => {
    const characters = Array.from(term);
    for (let length = characters.length; length >= 0; length--) {
      const prefix = characters.slice(0, length).join('');
      if (prefixes.has(prefix)) return prefixes.get(prefix);
    }
    return -1;
  };
  const termFile = (kind, file) => kind + '.' + manifest.terms + '.' + file + '.json';
  const shard = async (term) => {
    const file = fileOf(term);
    return file < 0 ? {} : load(termFile('t', file));
  };
  // Two scores of one page, summed: a page is a whole-word match (positive)
  // only if it is for every part.
  const add = (a, b) => (a > 0 && b > 0 ? 1 : -1) * (Math.abs(a) + Math.abs(b));
  // The better of two scores: a whole-word match, then the higher.
  const better = (a, b) => (a > 0) !== (b > 0) ? (a > 0 ? a : b) : (Math.abs(a) >= Math.abs(b) ? a : b);
  const decode = (list) => {
    const scores = new Map();
    let document = 0;
    for (let i = 0; i < list.length; i += 2) {
      document += list[i];
      scores.set(document, list[i + 1]);
    }
    return scores;
  };
  const postings = async (term) => {
    const terms = await shard(term);
    return own(terms, term) ? decode(terms[term]) : null;
  };

  // Every term that starts with `word`, best score per page; null when that
  // would need too many files.
  const prefixPostings = async (word) => {
    const needed = new Set([fileOf(word)]);
    for (const [prefix, file] of prefixes) if (prefix.startsWith(word)) needed.add(file);
    needed.delete(-1);
    if (needed.size > prefixFiles) return null;
    const scores = new Map();
    for (const file of needed) {
      const terms = await load(termFile('t', file));
      for (const term of Object.keys(terms)) {
        if (!term.startsWith(word)) continue;
        for (const [document, score] of decode(terms[term])) scores.set(document, scores.has(document) ? better(scores.get(document), score) : score);
      }
    }
    return scores;
  };

  // `text` as index terms that spell it exactly, longest first; null if none do.
  const split = async (characters, start, failed) => {
    if (start === characters.length) return [];
    if (failed.has(start)) return null;
    for (let end = characters.length; end > start; end--) {
      if (start === 0 && end === characters.length) continue;
      const piece = characters.slice(start, end).join('');
      if (!own(await shard(piece), piece)) continue;
      const rest = await split(characters, end, failed);
      if (rest) return [piece, ...rest];
    }
    failed.add(start);
    return null;
  };
  // Where `term` starts in each page that has it.
  const offsets = async (term) => {
    const file = fileOf(term);
    const [terms, places] = await Promise.all([load(termFile('t', file)), load(termFile('p', file))]);
    const result = new Map();
    const list = places[term];
    let at = 0;
    for (const document of decode(terms[term]).keys()) {
      const count = list[at++];
      const set = new Set();
      let offset = 0;
      for (let i = 0; i < count; i++) set.add(offset += list[at++]);
      result.set(document, set);
    }
    return result;
  };
  // Pages containing `text`: as a term, else as terms glued together.
  const contains = async (text) => {
    const direct = await postings(text);
    if (direct) return direct;
    const pieces = await split(Array.from(text), 0, new Set());
    if (!pieces) return new Map();
    const [scores, places] = await Promise.all([Promise.all(pieces.map(postings)), Promise.all(pieces.map(offsets))]);
    const starts = [0];
    for (let i = 1; i < pieces.length; i++) starts.push(starts[i - 1] + pieces[i - 1].length);
    const found = new Map();
    for (const [document, score] of scores[0]) {
      if (!scores.every((other) => other.has(document))) continue;
      const first = places[0].get(document);
      const glued = Array.from(first).some((start) => places.every((place, i) => place.get(document).has(start + starts[i])));
      if (!glued) continue;
      const all = scores.map((other) => other.get(document));
      found.set(document, (all.every((value) => value > 0) ? 1 : -1) * Math.min(...all.map(Math.abs)));
    }
    return found;
  };

  const and = (maps) => {
    maps.sort((a, b) => a.size - b.size);
    const result = new Map();
    for (const [document, score] of maps[0]) {
      let total = score;
      for (const other of maps.slice(1)) {
        if (!other.has(document)) { total = 0; break; }
        total = add(total, other.get(document));
      }
      if (total) result.set(document, total);
    }
    return result;
  };
  // A run's pages; `keys` gets what their snippets mark: the run's text, or
  // its words when they matched one by one.
  const matchRun = async (run, prefix, keys) => {
    const text = run.join('');
    if (prefix) {
      const begun = await prefixPostings(text);
      if (begun && begun.size) return keys.push(text), begun;
    }
    const whole = await contains(text);
    if (whole.size || run.length === 1) return keys.push(text), whole;
    keys.push(...run);
    return and(await Promise.all(run.map((word) => contains(word))));
  };

  // Pages that match every run: whole-word matches first, then best, then
  // newest (larger id) first; `whole` says how many match as whole words.
  const search = async (query, prefix) => {
    await index();
    const found = runs(query);
    const keys = [];
    if (!found.length) return { keys, ranked: [], whole: 0 };
    const matched = and(await Promise.all(found.map((run, i) => matchRun(run, prefix && i === found.length - 1, keys))));
    const ranked = Array.from(matched).sort((a, b) => (b[1] > 0) - (a[1] > 0) || Math.abs(b[1]) - Math.abs(a[1]) || b[0] - a[0]);
    return { keys, ranked: ranked.map((entry) => entry[0]), whole: ranked.filter((entry) => entry[1] > 0).length };
  };

  const metadata = async (document) => {
    const chunk = await load('m.' + manifest.meta + '.' + Math.floor(document / manifest.chunk) + '.json');
    return chunk[document % manifest.chunk];
  };

  // `text` with every occurrence of a query word in <mark>, built node by node.
  const snippet = (text, keys) => {
    const paragraph = document.createElement('p');
    paragraph.className = 'search-snippet';
    const folded = key(text);
    const ranges = [];
    // Folding keeps Thai text's length; where it does not, no marks rather than wrong ones.
    if (folded.length === text.length) {
      for (const word of keys) {
        for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + word.length)) {
          let end = at + word.length;
          while (end < text.length && /\p{M}/u.test(text[end])) end++;
          ranges.push([at, end]);
        }
      }
    }
    ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    let at = 0;
    for (const [start, end] of ranges) {
      if (start < at) continue;
      paragraph.append(text.slice(at, start));
      const mark = document.createElement('mark');
      mark.textContent = text.slice(start, end);
      paragraph.append(mark);
      at = end;
    }
    paragraph.append(text.slice(at));
    return paragraph;
  };

  const item = ([title, url, date, summary, language], keys) => {
    const li = document.createElement('li');
    li.lang = language;
    const link = document.createElement('a');
    link.href = url;
    link.textContent = title;
    li.append(link);
    if (date) {
      const time = document.createElement('span');
      time.className = 'search-date';
      time.textContent = date;
      li.append(time);
    }
    if (summary) li.append(snippet(summary, keys));
    return li;
  };

  let current = { keys: [], ranked: [], whole: 0, shown: 0 };
  let run = 0;
  const showMore = async (focus) => {
    const mine = run;
    const slice = current.ranked.slice(current.shown, current.shown + perPage);
    const entries = await Promise.all(slice.map(metadata));
    if (mine !== run) return;
    const items = entries.map((entry) => item(entry, current.keys));
    items.forEach((element, i) => (current.shown + i < current.whole ? list : insideList).append(element));
    inside.hidden = !insideList.children.length;
    current.shown += slice.length;
    more.hidden = current.shown >= current.ranked.length;
    if (focus && items.length) items[0].querySelector('a').focus();
  };

  const update = async (query, prefix) => {
    const mine = ++run;
    const trimmed = query.trim();
    history.replaceState(null, '', trimmed ? '?q=' + encodeURIComponent(trimmed) : location.pathname);
    try {
      const result = await search(trimmed, prefix);
      if (mine !== run) return;
      current = { ...result, shown: 0 };
      list.replaceChildren();
      insideList.replaceChildren();
      inside.hidden = true;
      more.hidden = true;
      const count = (number) => number.toLocaleString('th-TH') + ' รายการ';
      const longer = result.ranked.length - result.whole;
      status.textContent = !trimmed ? 'พิมพ์คำที่ต้องการค้นหา'
        : !result.ranked.length ? 'ไม่พบหน้าที่มีคำว่า “' + trimmed + '”'
          : !result.whole ? 'พบเป็นส่วนหนึ่งของคำที่ยาวกว่า ' + count(longer)
            : 'พบ ' + count(result.whole) + (longer ? ' และพบเป็นส่วนหนึ่งของคำที่ยาวกว่าอีก ' + count(longer) : '');
      await showMore(false);
    } catch (error) {
      if (mine === run) status.textContent = 'โหลดดัชนีการค้นหาไม่สำเร็จ โปรดลองอีกครั้ง';
    }
  };

  let timer;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    // A word still being typed is a prefix; after a space it is whole.
    timer = setTimeout(() => update(input.value, !/\s$/.test(input.value)), 150);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    update(input.value, false);
  });
  more.addEventListener('click', () => showMore(true));
  input.value = new URLSearchParams(location.search).get('q') || '';
  update(input.value, false);
})();
