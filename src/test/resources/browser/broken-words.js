// The words of the page's table cells (and of its statement panel) that the browser split across two lines
// although they would fit on one line of their cell. A word is a run of Latin letters or digits, with inner
// apostrophes, points and commas ("don't", "1,696"); Chinese text may break between any two characters and is
// not looked at. A run wider than its cell (a checksum) may break: it cannot fit on one line.
// Returns "word (the start of its cell)" for each broken word, at most 20.
const broken = [];
const word = /[A-Za-z\u00C0-\u024F0-9]+(?:['’.,][A-Za-z\u00C0-\u024F0-9]+)*/g;
for (const cell of document.querySelectorAll('main td, main th, main .statement')) {
  const style = getComputedStyle(cell);
  const room = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  const texts = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  for (let node = texts.nextNode(); node !== null; node = texts.nextNode()) {
    if (node.parentElement.closest('td, th, .statement') !== cell) {
      continue;
    }
    for (const m of node.data.matchAll(word)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const lines = [...range.getClientRects()].filter(r => r.width > 0);
      const width = lines.reduce((sum, r) => sum + r.width, 0);
      if (lines.length > 1 && width <= room + 0.5 && broken.length < 20) {
        broken.push(m[0] + ' (' + cell.textContent.trim().substring(0, 50) + ')');
      }
    }
  }
}
return broken;
