// The editor's picture chooser: Insert puts a picture's line into Body at the cursor, as a paragraph of its
// own (a body picture must stand alone to become a figure). Without script the lines are shown to copy.
(function () {
    'use strict';

    var body = document.getElementById('Body');
    if (!body) return;

    document.querySelectorAll('[data-insert-snippet]').forEach(function (button) {
        button.hidden = false;
        button.addEventListener('click', function () {
            var text = body.value;
            var at = typeof body.selectionStart === 'number' ? body.selectionStart : text.length;
            var before = text.slice(0, at).replace(/\s+$/, '');
            var after = text.slice(at).replace(/^\s+/, '');
            var line = button.getAttribute('data-insert-snippet');
            body.value = (before ? before + '\n\n' : '') + line + (after ? '\n\n' + after : '\n');
            var caret = (before ? before.length + 2 : 0) + line.length;
            body.focus();
            body.setSelectionRange(caret, caret);
            // Autosave and the unsaved-changes guard listen for input.
            body.dispatchEvent(new Event('input', { bubbles: true }));
        });
    });
})();
