// Confirmations in a dialog where script runs (docs/newsroom.md "Confirmations"). Without script the same
// buttons submit their GET form and the server shows the "Are you sure" page; either way the POST goes to
// the action's own route with the page's antiforgery token.
(function () {
  const dialog = document.getElementById('confirm-dialog');
  if (!dialog || typeof dialog.showModal !== 'function') return;
  const form = dialog.querySelector('form');
  const fields = dialog.querySelector('[data-confirm-fields]');

  document.addEventListener('click', function (event) {
    const button = event.target.closest('button[data-confirm-post]');
    if (!button) return;
    event.preventDefault();
    dialog.querySelector('[data-confirm-question]').textContent = button.dataset.confirmQuestion;
    dialog.querySelector('[data-confirm-explanation]').textContent = button.dataset.confirmExplanation;
    dialog.querySelector('[data-confirm-button]').textContent = button.dataset.confirmLabel;
    form.action = button.dataset.confirmPost;
    fields.replaceChildren();
    const values = JSON.parse(button.dataset.confirmFields || '{}');
    for (const name of Object.keys(values)) {
      const input = document.createElement('input');
      input.type = 'hidden';
      input.name = name;
      input.value = values[name];
      fields.appendChild(input);
    }
    dialog.showModal();
  });

  dialog.querySelector('[data-confirm-cancel]').addEventListener('click', function () {
    dialog.close();
  });
})();
