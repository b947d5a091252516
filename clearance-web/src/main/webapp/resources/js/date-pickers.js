/*
 * The buttons that open a date picker (PrimeFaces renders them with the text "ui-button" only) get an accessible
 * name in the user's language (the meta tag cl-date-picker: its content), also when a form part is updated by Ajax.
 */
(function () {
    function label(root) {
        var meta = document.querySelector('meta[name=cl-date-picker]');
        if (!meta || !root.querySelectorAll) {
            return;
        }
        var buttons = root.querySelectorAll('button.ui-datepicker-trigger');
        for (var i = 0; i < buttons.length; i++) {
            if (buttons[i].getAttribute('aria-label') !== meta.getAttribute('content')) {
                buttons[i].setAttribute('aria-label', meta.getAttribute('content'));
                buttons[i].setAttribute('title', meta.getAttribute('content'));
            }
        }
    }
    function start() {
        label(document);
        new MutationObserver(function () {
            label(document);
        }).observe(document.body, {childList: true, subtree: true});
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
