// The print button of Khao's printable documents: hidden without
// JavaScript, where the browser's own Print command does the same.
'use strict';
for (const button of document.querySelectorAll('button[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
