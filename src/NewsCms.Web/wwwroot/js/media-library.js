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
            progress.hidden = false;
            request.upload.addEventListener('progress', function (e) {
                if (e.lengthComputable) progress.value = Math.round(100 * e.loaded / e.total);
            });
            // The server answers with the library page (after its redirect), which lists what became of each file.
            request.addEventListener('load', function () { window.location.assign(request.responseURL || form.action); });
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
        var x = document.querySelector('[data-focal-x]');
        var y = document.querySelector('[data-focal-y]');
        var place = function () {
            marker.hidden = false;
            marker.style.left = (parseFloat(x.value) * img.clientWidth) + 'px';
            marker.style.top = (parseFloat(y.value) * img.clientHeight) + 'px';
        };
        img.addEventListener('click', function (e) {
            var box = img.getBoundingClientRect();
            x.value = ((e.clientX - box.left) / box.width).toFixed(3);
            y.value = ((e.clientY - box.top) / box.height).toFixed(3);
            place();
        });
        x.addEventListener('input', place);
        y.addEventListener('input', place);
        if (img.complete) place(); else img.addEventListener('load', place);
        window.addEventListener('resize', place);
    }
})();
