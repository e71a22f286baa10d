// The wire import form, enhanced: the upload is sent with XMLHttpRequest so a progress bar shows how much of
// a large upload (many files, a big zip) has gone, then "Importing…" while the server reads and takes in the
// files; the result lines replace the page's main content as they would after a plain post. Without script
// the same form posts as it is.
(function () {
    'use strict';

    var self = document.currentScript ? document.currentScript.src : null;
    var form = document.querySelector('[data-wire-import]');
    if (!form || !window.FormData || !window.XMLHttpRequest || !window.DOMParser) return;
    var progress = form.querySelector('progress');
    var status = form.querySelector('[data-wire-import-status]');

    form.addEventListener('submit', function (e) {
        e.preventDefault();
        var request = new XMLHttpRequest();
        request.open('POST', form.action);
        request.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
        progress.hidden = false;
        progress.value = 0;
        status.textContent = 'Sending the files…';
        request.upload.addEventListener('progress', function (event) {
            if (!event.lengthComputable) return;
            progress.value = Math.round(100 * event.loaded / event.total);
            if (event.loaded === event.total) status.textContent = 'Importing…';
        });
        request.addEventListener('load', function () {
            var page = new DOMParser().parseFromString(request.responseText, 'text/html');
            var main = page.querySelector('main');
            var current = document.querySelector('main');
            if (request.status !== 200 || !main || !current) { form.submit(); return; }
            current.replaceWith(document.importNode(main, true));
            var results = document.querySelector('.wire-results');
            if (results) { results.setAttribute('tabindex', '-1'); results.focus(); }
            // The new form is enhanced like this one was.
            if (!self) return;
            var script = document.createElement('script');
            script.src = self;
            document.body.appendChild(script);
        });
        request.addEventListener('error', function () { form.submit(); });
        request.send(new FormData(form));
    });
})();
