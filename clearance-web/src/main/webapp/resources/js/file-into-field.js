/*
 * Reads a chosen text file (UTF-8) into the field named by the file input's data-fills attribute, e.g. a CSV into
 * the import text area. A listener here rather than an inline handler: the portal's Content-Security-Policy runs no
 * inline script without the page's nonce.
 */
document.addEventListener('change', function (event) {
    var input = event.target;
    if (!input.matches || !input.matches('input[type=file][data-fills]') || !input.files[0]) {
        return;
    }
    var reader = new FileReader();
    reader.onload = function () {
        document.getElementById(input.getAttribute('data-fills')).value = reader.result;
    };
    reader.readAsText(input.files[0], 'UTF-8');
});
