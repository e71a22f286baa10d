// The moderation queue without the mouse. The page works without this file: "Select all" is a form field the
// server reads (it stands for every comment on the page); here it also ticks the boxes so the choice shows.
(function () {
    'use strict';
    var form = document.querySelector('form[data-queue]');
    if (!form) return;
    var selectAll = form.querySelector('[data-select-all]');
    var boxes = Array.prototype.slice.call(form.querySelectorAll('input[name="ids"]'));
    var items = Array.prototype.slice.call(form.querySelectorAll('[data-queue-item]'));
    var current = -1;

    selectAll.addEventListener('change', function () {
        boxes.forEach(function (box) { box.checked = selectAll.checked; });
    });
    // Unticking one comment turns "Select all" off, so the server takes the ticked ones only.
    boxes.forEach(function (box) {
        box.addEventListener('change', function () {
            var ticked = boxes.filter(function (b) { return b.checked; }).length;
            selectAll.checked = ticked === boxes.length;
            selectAll.indeterminate = ticked > 0 && ticked < boxes.length;
        });
    });

    function focusItem(index) {
        if (index < 0 || index >= items.length) return;
        if (current >= 0) items[current].classList.remove('queue-item--current');
        current = index;
        items[current].classList.add('queue-item--current');
        items[current].scrollIntoView({ block: 'nearest' });
    }

    function press(verb) {
        if (current < 0) return;
        var button = items[current].querySelector('button[data-verb="' + verb + '"]');
        if (button) button.click();
    }

    var keys = {
        j: function () { focusItem(current + 1); },
        k: function () { focusItem(current - 1); },
        x: function () {
            if (current < 0) return;
            var box = items[current].querySelector('input[name="ids"]');
            box.checked = !box.checked;
            box.dispatchEvent(new Event('change'));
        },
        a: function () { press('Approve'); },
        r: function () { press('Reject'); },
        s: function () { press('Spam'); },
    };

    document.addEventListener('keydown', function (event) {
        var target = event.target;
        if (event.ctrlKey || event.metaKey || event.altKey) return;
        if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
        var action = keys[event.key];
        if (!action) return;
        event.preventDefault();
        action();
    });
})();
