/*
 * A file chosen for upload that is larger than the portal takes (the meta tag cl-upload-limit: its bytes and the
 * message in the user's language) is not sent: the choice is cleared and the message shown next to the field, so
 * that nothing typed in the form is lost to a refused request. The server refuses such a request too (RequestGuard).
 */
document.addEventListener('change', function (event) {
    var input = event.target;
    var meta = document.querySelector('meta[name=cl-upload-limit]');
    if (!meta || !input.matches || !input.matches('input[type=file]')) {
        return;
    }
    var shown = input.parentNode.querySelector('.cl-upload-too-large');
    if (shown) {
        shown.parentNode.removeChild(shown);
    }
    var limit = parseInt(meta.getAttribute('content'), 10);
    var file = input.files[0];
    if (file && file.size > limit) {
        input.value = '';
        var message = document.createElement('span');
        message.className = 'cl-upload-too-large ui-message ui-message-error';
        message.setAttribute('role', 'alert');
        message.textContent = meta.getAttribute('data-message');
        input.parentNode.insertBefore(message, input.nextSibling);
    }
});
