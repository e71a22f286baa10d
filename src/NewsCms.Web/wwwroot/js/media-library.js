// The picture library, enhanced: drag-and-drop and an upload progress bar, and the focal point set by a
// click on the picture. Without script the same forms work: a file picker, and two number fields.
(function () {
    'use strict';

    var form = document.querySelector('[data-media-upload]');
    if (form && window.FormData && window.XMLHttpRequest) {
        var progress = form.querySelector('progress');

        var send = function (files) {
            var data = new FormData(form);
            if (files) {
                data.delete('files');
                Array.prototype.forEach.call(files, function (file) { data.append('files', file, file.name); });
            }
            var request = new XMLHttpRequest();
            request.open('POST', form.action);
            request.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
            progress.hidden = false;
            request.upload.addEventListener('progress', function (e) {
                if (e.lengthComputable) progress.value = Math.round(100 * e.loaded / e.total);
            });
            // The server keeps what became of each file for the library page, which is loaded next.
            request.addEventListener('load', function () { window.location.assign(form.action); });
            request.addEventListener('error', function () { form.submit(); });
            request.send(data);
        };

        form.addEventListener('submit', function (e) { e.preventDefault(); send(null); });
        ['dragenter', 'dragover'].forEach(function (type) {
            form.addEventListener(type, function (e) { e.preventDefault(); form.classList.add('media-upload--over'); });
        });
        form.addEventListener('dragleave', function () { form.classList.remove('media-upload--over'); });
        form.addEventListener('drop', function (e) {
            e.preventDefault();
            form.classList.remove('media-upload--over');
            if (e.dataTransfer && e.dataTransfer.files.length) send(e.dataTransfer.files);
        });
    }

    var focal = document.querySelector('[data-focal]');
    if (focal) {
        var img = focal.querySelector('img');
        var marker = focal.querySelector('.media-focal__marker');
        var circle = marker.querySelector('circle');
        var box = marker.viewBox.baseVal;
        var x = document.querySelector('[data-focal-x]');
        var y = document.querySelector('[data-focal-y]');
        var place = function () {
            marker.removeAttribute('hidden');
            circle.setAttribute('cx', String(parseFloat(x.value) * box.width));
            circle.setAttribute('cy', String(parseFloat(y.value) * box.height));
        };
        img.addEventListener('click', function (e) {
            var shown = img.getBoundingClientRect();
            x.value = ((e.clientX - shown.left) / shown.width).toFixed(3);
            y.value = ((e.clientY - shown.top) / shown.height).toFixed(3);
            place();
        });
        x.addEventListener('input', place);
        y.addEventListener('input', place);
        place();
    }
})();
