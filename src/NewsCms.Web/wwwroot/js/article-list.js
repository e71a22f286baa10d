// The article list's bulk form (docs/newsroom.md "Bulk actions"). Without script: tick stories, press a button,
// and Archive or Unpublish shows an "Are you sure" page. With script: a box ticks every story on the page,
// and those (and Move to section, Add tag, with the section or tag chosen) ask in the page's confirmation dialog, which posts the same form already confirmed.
(function () {
  const form = document.getElementById('bulk');
  if (!form) return;
  const boxes = function () { return Array.from(document.querySelectorAll('input[type=checkbox][form=bulk][name=Ids]')); };

  const all = document.querySelector('[data-select-page]');
  if (all) {
    all.hidden = false;
    all.addEventListener('change', function () {
      boxes().forEach(function (box) { box.checked = all.checked; });
    });
    document.addEventListener('change', function (event) {
      if (event.target.matches('input[form=bulk][name=Ids]')) {
        const list = boxes();
        all.checked = list.every(function (box) { return box.checked; });
        all.indeterminate = !all.checked && list.some(function (box) { return box.checked; });
      }
    });
  }

  const dialog = document.getElementById('confirm-dialog');
  if (!dialog || typeof dialog.showModal !== 'function') return;
  const dialogForm = dialog.querySelector('form');
  const fields = dialog.querySelector('[data-confirm-fields]');
  const hidden = function (name, value) {
    const input = document.createElement('input');
    input.type = 'hidden';
    input.name = name;
    input.value = value;
    fields.appendChild(input);
  };

  form.addEventListener('click', function (event) {
    const button = event.target.closest('button[data-bulk-explanation]');
    if (!button) return;
    const ticked = boxes().filter(function (box) { return box.checked; });
    if (ticked.length === 0) return; // the server answers that nothing was ticked
    const needed = button.dataset.bulkNeeds && document.getElementById(button.dataset.bulkNeeds);
    if (needed && needed.value.trim() === '') return; // the server answers what to choose
    event.preventDefault();
    const stories = ticked.length === 1 ? '1 story' : ticked.length + ' stories';
    dialog.querySelector('[data-confirm-question]').textContent = button.textContent + ': ' + stories + '?';
    dialog.querySelector('[data-confirm-explanation]').textContent = button.dataset.bulkExplanation;
    dialog.querySelector('[data-confirm-button]').textContent = button.textContent;
    dialogForm.action = form.action;
    fields.replaceChildren();
    ticked.forEach(function (box) { hidden('Ids', box.value); });
    hidden('Bulk', button.value);
    hidden('Confirmed', 'true');
    hidden('Back', form.querySelector('input[name=Back]').value);
    form.querySelectorAll('[data-bulk-target]').forEach(function (field) {
      if (field.value.trim() !== '') hidden(field.name, field.value);
    });
    dialog.showModal();
  });
})();
