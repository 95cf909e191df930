// Demo page only: the language switch and an event log. A partner page needs none of this.
for (const radio of document.querySelectorAll('input[name="lang"]')) {
  radio.addEventListener('change', () => {
    document.documentElement.lang = radio.value;
  });
}

const log = document.getElementById('event-log');
const note = (text) => log.append(Object.assign(document.createElement('li'), { textContent: text }));

document.addEventListener('hart-quick-exit', (event) => {
  event.preventDefault();
  note(`hart-quick-exit (${event.trigger}) → would leave for ${event.exitUrl}; cancelled on the demo page.`);
});
document.addEventListener('hart-error', (event) => note(`hart-error: ${event.message}`));
document.addEventListener('hart-quiz-complete', (event) => note(`hart-quiz-complete: ${JSON.stringify(event.detail)}`));
for (const name of ['hart-training-request-submit', 'hart-training-request-sent', 'hart-training-request-queued']) {
  document.addEventListener(name, (event) => note(`${name}: ${JSON.stringify(event.detail)}`));
}
